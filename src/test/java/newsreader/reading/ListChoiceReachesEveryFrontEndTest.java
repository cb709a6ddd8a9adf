package newsreader.reading;

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
 * The config's {@code sort} and {@code unread-only} give line mode and the full-screen reader the same list, over one
 * read state; the choice the reader's keys make next is remembered, and line mode starts with it too. Each front end
 * is the real program.
 */
@EndToEnd
class ListChoiceReachesEveryFrontEndTest {
    @TempDir
    Path temp;
    private Path posts;
    private Path config;
    private Map<String, String> places;

    @BeforeEach
    void folderAndConfig() throws IOException {
        posts = Files.createDirectories(temp.resolve("posts"));
        post("new.md", "最新的新闻", "2024-05-03T10:00:00Z");
        post("middle.md", "中间的新闻", "2024-05-02T10:00:00Z");
        post("old.md", "最早的新闻", "2024-05-01T10:00:00Z");
        config = Files.writeString(temp.resolve("config.yaml"), "sort: oldest\nunread-only: true\n",
                StandardCharsets.UTF_8);
        places = Map.of("XDG_DATA_HOME", temp.resolve("data").toString(),
                "XDG_STATE_HOME", temp.resolve("state").toString(), "TERM", "dumb");
    }

    private void post(String name, String title, String date) throws IOException {
        Files.writeString(posts.resolve(name), "---\ntitle: " + title + "\ndate: " + date + "\ncategories: [新闻]\n---\n\n正文。\n",
                StandardCharsets.UTF_8);
    }

    private String lineMode(String typed) throws IOException {
        Path input = Files.writeString(temp.resolve("typed"), typed, StandardCharsets.UTF_8);
        ProgramRun line = ProgramRun.withInput(input, places, "--config", config.toString(), "--line", posts.toString());
        assertThat(line.exitCode()).as(line.err()).isZero();
        return line.out();
    }

    @Test
    void lineModeAndTheReaderListTheSameAndTheReadersChoiceIsRemembered() throws Exception {
        String first = lineMode("list\nopen 1\nquit\n");
        assertThat(order(first, "最早的新闻", "中间的新闻", "最新的新闻")).as("oldest first:\n%s", first).isTrue();

        String second = lineMode("list\nquit\n");
        assertThat(second).as("the post opened is read: left out").doesNotContain("最早的新闻");
        assertThat(order(second, "中间的新闻", "最新的新闻")).isTrue();

        Tmux.requireTmux();
        try (Tmux tmux = Tmux.start(temp, 100, 20)) {
            tmux.type("sh " + Tmux.launcher(temp, posts, temp.resolve("data"), "xterm-256color", "C.UTF-8",
                    "unset TMUX\nexport XDG_STATE_HOME='" + temp.resolve("state") + "' XDG_CACHE_HOME='"
                            + temp.resolve("cache") + "'\n",
                    "--config", "'" + config + "'"));
            tmux.press("Enter");
            // Posts stream in: the order and the read post's absence mean something only once all three are loaded.
            String screen = tmux.waitFor("the whole list, unread only, oldest first",
                    s -> s.contains("中间的新闻") && s.contains("最新的新闻") && s.contains("unread only  oldest first")
                            && s.contains("3 posts"));
            assertThat(screen).doesNotContain("最早的新闻");
            assertThat(order(screen, "中间的新闻", "最新的新闻")).as(screen).isTrue();

            tmux.press("U");
            screen = tmux.waitFor("every post", s -> s.contains("最早的新闻") && !s.contains("unread only  "));
            assertThat(order(screen, "最早的新闻", "中间的新闻", "最新的新闻")).as(screen).isTrue();
            tmux.press("Q");
            tmux.waitForText("EXIT=0");
        }

        String third = lineMode("list\nquit\n");
        assertThat(order(third, "最早的新闻", "中间的新闻", "最新的新闻")).as("the reader's U reaches line mode:\n%s", third)
                .isTrue();
    }

    private static boolean order(String text, String... parts) {
        return SettingsReachEveryFrontEndTest.order(text, parts);
    }
}
