package newsreader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import newsreader.testing.EndToEnd;
import newsreader.testing.ProgramRun;
import newsreader.testing.Tmux;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * security.md, "escapes in file names": a file name is untrusted like a post's text. Names that would change the
 * terminal's title (OSC 0), write its clipboard (OSC 52) or start a control sequence (C1 CSI) are printed by the real
 * program, in every message that names a path, without one control character, and still recognisably.
 */
@EndToEnd
class EscapesInFileNamesTest {
    private static final String TITLE = "x\u001b]0;PWNED\u0007";
    private static final String CLIPBOARD = "y\u001b]52;c;cm0gLXJmIH4=\u0007";
    private static final String CSI = "z\u009b2J";

    @TempDir
    Path dir;
    private Path posts;

    @BeforeEach
    void writeFolder() throws IOException {
        posts = Files.createDirectories(dir.resolve("d"));
        Files.writeString(posts.resolve(TITLE + ".md"), ""); // an empty file: a problem that names its path
        Files.writeString(posts.resolve(CLIPBOARD + ".md"), "---\ntitle: [unclosed\n---\n");
        Files.writeString(posts.resolve(CSI + ".md"), "---\ntitle: fine\n---\nbody\n");
    }

    @Test
    void listNamesTheBadFilesWithoutTheirControlCharacters() {
        ProgramRun run = ProgramRun.of("list", posts.toString());
        assertClean(run);
        assertThat(run.err()).contains("x]0;PWNED.md").contains("y]52;c;cm0gLXJmIH4=.md");
    }

    @Test
    void showNamesTheFilesItCannotReadWithoutTheirControlCharacters() {
        ProgramRun run = ProgramRun.of("show", posts.resolve(TITLE + ".md").toString(),
                posts.resolve(CLIPBOARD + ".md").toString(), posts.resolve("gone" + TITLE + ".md").toString());
        assertClean(run);
        assertThat(run.err()).contains("x]0;PWNED.md").contains("y]52;c;cm0gLXJmIH4=.md").contains("gonex]0;PWNED.md");
    }

    @Test
    void aFolderThatIsNotThereIsNamedWithoutItsControlCharacters() {
        ProgramRun list = ProgramRun.of("list", dir.resolve(TITLE).toString());
        assertClean(list);
        assertThat(list.err()).contains("x]0;PWNED");
        ProgramRun search = ProgramRun.of("search", dir.resolve(CLIPBOARD).toString(), "word");
        assertClean(search);
        assertThat(search.err()).contains("y]52;c;");
    }

    @Test
    void theConfigFileIsNamedWithoutItsControlCharacters() {
        ProgramRun run = ProgramRun.of("config", "--config", dir.resolve(TITLE + ".yaml").toString());
        assertClean(run);
        assertThat(run.out()).contains("x]0;PWNED.yaml");
    }

    @Test
    void theReaderNamesAFolderThatIsNotThereWithoutItsControlCharacters() {
        ProgramRun run = ProgramRun.with(Map.of("TERM", "dumb"), "--line", dir.resolve(CSI).toString());
        assertClean(run);
        assertThat(run.err()).contains("z2J");
    }

    /**
     * On a terminal picocli styles a usage error (the only escape sequences the commands write to stderr): the style
     * stays, the name's own sequences do not. The pane's raw bytes are read back from tmux.
     */
    @Test
    void onATerminalTheNamesReachNoTerminalAsEscapes() throws Exception {
        Tmux.requireTmux();
        Path output = dir.resolve("output.bin");
        Path data = Files.createDirectories(dir.resolve("data"));
        try (Tmux tmux = Tmux.start(dir, 120, 30)) {
            tmux.recordOutput(output);
            Path listing = Tmux.launcher(Files.createDirectories(dir.resolve("listing")), posts, data, "xterm-256color",
                    "C.UTF-8", "", "list");
            tmux.type("sh " + listing);
            tmux.press("Enter");
            tmux.waitForText("EXIT=1");
            Path missing = Tmux.launcher(Files.createDirectories(dir.resolve("missing")), dir.resolve(TITLE), data,
                    "xterm-256color", "C.UTF-8", "", "list");
            tmux.type("sh " + missing);
            tmux.press("Enter");
            tmux.waitForText("EXIT=2");
        }
        String written = Files.readString(output, StandardCharsets.UTF_8);
        assertThat(written).contains("x]0;PWNED.md: empty file").contains("x]0;PWNED: not a folder");
        assertThat(written).as("picocli's error style").contains("\u001b[31m");
        assertThat(written).doesNotContain("\u001b]", "\u0007", "\u009b");
    }

    private static void assertClean(ProgramRun run) {
        for (String stream : new String[] {run.out(), run.err()}) {
            assertThat(stream.chars().filter(c -> c == 0x1b || c == 0x07 || c >= 0x80 && c <= 0x9f).count())
                    .as("control characters in:%n%s", stream.replaceAll("\\p{Cntrl}", "^")).isZero();
        }
    }
}
