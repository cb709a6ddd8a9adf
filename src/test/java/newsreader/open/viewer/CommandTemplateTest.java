package newsreader.open.viewer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import newsreader.open.address.Refusal;
import org.junit.jupiter.api.Test;

class CommandTemplateTest {
    private static final Path FILE = Path.of("/cache/ab.png");

    @Test
    void placeholdersBecomeWholeArguments() throws Refusal {
        CommandTemplate t = CommandTemplate.ofViewerSetting("feh --scale-down {file}");
        assertThat(t.argv("https://x/a b", FILE, "image/png")).containsExactly("feh", "--scale-down", "/cache/ab.png");
        assertThat(t.uses(CommandTemplate.Slot.FILE)).isTrue();
        assertThat(t.uses(CommandTemplate.Slot.URL)).isFalse();
    }

    @Test
    void aPlaceholderInsideAWordStaysInsideThatWord() throws Refusal {
        CommandTemplate t = CommandTemplate.ofViewerSetting("browser --url={url} 'title {url}'");
        String hostile = "https://x/a.jpg;touch${IFS}pwned {file}";
        assertThat(t.argv(hostile, FILE, null))
                .containsExactly("browser", "--url=" + hostile, "title " + hostile);
    }

    @Test
    void substitutedValuesAreNotScannedAgain() throws Refusal {
        CommandTemplate t = CommandTemplate.ofViewerSetting("v {url} {file}");
        assertThat(t.argv("https://x/{file}", FILE, null)).containsExactly("v", "https://x/{file}", "/cache/ab.png");
    }

    @Test
    void aViewerSettingWithoutPlaceholderGetsTheFileAppended() throws Refusal {
        CommandTemplate t = CommandTemplate.ofViewerSetting("sxiv -b");
        assertThat(t.argv("https://x/a.png", FILE, null)).containsExactly("sxiv", "-b", "/cache/ab.png");
    }

    @Test
    void mailcapPercentSIsTheFileAndPercentTTheType() throws Refusal {
        CommandTemplate t = CommandTemplate.ofMailcap("display -title '%t 100%%' '%s'");
        assertThat(t.argv("https://x", FILE, "image/png")).containsExactly("display", "-title", "image/png 100%",
                "/cache/ab.png");
    }

    @Test
    void mailcapCommandsReadingStandardInputOrParametersAreRefused() {
        assertThatThrownBy(() -> CommandTemplate.ofMailcap("display -")).isInstanceOf(Refusal.class);
        assertThatThrownBy(() -> CommandTemplate.ofMailcap("view %{charset} %s")).isInstanceOf(Refusal.class);
    }

    @Test
    void browserEntriesTakeTheUrlAtPercentSOrAtTheEnd() throws Refusal {
        assertThat(CommandTemplate.ofBrowser("firefox --new-tab %s").argv("https://x/y", null, null))
                .containsExactly("firefox", "--new-tab", "https://x/y");
        assertThat(CommandTemplate.ofBrowser("w3m").argv("https://x/y", null, null))
                .containsExactly("w3m", "https://x/y");
    }

    @Test
    void insideAShellScriptAValueIsQuotedWhereItStands() throws Refusal {
        String url = "https://x/a'b;$(id)";
        assertThat(CommandTemplate.ofViewerSetting("sh -c 'view {url}'").argv(url, FILE, null))
                .containsExactly("sh", "-c", "view 'https://x/a'\\''b;$(id)'");
        assertThat(CommandTemplate.ofViewerSetting("sh -c \"view '{url}'\"").argv(url, FILE, null))
                .containsExactly("sh", "-c", "view 'https://x/a'\\''b;$(id)'");
        assertThat(CommandTemplate.ofViewerSetting("sh -c 'view \"{url}\"'").argv(url, FILE, null))
                .containsExactly("sh", "-c", "view \"\"'https://x/a'\\''b;$(id)'\"\"");
        // Words after the script are arguments ($0, $1…): they stay as they are.
        assertThat(CommandTemplate.ofViewerSetting("sh -c 'view \"$1\"' sh {url}").argv(url, FILE, null))
                .containsExactly("sh", "-c", "view \"$1\"", "sh", url);
    }

    @Test
    void shellsAreKnownByFileNameAlsoThroughEnvAndBusybox() throws Refusal {
        for (String command : List.of("/bin/bash -lc 'v {url}'", "env -i A=1 dash -ec 'v {url}'",
                "busybox sh -c 'v {url}'", "zsh -o errexit -c 'v {url}'")) {
            List<String> argv = CommandTemplate.ofViewerSetting(command).argv("a b", FILE, null);
            assertThat(argv.get(argv.size() - 1)).as(command).isEqualTo("v 'a b'");
        }
        // Not a shell running a script: the value is one argument.
        assertThat(CommandTemplate.ofViewerSetting("shx -c {url}").argv("a'b", FILE, null))
                .containsExactly("shx", "-c", "a'b");
    }

    @Test
    void scriptsWhoseQuotingCannotBeFollowedAreRefused() {
        for (String command : List.of("fish -c 'open {url}'", "sh -c 'v $(echo {url})'", "sh -c 'v `echo {url}`'",
                "sh -c 'v ${X:-{url}}'", "sh -c \"v \\$'{url}'\"", "sh -c 'v \\{url}'", "env -S 'sh -c v'")) {
            assertThatThrownBy(() -> CommandTemplate.ofViewerSetting(command)).as(command)
                    .isInstanceOf(Refusal.class);
        }
    }

    @Test
    void percentTIsOnlyEverAMediaType() throws Refusal {
        CommandTemplate t = CommandTemplate.ofMailcap("sh -c 'v %t %s'");
        assertThat(t.argv(null, FILE, "image/*")).containsExactly("sh", "-c", "v 'image/*' '/cache/ab.png'");
        assertThatThrownBy(() -> t.argv(null, FILE, "image/$(id)")).isInstanceOf(IllegalArgumentException.class);
    }
}
