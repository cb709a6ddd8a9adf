package newsreader.open.viewer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import newsreader.open.Environment;
import newsreader.open.OpenSettings;
import newsreader.open.TestPrograms;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ViewerChooserTest {
    @TempDir
    Path temp;
    Path bin;
    Path elsewhere;

    @BeforeEach
    void programs() throws IOException {
        bin = temp.resolve("bin");
        elsewhere = temp.resolve("elsewhere");
        for (String name : new String[] {"feh", "sxiv", "chafa", "firefox", "xdg-open", "w3m", "kitty", "open"}) {
            TestPrograms.program(bin, name);
        }
        TestPrograms.program(elsewhere, "eog");
    }

    private ViewerChooser chooser(String viewer, boolean terminal, String mailcap, String... env) {
        Environment environment = TestPrograms.env(temp, append(env, "PATH", bin + ":" + temp.resolve("none")));
        OpenSettings settings = OpenSettings.defaults(temp).withViewer(viewer, terminal);
        return new ViewerChooser(settings, environment, () -> new Mailcap(Mailcap.parse(mailcap)));
    }

    private static String[] append(String[] env, String key, String value) {
        String[] all = java.util.Arrays.copyOf(env, env.length + 2);
        all[env.length] = key;
        all[env.length + 1] = value;
        return all;
    }

    private static List<String> names(ViewerChoice choice) {
        return choice.viewers().stream().map(v -> v.source() + ":" + v.name()).toList();
    }

    @Test
    void triesSettingThenMailcapThenBrowserThenXdgOpen() {
        ViewerChoice choice = chooser("feh --scale-down {file}", false, "image/png; sxiv %s\n",
                "DISPLAY", ":0", "BROWSER", "firefox").forImage("image/png");
        assertThat(names(choice)).containsExactly("SETTING:feh", "MAILCAP:sxiv", "BROWSER:firefox", "SYSTEM:xdg-open");
        assertThat(choice.note()).isNull();
        assertThat(choice.first().executable()).isEqualTo(bin.resolve("feh"));
        assertThat(choice.first().needsFile()).isTrue();
        assertThat(choice.viewers().get(2).needsFile()).isFalse();
    }

    @Test
    void mailcapEntriesAreChosenByTheImageType() {
        String mailcap = "image/jpeg; sxiv %s\nimage/png; feh %s\n";
        assertThat(names(chooser(null, false, mailcap, "DISPLAY", ":0").forImage("image/png")))
                .containsExactly("MAILCAP:feh", "SYSTEM:xdg-open");
        assertThat(names(chooser(null, false, mailcap, "DISPLAY", ":0").forImage("image/*")))
                .containsExactly("MAILCAP:sxiv", "MAILCAP:feh", "SYSTEM:xdg-open");
    }

    @Test
    void aConfiguredViewerThatIsNotOnPathIsPassedOverWithANote() {
        ViewerChoice choice = chooser("eog {file}", false, "", "WAYLAND_DISPLAY", "wayland-0").forImage("image/png");
        assertThat(names(choice)).containsExactly("SYSTEM:xdg-open");
        assertThat(choice.note()).isEqualTo("viewer setting not used: eog not found");
        ViewerChoice byPath = chooser(elsewhere.resolve("eog") + " {file}", false, "", "DISPLAY", ":0")
                .forImage("image/png");
        assertThat(names(byPath)).startsWith("SETTING:eog");
    }

    @Test
    void aViewerSettingThatNeedsAShellIsNotUsed() {
        ViewerChoice choice = chooser("feh {file} &", false, "", "DISPLAY", ":0").forImage("image/png");
        assertThat(names(choice)).containsExactly("SYSTEM:xdg-open");
        assertThat(choice.note()).contains("shell");
    }

    @Test
    void mailcapEntriesThatNeedAShellOrUnknownTestsAreSkipped() {
        String mailcap = """
                image/png; feh %s; test=test -n "$DISPLAY" && which feh
                image/png; sxiv %s | cat
                image/png; eog %s
                image/png; sxiv '%s'; test=test -n "$DISPLAY"
                """;
        assertThat(names(chooser(null, false, mailcap, "DISPLAY", ":0").forImage("image/png")))
                .containsExactly("MAILCAP:sxiv", "SYSTEM:xdg-open");
    }

    @Test
    void variableTestsAreEvaluatedWithoutAShell() {
        ViewerChooser chooser = chooser(null, false, "", "DISPLAY", ":0");
        assertThat(chooser.passes("test -n \"$DISPLAY\"")).isTrue();
        assertThat(chooser.passes("test -z \"$DISPLAY\"")).isFalse();
        assertThat(chooser.passes("test -n $WAYLAND_DISPLAY")).isFalse();
        assertThat(chooser.passes("test -z ${WAYLAND_DISPLAY}")).isTrue();
        assertThat(chooser.passes("test -n \"$(touch x)\"")).isFalse();
        assertThat(chooser.passes("/bin/true")).isFalse();
    }

    @Test
    void overSshWithoutDisplayTheConfiguredViewerAndTerminalViewersRemain() {
        // What the user configured is run whatever the display says (it may send the address elsewhere); only the
        // viewers found by themselves are filtered by the display.
        String mailcap = "image/png; sxiv %s\nimage/png; chafa %s; copiousoutput\n";
        ViewerChoice choice = chooser("feh {file}", false, mailcap, "SSH_CONNECTION", "1.2.3.4 5 6.7.8.9 22",
                "BROWSER", "firefox:w3m").forImage("image/png");
        assertThat(names(choice)).containsExactly("SETTING:feh", "MAILCAP:chafa");
        assertThat(choice.note()).isNull();
        Viewer chafa = choice.viewers().get(1);
        assertThat(chafa.terminal()).isTrue();
        assertThat(chafa.pauseAfter()).isTrue();
    }

    @Test
    void terminalViewersAreKnownByNameOrFlag() {
        Viewer chafa = chooser("chafa --size 80x40 {file}", false, "", "SSH_TTY", "/dev/pts/1")
                .forImage("image/png").first();
        assertThat(chafa.terminal()).isTrue();
        Viewer icat = chooser("kitty +kitten icat {file}", false, "", "DISPLAY", ":0").forImage("image/png").first();
        assertThat(icat.terminal()).isTrue();
        assertThat(icat.pauseAfter()).isTrue();
        Viewer flagged = chooser("sxiv {file}", true, "", "SSH_TTY", "/dev/pts/1").forImage("image/png").first();
        assertThat(flagged.terminal()).isTrue();
        assertThat(flagged.pauseAfter()).isFalse();
    }

    @Test
    void linksGoToBrowsersAndTerminalBrowsersWorkOverSsh() {
        assertThat(names(chooser("feh {file}", false, "", "DISPLAY", ":0", "BROWSER", "firefox %s:w3m").forLink()))
                .containsExactly("BROWSER:firefox", "BROWSER:w3m", "SYSTEM:xdg-open");
        ViewerChoice ssh = chooser(null, false, "", "SSH_TTY", "/dev/pts/1", "BROWSER", "firefox:w3m").forLink();
        assertThat(names(ssh)).containsExactly("BROWSER:w3m");
        assertThat(ssh.first().terminal()).isTrue();
        assertThat(names(chooser(null, false, "", "SSH_TTY", "/dev/pts/1").forLink())).isEmpty();
    }

    @Test
    void macOsUsesOpenAndNeedsNoDisplayVariable() {
        Environment mac = new Environment(java.util.Map.of("PATH", bin.toString()), "Mac OS X", temp);
        ViewerChooser chooser = new ViewerChooser(OpenSettings.defaults(temp), mac, () -> new Mailcap(List.of()));
        assertThat(names(chooser.forImage("image/png"))).containsExactly("SYSTEM:open");
    }

    @Test
    void nothingFoundIsAnEmptyChoice() {
        Environment bare = TestPrograms.env(temp, "PATH", temp.resolve("none").toString(), "DISPLAY", ":0");
        ViewerChooser chooser = new ViewerChooser(OpenSettings.defaults(temp), bare, () -> new Mailcap(List.of()));
        assertThat(chooser.forImage("image/png").isEmpty()).isTrue();
        assertThat(chooser.forImage("image/png").first()).isNull();
    }
}
