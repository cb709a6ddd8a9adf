package newsreader.line;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import newsreader.testing.EndToEnd;
import newsreader.testing.ProgramRun;
import newsreader.testing.Tmux;
import newsreader.text.CellWidth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Line mode as the real program, in a pseudo-terminal (tmux) with {@code TERM=dumb} as a serial console has it, and
 * with its output in a pipe.
 */
@EndToEnd
class LineModeAtARealTerminalTest {
    private static final String LONG_TITLE = "一个很长很长的标题，".repeat(12) + "结尾";

    @TempDir
    Path work;

    @Test
    void underTermDumbEachCommandShowsOnceCtrlCClearsTheLineAndCtrlDOnAnEmptyLineLeaves() throws Exception {
        Tmux.requireTmux();
        Path posts = Files.createDirectories(work.resolve("posts"));
        Path data = Files.createDirectories(work.resolve("data"));
        Files.writeString(posts.resolve("a.md"), "---\ntitle: '雾港来信'\ndate: 2024-05-03\n---\n正文。\n",
                StandardCharsets.UTF_8);
        try (Tmux tmux = Tmux.start(work, 100, 30)) {
            // Ctrl-C goes to the whole job: the script around the program must live on to print its exit status, as
            // an interactive shell does.
            tmux.type("sh " + Tmux.launcher(work, posts, data, "dumb", "C.UTF-8", "trap true INT\n", "--line"));
            tmux.press("Enter");
            tmux.waitFor("the prompt", s -> s.contains("雾港来信") && s.contains(LineMode.PROMPT.strip()));

            tmux.type("help quit");
            tmux.press("Enter");
            String answered = tmux.waitForText("quit: leave line mode");
            assertThat(answered.split("help quit", -1)).as("typed once, echoed once:\n%s", answered).hasSize(2);

            // A user types at the next prompt, and sees what they type before pressing Ctrl-C.
            tmux.waitFor("the next prompt", screen -> screen.stripTrailing().endsWith(LineMode.PROMPT.strip()));
            tmux.type("lis");
            tmux.waitFor("the typed word", screen -> screen.stripTrailing().endsWith(LineMode.PROMPT + "lis"));
            tmux.press("C-c");
            tmux.waitFor("a fresh prompt", screen -> screen.contains("lis^C\n" + LineMode.PROMPT.strip()));
            tmux.type("help next");
            tmux.press("Enter");
            String cleared = tmux.waitForText("print the next post of the list");
            assertThat(cleared).as("the program is still there").doesNotContain("EXIT=")
                    .doesNotContain("lishelp").contains(LineMode.PROMPT + "help next");

            tmux.press("C-d");
            tmux.waitForText("EXIT=0");
        }
    }

    @Test
    void underAChineseLocaleLineModeSpeaksChineseAtARealTerminal() throws Exception {
        Tmux.requireTmux();
        Path posts = Files.createDirectories(work.resolve("posts"));
        Path data = Files.createDirectories(work.resolve("data"));
        Files.writeString(posts.resolve("a.md"), "---\ntitle: '雾港来信'\ndate: 2024-05-03\n---\n正文。\n",
                StandardCharsets.UTF_8);
        try (Tmux tmux = Tmux.start(work, 100, 30)) {
            // As the launcher runs it where zh_TW.UTF-8 is not installed: Java under C.UTF-8, the user's locale in LANG.
            tmux.type("sh " + Tmux.launcher(work, posts, data, "dumb", "zh_TW.UTF-8",
                    "export LC_ALL=C.UTF-8 NEWSREADER_USER_LC_ALL=\n", "--line"));
            tmux.press("Enter");
            // The greeting names the folder, whose length decides where the terminal wraps it: read unwrapped.
            tmux.waitFor("the greeting in Traditional Chinese", s -> s.replace("\n", "")
                    .contains("篇文章。輸入 help 查看指令，輸入 q 離開。") && s.contains(LineMode.PROMPT.strip()));

            tmux.type("1");
            tmux.press("Enter");
            tmux.waitForText("第 1 篇文章（共 1 篇）到此結束。");
            tmux.type("help q");
            tmux.press("Enter");
            String help = tmux.waitForText("離開行模式（Ctrl-D 也可以離開）。");
            assertThat(help).contains("quit：", "也可以寫作 q、exit。");
            tmux.press("C-d");
            tmux.waitForText("EXIT=0");
        }
    }

    @Test
    void inAPipeListTitlesArePrintedWhole() throws Exception {
        Path posts = Files.createDirectories(work.resolve("posts"));
        Files.writeString(posts.resolve("a.md"), "---\ntitle: '" + LONG_TITLE + "'\ndate: 2024-05-03\n---\n正文。\n",
                StandardCharsets.UTF_8);
        Path input = Files.writeString(work.resolve("typed.txt"), "list\nquit\n");
        ProgramRun run = ProgramRun.withInput(input, Map.of("TERM", "dumb"), "--line", posts.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(CellWidth.standard().of(LONG_TITLE)).isGreaterThan(200);
        assertThat(run.outLines()).anySatisfy(line -> assertThat(line).endsWith(LONG_TITLE));
    }
}
