package newsreader.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import newsreader.testing.EndToEnd;
import newsreader.testing.Tmux;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bug that throws inside the reader's loop (injected with {@code NEWSREADER_FAULT_AFTER_KEYS}) still ends with the
 * terminal restored: normal screen, echo and canonical mode back, the error said on the restored terminal, exit 3.
 */
@EndToEnd
class FaultRestoreTest {
    @TempDir
    Path work;

    @Test
    void anExceptionInTheLoopLeavesTheTerminalAsItWas() throws Exception {
        Tmux.requireTmux();
        Path posts = Files.createDirectories(work.resolve("posts"));
        Path data = Files.createDirectories(work.resolve("data"));
        Files.writeString(posts.resolve("a.md"), "---\ntitle: '会出错的阅读器'\ndate: 2022-02-22\n---\n正文\n", StandardCharsets.UTF_8);
        try (Tmux tmux = Tmux.start(work, 100, 30)) {
            tmux.type("sh " + Tmux.launcher(work, posts, data, "xterm-256color", "C.UTF-8", "export NEWSREADER_FAULT_AFTER_KEYS=2\n"));
            tmux.press("Enter");
            tmux.waitFor("the list", s -> s.contains("会出错的阅读器") && s.contains("All posts"));
            tmux.type("j");
            tmux.type("k");
            String after = tmux.waitFor("the exit", s -> s.contains("EXIT="));
            assertThat(after).contains("EXIT=3", "injected fault").doesNotContain("All posts");
            tmux.type("stty -a");
            tmux.press("Enter");
            String stty = tmux.waitFor("stty output", s -> s.contains("icanon") && s.contains("ixon"));
            assertThat(stty.substring(stty.indexOf("stty -a"))).contains(" icanon", " echo ").doesNotContain("-icanon", "-echo ");
        }
    }
}
