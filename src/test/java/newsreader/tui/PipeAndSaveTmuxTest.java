package newsreader.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import newsreader.testing.EndToEnd;
import newsreader.testing.Tmux;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code |} and {@code S} in the real program in tmux: a command gets the article's text, a file gets it too. */
@EndToEnd
class PipeAndSaveTmuxTest {
    /** Shell syntax in a title: were it spliced into the command line, it would make a file named "spliced". */
    private static final String TITLE = "标题 $(touch spliced) \"引号\"";

    @TempDir
    Path work;
    Path posts;

    @BeforeEach
    void folder() throws IOException {
        Tmux.requireTmux();
        posts = Files.createDirectories(work.resolve("posts"));
        Files.writeString(posts.resolve("first.md"), "---\ntitle: '" + TITLE + "'\ndate: 2024-05-03 10:00:00\n"
                + "categories: [新闻]\n---\n\n第一段正文。\n\n第二段正文。\n", StandardCharsets.UTF_8);
    }

    @Test
    void pipeGivesTheCommandTheTextAndTheTitleInItsEnvironmentAndSaveWritesAFile() throws Exception {
        Path lines = work.resolve("lines.txt");
        Path environment = work.resolve("env.txt");
        Path commandLine = work.resolve("cmdline.txt");
        Path saved = work.resolve("saved.txt");
        try (Tmux tmux = Tmux.start(work, 80, 20)) {
            tmux.type("cd '" + work + "' && sh " + Tmux.launcher(work, posts, work.resolve("data"), "xterm-256color",
                    "C.UTF-8", "unset TMUX\nexport XDG_STATE_HOME='" + work.resolve("state") + "' XDG_CACHE_HOME='"
                            + work.resolve("cache") + "'\n"));
            tmux.press("Enter");
            tmux.waitForText("1 post");
            tmux.press("Enter");
            tmux.waitForText("第二段正文");

            tmux.press("|");
            tmux.waitForText("Pipe to:");
            tmux.type("wc -l > lines.txt; env > env.txt; tr '\\0' ' ' < /proc/$$/cmdline > cmdline.txt; exit 4");
            tmux.press("Enter");
            tmux.waitForText("Press any key to return to newsreader");
            tmux.press("Space");
            tmux.waitFor("the article back, and the exit status", s -> s.contains("第二段正文") && s.contains("exit 4"));

            tmux.press("S");
            tmux.waitForText("Save to: first.txt");
            for (int i = 0; i < "first.txt".length(); i++) {
                tmux.press("BSpace");
            }
            // A relative path is from the current directory.
            tmux.type("saved.txt");
            tmux.press("Enter");
            tmux.waitForText("Saved to");

            // Saving again, the name completed with Tab, asks first.
            tmux.press("S");
            tmux.waitForText("Save to: first.txt");
            for (int i = 0; i < "first.txt".length(); i++) {
                tmux.press("BSpace");
            }
            tmux.type("sav");
            tmux.press("Tab");
            tmux.waitForText("Save to: saved.txt");
            tmux.press("Enter");
            tmux.waitForText("Write over saved.txt? y/n");
            tmux.press("n");
            tmux.waitForText("Not saved");
            tmux.press("Q");
            tmux.waitForText("EXIT=0");
        }
        String text = Files.readString(saved, StandardCharsets.UTF_8);
        assertThat(text).contains("第一段正文。").contains("第二段正文。").contains("引号");
        assertThat(Files.readString(lines).strip()).isEqualTo(String.valueOf(text.lines().count()));
        assertThat(Files.readString(environment, StandardCharsets.UTF_8)).contains("NEWSREADER_TITLE=" + TITLE)
                .contains("NEWSREADER_PATH=" + posts.resolve("first.md"));
        assertThat(Files.readString(commandLine, StandardCharsets.UTF_8)).startsWith("sh -c wc -l")
                .doesNotContain("标题").doesNotContain("touch");
        assertThat(work.resolve("spliced")).doesNotExist();
        assertThat(posts).isDirectoryNotContaining(p -> p.toString().endsWith(".txt"));
    }
}
