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
 * {@code chinese: traditional}, given once in a config file, shows a post written in Simplified Chinese in
 * Traditional characters in every front end — {@code list}, {@code show}, line mode and the full-screen reader —
 * titles, categories and bodies alike, while the file stays as written; {@code --chinese} overrides the config, and
 * in the reader {@code C} switches. Each front end is the real program, started as a user starts it.
 */
@EndToEnd
class ChineseScriptReachesEveryFrontEndTest {
    private static final String BODY = "头发干净，后来吃了面条。";
    private static final String TITLE_HANT = "頭髮與發展";
    private static final String CATEGORY_HANT = "新聞 › 後來";
    private static final String BODY_HANT = "頭髮乾淨，後來吃了麵條。";

    @TempDir
    Path temp;
    private Path posts;
    private Path post;
    private Path config;
    private String written;

    @BeforeEach
    void folderAndConfig() throws IOException {
        posts = Files.createDirectories(temp.resolve("posts"));
        written = "---\ntitle: 头发与发展\ndate: 2022-08-18T07:23:00Z\ncategories: [新闻, 后来]\n---\n\n" + BODY + "\n";
        post = Files.writeString(posts.resolve("hair.md"), written, StandardCharsets.UTF_8);
        config = Files.writeString(temp.resolve("config.yaml"), "chinese: traditional\n", StandardCharsets.UTF_8);
    }

    @Test
    void listAndShowConvertAndTheOptionOverridesTheConfig() throws IOException {
        ProgramRun list = ProgramRun.of("--config", config.toString(), "list", posts.toString());
        assertThat(list.exitCode()).as(list.err()).isZero();
        assertThat(list.out()).contains(CATEGORY_HANT, TITLE_HANT);

        ProgramRun show = ProgramRun.of("--config", config.toString(), "show", post.toString());
        assertThat(show.exitCode()).as(show.err()).isZero();
        assertThat(show.out()).contains(TITLE_HANT, "Category: " + CATEGORY_HANT, BODY_HANT);

        ProgramRun original = ProgramRun.of("--config", config.toString(), "show", "--chinese", "original", post.toString());
        assertThat(original.out()).contains("头发与发展", BODY).doesNotContain(TITLE_HANT);

        ProgramRun bad = ProgramRun.of("show", "--chinese", "klingon", post.toString());
        assertThat(bad.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(bad.err()).contains("--chinese must be original, simplified or traditional");

        assertThat(Files.readString(post, StandardCharsets.UTF_8)).as("the file is never written").isEqualTo(written);
    }

    @Test
    void lineModeConvertsListsCategoriesAndArticlesAndFindsEitherScript() throws IOException {
        Path input = Files.writeString(temp.resolve("typed"), "list\ncat\nsearch 頭髮\nopen 1\nquit\n",
                StandardCharsets.UTF_8);
        ProgramRun line = ProgramRun.withInput(input, Map.of("TERM", "dumb"),
                "--config", config.toString(), "--line", posts.toString());

        assertThat(line.exitCode()).as(line.err()).isZero();
        String out = line.out();
        assertThat(out).contains(TITLE_HANT, "新聞", BODY_HANT).doesNotContain("头发与发展");
        assertThat(out).as("search 頭髮 finds the title written 头发").doesNotContain("No title");
    }

    @Test
    void theFullScreenReaderConvertsAndCSwitchesScripts() throws Exception {
        Tmux.requireTmux();
        try (Tmux tmux = Tmux.start(temp, 100, 20)) {
            tmux.type("sh " + launcher("--chinese", "traditional"));
            tmux.press("Enter");
            String list = tmux.waitForText(TITLE_HANT);
            assertThat(list).contains("新聞").doesNotContain("头发与发展");

            tmux.press("Enter");
            tmux.waitForText(BODY_HANT);

            tmux.press("C");
            String original = tmux.waitForText(BODY);
            assertThat(original).contains("Chinese: original", "头发与发展");

            tmux.press("C");
            tmux.waitForText("Chinese: simplified");
            tmux.press("C");
            tmux.waitForText(BODY_HANT);
            tmux.press("Q");
            tmux.waitForText("EXIT=0");
        }
        assertThat(Files.readString(post, StandardCharsets.UTF_8)).isEqualTo(written);
    }

    /** The real program in the pane, as a user starts it: no config, data and cache under the test's folder. */
    private Path launcher(String... args) throws IOException {
        return Tmux.launcher(temp, posts, temp.resolve("data"), "xterm-256color", "C.UTF-8",
                "unset TMUX\nexport XDG_CACHE_HOME='" + temp.resolve("cache") + "' XDG_STATE_HOME='"
                        + temp.resolve("state") + "' XDG_CONFIG_HOME='" + temp.resolve("no-config") + "'\n",
                args);
    }
}
