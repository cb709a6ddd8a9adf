package newsreader.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import newsreader.testing.EndToEnd;
import newsreader.testing.Tmux;
import newsreader.text.CellWidth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The real reader, started as users start it, speaks the language of their locale: under {@code LANG=zh_CN.UTF-8}
 * Simplified Chinese, under {@code LANG=zh_TW.UTF-8} Traditional, at 80×24 and at 20×6, every line inside the
 * screen in cells and the status line on the last row; {@code --language en} keeps English whatever the locale.
 */
@EndToEnd
class ReaderLanguagesTmuxTest {
    /** Words of two letters or more, once the key names and the other words kept as they are are taken out. */
    private static final Pattern ENGLISH = Pattern.compile("[A-Za-z]{2,}");
    private static final Pattern KEPT_AS_THEY_ARE = Pattern.compile(
            "PgUp|PgDn|Space|Home|End|Enter|Tab|Esc|Ctrl-.|NEWSREADER_\\*|OSC|SSH|shell|fg");

    @TempDir
    Path work;

    /** What each language says where the test looks. */
    private record Words(String lang, String unreadOnly, String keys, String move, String mouse) {
        static Words of(String lang) {
            return lang.startsWith("zh_CN")
                    ? new Words(lang, "只列出未读文章", "按键", "移动", "鼠标滚轮")
                    : new Words(lang, "只列出未讀文章", "按鍵", "移動", "滑鼠滾輪");
        }
    }

    @ParameterizedTest(name = "LANG={0} at {1}×{2}")
    @CsvSource({"zh_CN.UTF-8, 80, 24", "zh_CN.UTF-8, 20, 6", "zh_TW.UTF-8, 80, 24", "zh_TW.UTF-8, 20, 6"})
    void theReaderSpeaksTheLocalesChineseInsideTheScreen(String lang, int columns, int rows) throws Exception {
        Tmux.requireTmux();
        Words words = Words.of(lang);
        Path posts = chinesePosts();
        try (Tmux tmux = Tmux.start(work, columns, rows)) {
            start(tmux, posts, lang);
            List<String> screen = waitForStatus(tmux, rows, "the post count", s -> s.contains("5 篇文章"));
            assertInside(screen, columns, rows);
            assertThat(screen.get(rows - 1)).doesNotContainPattern(ENGLISH);
            assertThat(String.join("\n", screen)).contains("新闻第5篇");
            if (columns >= 80) {
                assertThat(String.join("\n", screen)).as("the tree beside the list").contains("全部文章");
            }

            tmux.type("U");
            screen = waitForStatus(tmux, rows, "the list choice", s -> s.contains("只列出"));
            assertThat(screen.get(rows - 1)).contains(words.unreadOnly().substring(0, columns >= 80 ? 7 : 5))
                    .doesNotContainPattern(ENGLISH);
            assertInside(screen, columns, rows);
            tmux.type("U");

            tmux.type("?");
            screen = whole(tmux, rows, "the help", s -> s.contains(words.keys()));
            assertInside(screen, columns, rows);
            String help = String.join("\n", screen);
            assertThat(help).contains(words.move());
            assertThat(KEPT_AS_THEY_ARE.matcher(help).replaceAll("")).doesNotContainPattern(ENGLISH);
            // Scrolled to its end (G), the last line of the table is in the language too, still inside the screen.
            tmux.type("G");
            screen = whole(tmux, rows, "the end of the help", s -> s.contains(words.mouse()));
            assertInside(screen, columns, rows);
            assertThat(KEPT_AS_THEY_ARE.matcher(String.join("\n", screen)).replaceAll(""))
                    .doesNotContainPattern(ENGLISH);

            tmux.type("q");
            tmux.waitFor("the help closed", s -> !s.contains(words.keys()));
            tmux.type("Q");
            tmux.waitForText("EXIT=0");
        }
    }

    @Test
    void anOpenedArticleIsLabelledInTheLocalesChinese() throws Exception {
        Tmux.requireTmux();
        Path posts = chinesePosts();
        try (Tmux tmux = Tmux.start(work, 80, 24)) {
            start(tmux, posts, "zh_CN.UTF-8");
            waitForStatus(tmux, 24, "the post count", s -> s.contains("5 篇文章"));
            tmux.press("Enter");
            List<String> screen = whole(tmux, 24, "the article", s -> s.contains("日期："));
            String article = String.join("\n", screen);
            assertThat(article).contains("分类：新媒体 › 科技", "的正文。").doesNotContain("Date:", "Category:");
            assertInside(screen, 80, 24);
            tmux.type("Q");
            tmux.waitForText("EXIT=0");
        }
    }

    @Test
    void languageEnKeepsEnglishUnderATraditionalChineseLocale() throws Exception {
        Tmux.requireTmux();
        Path posts = chinesePosts();
        try (Tmux tmux = Tmux.start(work, 80, 24)) {
            start(tmux, posts, "zh_TW.UTF-8", "--language", "en");
            List<String> screen = waitForStatus(tmux, 24, "the post count", s -> s.contains("5 posts"));
            assertThat(String.join("\n", screen)).contains("All posts").doesNotContain("全部文章");
            tmux.type("?");
            screen = whole(tmux, 24, "the help", s -> s.contains("Keys"));
            assertThat(String.join("\n", screen)).contains("move / scroll one line").doesNotContain("按鍵");
            assertInside(screen, 80, 24);
            tmux.type("q");
            tmux.type("Q");
            tmux.waitForText("EXIT=0");
        }
    }

    @Test
    void anEmptyFolderIsSaidToBeEmptyInTraditionalChineseAtTwentyBySix() throws Exception {
        Tmux.requireTmux();
        Path empty = Files.createDirectories(work.resolve("empty"));
        try (Tmux tmux = Tmux.start(work, 20, 6)) {
            start(tmux, empty, "zh_TW.UTF-8");
            List<String> screen = waitForStatus(tmux, 6, "the post count", s -> s.contains("0 篇文章"));
            assertThat(String.join("\n", screen)).contains("沒有文章");
            assertThat(screen.get(5)).doesNotContainPattern(ENGLISH);
            assertInside(screen, 20, 6);
            tmux.type("Q");
            tmux.waitForText("EXIT=0");
        }
    }

    /** Five posts with Chinese titles, categories and file names (the launcher's UTF-8 file names are needed). */
    private Path chinesePosts() throws Exception {
        Path posts = Files.createDirectories(work.resolve("posts"));
        for (int i = 1; i <= 5; i++) {
            Path file = posts.resolve("新闻/第" + i + "篇.md");
            Files.createDirectories(file.getParent());
            Files.writeString(file, "---\ntitle: '新闻第" + i + "篇'\ncategories:\n - 新媒体\n - 科技\n"
                    + "date: 2022-02-0" + i + " 10:00:00\n---\n\n第" + i + "篇的正文。\n", StandardCharsets.UTF_8);
        }
        return posts;
    }

    /**
     * Starts the reader as the launcher does under a Chinese locale this machine does not have: the JVM gets
     * {@code C.UTF-8} for file names, and the language still comes from {@code LANG}.
     */
    private void start(Tmux tmux, Path posts, String lang, String... arguments) throws Exception {
        tmux.type("sh " + Tmux.launcher(work, posts, work.resolve("data"), "xterm-256color", lang,
                "export LC_ALL=C.UTF-8 NEWSREADER_USER_LC_ALL= XDG_CACHE_HOME='" + work.resolve("cache") + "'\n",
                arguments));
        tmux.press("Enter");
    }

    private static List<String> waitForStatus(Tmux tmux, int rows, String what,
                                              java.util.function.Predicate<String> status) throws Exception {
        return lines(tmux.waitFor(what, s -> status.test(lines(s, rows).get(rows - 1))), rows);
    }

    /**
     * The screen once it shows what is looked for and its status line: a frame reaches the terminal row by row, so what
     * is looked for can be there before the last row of the same frame is.
     */
    private static List<String> whole(Tmux tmux, int rows, String what, java.util.function.Predicate<String> shown)
            throws Exception {
        return lines(tmux.waitFor(what, s -> shown.test(s) && !lines(s, rows).get(rows - 1).isBlank()), rows);
    }

    /** The pane's rows, exactly {@code rows} of them (tmux leaves out what trails the last one). */
    private static List<String> lines(String screen, int rows) {
        List<String> lines = new ArrayList<>(List.of(screen.split("\n", -1)));
        while (lines.size() > rows) {
            lines.remove(lines.size() - 1);
        }
        while (lines.size() < rows) {
            lines.add("");
        }
        return lines;
    }

    private static void assertInside(List<String> screen, int columns, int rows) {
        assertThat(screen).hasSize(rows);
        for (String line : screen) {
            assertThat(CellWidth.standard().of(line)).as("cells of %s", line).isLessThanOrEqualTo(columns);
        }
        assertThat(screen.get(rows - 1)).as("the status line on the last row").isNotBlank();
    }
}
