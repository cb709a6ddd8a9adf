package newsreader.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import newsreader.testing.EndToEnd;
import newsreader.testing.Tmux;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGQUIT ({@code kill -QUIT}; Ctrl-\ is off while the reader runs) makes a JVM print a thread dump on the terminal,
 * over the reader's screen. The launcher's JVM options (which the tests' launcher shares) keep it off the terminal.
 */
@EndToEnd
class QuitSignalTest {
    private static final String TITLE = "雾港来信：第一封";
    private static final String THREAD_DUMP = "Full thread dump";

    @TempDir
    Path work;

    @Test
    void sigquitPrintsNoThreadDump() throws Exception {
        Tmux.requireTmux();
        Path posts = Files.createDirectories(work.resolve("posts"));
        Path data = Files.createDirectories(work.resolve("data"));
        Files.writeString(posts.resolve("one.md"), "---\ntitle: '" + TITLE + "'\ndate: 2024-05-03\n---\n正文。\n",
                StandardCharsets.UTF_8);
        Path output = work.resolve("pane.bin");
        try (Tmux tmux = Tmux.start(work, 100, 30)) {
            tmux.recordOutput(output);
            tmux.type("sh " + Tmux.launcher(work, posts, data, "xterm-256color", "C.UTF-8"));
            tmux.press("Enter");
            tmux.waitFor("the list", s -> s.contains(TITLE) && s.contains("All posts") && s.contains("1/1"));

            signal("QUIT", tmux.javaPid());
            // The JVM's one signal thread handles SIGQUIT (3) before SIGWINCH (28): once the reader has drawn itself
            // at the new size, a thread dump would already have been written to the terminal.
            tmux.resize(100, 32);
            tmux.waitFor("the reader at 32 rows, or a thread dump", s -> {
                List<String> lines = s.lines().toList();
                return lines.size() >= 32 && lines.get(31).startsWith("1/1") || recorded(output).contains(THREAD_DUMP);
            });
            assertThat(recorded(output)).doesNotContain(THREAD_DUMP);
            assertThat(tmux.screen()).doesNotContain(THREAD_DUMP);
            tmux.press("Q");
            tmux.waitForText("EXIT=0");
        }
        assertThat(recorded(output)).contains(TITLE).doesNotContain(THREAD_DUMP);
    }

    /** What the pane's programs wrote so far (bytes that are no UTF-8 become U+FFFD). */
    private static String recorded(Path output) {
        try {
            return new String(Files.readAllBytes(output), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }


    private static void signal(String name, long pid) throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-" + name, String.valueOf(pid)).start();
        assertThat(kill.waitFor()).isZero();
    }
}
