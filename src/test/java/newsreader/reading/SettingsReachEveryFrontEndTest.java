package newsreader.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import newsreader.testing.EndToEnd;
import newsreader.testing.ProgramRun;
import newsreader.testing.Tmux;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same non-default settings, given once in a config file, show the same in every front end: the full-screen
 * reader (in tmux), line mode and {@code list} — dates in the configured zone and format (a post just before
 * midnight UTC is already the next day in Shanghai), a category name holding {@code " / "} as one name, and
 * categories in the same (pinyin) order, and a header image on a host the config calls a placeholder service said
 * to be one. Each front end is the real program, started as a user starts it.
 */
@EndToEnd
class SettingsReachEveryFrontEndTest {
    /** 17:30 UTC is 01:30 the next day in Shanghai. */
    private static final String NEAR_MIDNIGHT = "08/19 01:30";
    private static final String RACKET = "08/18 15:23";
    /** A header image on a host the config names as a placeholder service. */
    private static final String FILLER = "https://img.example.org/filler.jpg";
    private static final String PLACEHOLDER = "Image: (placeholder)";

    @TempDir
    Path temp;
    private Path posts;
    private Path config;

    @BeforeEach
    void folderAndConfig() throws IOException {
        posts = Files.createDirectories(temp.resolve("posts"));
        post("midnight.md", "午夜前的新闻", "2022-08-18T17:30:00Z", "[\"今日推荐 / 精选\"]\nheadimg: " + FILLER);
        post("racket.md", "Racket v8.6 发布", "2022-08-18T07:23:00Z", "[编程, 开源中国]");
        post("zig.md", "Zig 新版本", "2022-08-17T01:00:00Z", "[阿里巴巴]");
        config = temp.resolve("config.yaml");
        Files.writeString(config, "time-zone: Asia/Shanghai\ndate-format: \"MM/dd HH:mm\"\n"
                + "placeholder-images: [img.example.org]\n", StandardCharsets.UTF_8);
    }

    private void post(String name, String title, String date, String categories) throws IOException {
        Files.writeString(posts.resolve(name), "---\ntitle: " + title + "\ndate: " + date + "\ncategories: "
                + categories + "\n---\n\n正文。\n", StandardCharsets.UTF_8);
    }

    @Test
    void listShowsTheConfiguredDatesAndTakesACategoryNameWhole() {
        ProgramRun list = ProgramRun.of("--config", config.toString(), "list", posts.toString());

        assertThat(list.exitCode()).as(list.err()).isZero();
        assertThat(list.outLines()).containsExactly(
                NEAR_MIDNIGHT + "  今日推荐 / 精选  午夜前的新闻",
                RACKET + "  编程 › 开源中国  Racket v8.6 发布",
                "08/17 09:00  阿里巴巴         Zig 新版本");
        assertThat(ProgramRun.of("list", "--category", "今日推荐", posts.toString()).outLines())
                .as("part of a name is not a category").isEmpty();
        assertThat(ProgramRun.of("list", "--category", "今日推荐 / 精选", posts.toString()).outLines()).hasSize(1);
    }

    @Test
    void showAndSearchShowTheConfiguredDates() {
        ProgramRun show = ProgramRun.of("--config", config.toString(), "show", posts.resolve("midnight.md").toString());
        assertThat(show.exitCode()).as(show.err()).isZero();
        assertThat(show.out()).contains("Date: " + NEAR_MIDNIGHT, PLACEHOLDER).doesNotContain(FILLER);

        ProgramRun search = ProgramRun.of("--config", config.toString(), "search", posts.toString(), "午夜");
        assertThat(search.exitCode()).as(search.err()).isZero();
        assertThat(search.out()).contains(NEAR_MIDNIGHT + "  [午夜]前的新闻");
    }

    @Test
    void lineModeShowsTheSameDatesAndCategoriesInTheSameOrder() throws IOException {
        Path input = Files.writeString(temp.resolve("typed"), "list\ncat\nopen 1\nquit\n", StandardCharsets.UTF_8);
        ProgramRun line = ProgramRun.withInput(input, Map.of("TERM", "dumb"),
                "--config", config.toString(), "--line", posts.toString());

        assertThat(line.exitCode()).as(line.err()).isZero();
        String out = line.out();
        assertThat(out).contains(NEAR_MIDNIGHT, RACKET, "Date: " + NEAR_MIDNIGHT, PLACEHOLDER);
        assertThat(out).contains("今日推荐 / 精选").doesNotContain("今日推荐 › 精选");
        String categories = out.substring(out.indexOf("each with its number of posts"));
        assertThat(order(categories, "阿里巴巴", "编程", "今日推荐 / 精选")).as(categories).isTrue();
    }

    @Test
    void theFullScreenReaderShowsTheSameDatesAndCategoriesInTheSameOrder() throws Exception {
        Tmux.requireTmux();
        try (Tmux tmux = Tmux.start(temp, 120, 24)) {
            tmux.type("sh " + launcher());
            tmux.press("Enter");
            // Posts stream in: the tree is whole only once the last post's category is on screen.
            String screen = tmux.waitFor("all three posts and their categories", text -> text.contains("午夜前的新闻")
                    && text.contains("Zig 新版本") && treeColumn(text).contains("阿里巴巴"));
            String midnightRow = rowWith(screen, "午夜前的新闻");
            assertThat(midnightRow).contains(NEAR_MIDNIGHT);
            assertThat(rowWith(screen, "Racket v8.6")).contains(RACKET);
            assertThat(screen).contains("今日推荐 / 精选");
            assertThat(order(treeColumn(screen), "阿里巴巴", "编程", "今日推荐 / 精选")).as(screen).isTrue();

            tmux.press("Enter");
            String article = tmux.waitForText("Date:");
            assertThat(rowWith(article, "Date:")).contains(NEAR_MIDNIGHT);
            assertThat(article).contains(PLACEHOLDER);
            tmux.press("Q");
            tmux.waitForText("EXIT=0");
        }
    }

    /** The real program in the pane, as a user starts it: config given, data and cache under the test's folder. */
    private Path launcher() throws IOException {
        return Tmux.launcher(temp, posts, temp.resolve("data"), "xterm-256color", "C.UTF-8",
                "unset TMUX\nexport XDG_CACHE_HOME='" + temp.resolve("cache") + "' XDG_STATE_HOME='"
                        + temp.resolve("state") + "'\n",
                "--config", "'" + config + "'");
    }

    /** The category tree: what each row holds left of the divider. */
    private static String treeColumn(String screen) {
        StringBuilder tree = new StringBuilder();
        for (String line : screen.split("\n")) {
            int divider = line.indexOf('│');
            tree.append(divider < 0 ? "" : line.substring(0, divider)).append('\n');
        }
        return tree.toString();
    }

    private static String rowWith(String screen, String text) {
        return List.of(screen.split("\n")).stream().filter(line -> line.contains(text)).findFirst().orElse("");
    }

    /** Whether each text first appears after the one before it (other front-end tests here use it too). */
    static boolean order(String text, String... parts) {
        int at = -1;
        for (String part : parts) {
            int next = text.indexOf(part);
            if (next <= at) {
                return false;
            }
            at = next;
        }
        return true;
    }
}
