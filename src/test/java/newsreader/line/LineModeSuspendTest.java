package newsreader.line;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import newsreader.testing.EndToEnd;
import newsreader.testing.Tmux;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl-z at line mode's prompt: JLine's line editor keeps the terminal raw with signals off, so the key must give
 * the shell its normal terminal and stop the job itself; {@code fg} brings the prompt back with the half-typed line.
 */
@EndToEnd
class LineModeSuspendTest {
    private static final Pattern ICANON_ON = Pattern.compile("(?<![-\\w])icanon(?![\\w])");
    private static final Pattern ECHO_ON = Pattern.compile("(?<![-\\w])echo(?![\\w])");

    @TempDir
    Path work;

    @Test
    void ctrlZAtThePromptSuspendsAndFgBringsThePromptBack() throws Exception {
        Tmux.requireTmux();
        Path posts = Files.createDirectories(work.resolve("posts"));
        Path data = Files.createDirectories(work.resolve("data"));
        Files.writeString(posts.resolve("a.md"), "---\ntitle: '雾港来信'\ndate: 2024-05-03\n---\n正文。\n",
                StandardCharsets.UTF_8);
        try (Tmux tmux = Tmux.start(work, 100, 30)) {
            tmux.type("sh " + Tmux.launcher(work, posts, data, "xterm-256color", "C.UTF-8", "", "--line"));
            tmux.press("Enter");
            tmux.waitFor("the prompt", s -> s.contains("雾港来信") && s.contains(LineMode.PROMPT.strip()));
            tmux.type("he");
            tmux.press("C-z");
            tmux.waitFor("the shell's report of the stopped job", s -> s.contains("Stopped"));
            assertNormalMode(sttyInThePane(tmux));

            tmux.type("fg");
            tmux.press("Enter");
            tmux.waitFor("the prompt with the half-typed line", s -> s.contains(LineMode.PROMPT + "he"));
            tmux.type("lp");
            tmux.press("Enter");
            tmux.waitForText("Post numbers count in the list last shown");
            tmux.type("q");
            tmux.press("Enter");
            tmux.waitForText("EXIT=0");
            assertNormalMode(sttyInThePane(tmux));
        }
    }

    private static String sttyInThePane(Tmux tmux) throws Exception {
        tmux.type("clear; stty -a");
        tmux.press("Enter");
        return tmux.waitFor("stty output", s -> s.contains("icanon") && s.contains("ixon") && !s.contains("EXIT="));
    }

    private static void assertNormalMode(String stty) {
        assertThat(ICANON_ON.matcher(stty).find()).as("icanon is on:\n%s", stty).isTrue();
        assertThat(ECHO_ON.matcher(stty).find()).as("echo is on:\n%s", stty).isTrue();
        assertThat(stty).contains("susp = ^Z");
    }
}
