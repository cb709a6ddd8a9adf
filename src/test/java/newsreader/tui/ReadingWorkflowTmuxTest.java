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

/** A day's reading in the real program in tmux: Space through the unread posts, A's question and its undo, sorting. */
@EndToEnd
class ReadingWorkflowTmuxTest {
    @TempDir
    Path work;
    Path posts;

    @BeforeEach
    void folder() throws IOException {
        Tmux.requireTmux();
        posts = Files.createDirectories(work.resolve("posts"));
        StringBuilder longBody = new StringBuilder();
        for (int i = 1; i <= 40; i++) {
            longBody.append("第").append(i).append("段：长文的正文。\n\n");
        }
        post("long.md", "一篇很长的文章", "2024-05-03 10:00:00", longBody.toString());
        post("second.md", "第二篇文章", "2024-05-02 10:00:00", "第二篇的正文。");
        post("third.md", "Another post", "2024-05-01 10:00:00", "The third body.", "[新闻, English]");
    }

    private void post(String name, String title, String date, String body) throws IOException {
        post(name, title, date, body, "[新闻]");
    }

    private void post(String name, String title, String date, String body, String categories) throws IOException {
        Files.writeString(posts.resolve(name), "---\ntitle: '" + title + "'\ndate: " + date
                + "\ncategories: " + categories + "\n---\n\n" + body + "\n", StandardCharsets.UTF_8);
    }

    private Tmux reader() throws IOException, InterruptedException {
        Tmux tmux = Tmux.start(work, 80, 20);
        tmux.type("sh " + Tmux.launcher(work, posts, work.resolve("data"), "xterm-256color", "C.UTF-8",
                "unset TMUX\nexport XDG_STATE_HOME='" + work.resolve("state") + "' XDG_CACHE_HOME='"
                        + work.resolve("cache") + "'\n"));
        tmux.press("Enter");
        // Posts stream in: wait for all three (A counts them, Space goes on to the next unread one).
        tmux.waitFor("the list", s -> s.contains("Another post") && s.contains("一篇很长的文章")
                && s.contains("第二篇文章"));
        return tmux;
    }

    @Test
    void spacePagesThroughAPostAndOnIntoTheNextUnreadOne() throws Exception {
        try (Tmux tmux = reader()) {
            tmux.press("Enter");
            tmux.waitFor("the long post", s -> s.contains("第1段") && s.contains("line 1-"));
            tmux.press("Space");
            tmux.waitFor("its next page", s -> !s.contains("第1段：") && !s.contains("line 1-"));
            // The search counts its matches: 第3段 and 第30段 to 第39段.
            tmux.press("g", "/");
            tmux.type("第3");
            tmux.press("Enter");
            tmux.waitForText("/第3  1/11");
            tmux.press("n");
            tmux.waitForText("/第3  2/11");
            tmux.press("Escape");
            tmux.waitFor("the search cleared", s -> !s.contains("/第3"));
            tmux.press("G");
            tmux.waitFor("its end", s -> s.contains("第40段") && s.contains("100%"));
            tmux.press("Space");
            tmux.waitFor("the next unread post", s -> s.contains("第二篇的正文") && !s.contains("第40段"));
            tmux.press("Space");
            tmux.waitFor("the one after it", s -> s.contains("The third body."));
            tmux.press("Space");
            tmux.waitForText("No unread posts here");
            tmux.press("Q");
            tmux.waitForText("EXIT=0");
        }
    }

    @Test
    void aSearchIsRecalledWithUpAndALongPostReopensWhereItWasLeftAfterARestart() throws Exception {
        try (Tmux tmux = reader()) {
            tmux.press("Enter");
            tmux.waitFor("the long post", s -> s.contains("第1段") && s.contains("line 1-"));
            tmux.press("/");
            tmux.type("第3");
            tmux.press("Enter");
            tmux.waitForText("/第3  1/11");
            tmux.press("Space");
            tmux.waitFor("a page further", s -> !s.contains("第3段") && !s.contains("第1段"));
            // Quit from the article: its place is kept as if it had been closed.
            tmux.press("Q");
            tmux.waitForText("EXIT=0");
        }
        assertThat(Files.readString(work.resolve("state/newsreader/search-history"))).isEqualTo("第3\n");
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(
                work.resolve("state/newsreader/reading-positions")))).isEqualTo("rw-------");
        try (Tmux tmux = reader()) {
            tmux.press("Enter");
            tmux.waitFor("the long post where it was left", s -> s.contains("Back where you left it")
                    && !s.contains("第1段") && !s.contains("第3段"));
            tmux.press("/", "Up");
            tmux.waitForText("Search: 第3");
            // Searched from where the view is, as if typed: the next match below is 第30段, the second of 11.
            tmux.press("Enter");
            tmux.waitForText("/第3  2/11");
            tmux.press("g");
            tmux.waitFor("the top again", s -> s.contains("第1段"));
            tmux.press("Q");
            tmux.waitForText("EXIT=0");
        }
    }

    @Test
    void capitalAAsksFirstZUndoesItAndCapitalOSorts() throws Exception {
        try (Tmux tmux = reader()) {
            // At 80 columns the list keeps a short source column: the feed, not the top-level category.
            assertThat(tmux.lines()).anySatisfy(line -> assertThat(line).contains("English").contains("Another post"));
            tmux.press("A");
            tmux.waitForText("Mark 3 posts read? y/n");
            tmux.press("n");
            tmux.waitFor("nothing marked", s -> s.contains("Nothing marked") && s.contains("*  2024-05-03"));
            tmux.press("A");
            tmux.waitForText("Mark 3 posts read? y/n");
            tmux.press("y");
            tmux.waitFor("every post read", s -> s.contains("Marked 3 posts read") && !s.contains("*  2024-"));
            tmux.press("z");
            tmux.waitFor("every post unread again", s -> s.contains("Undone: 3 posts unread again")
                    && s.contains("*  2024-05-03") && s.contains("*  2024-05-01"));

            // The star stands apart from the date; a category with feeds under it has a triangle, not a +.
            tmux.press("s");
            tmux.waitFor("the star", s -> s.contains("*+ 2024-05-03") && s.contains("▸ 新闻"));

            tmux.press("O");
            String screen = tmux.waitForText("oldest first");
            assertThat(screen.indexOf("Another post")).as(screen).isLessThan(screen.indexOf("一篇很长的文章"));
            tmux.press("Q");
            tmux.waitForText("EXIT=0");
        }
    }

    @Test
    void helpAtTwentyByAixWrapsScrollsAndLeavesNoEllipsis() throws Exception {
        try (Tmux tmux = reader()) {
            tmux.resize(20, 6);
            tmux.waitFor("the list at 20 columns", s -> s.contains("All posts") || s.contains("1/3"));
            tmux.press("?");
            String screen = tmux.waitFor("the help", s -> s.contains("Keys 1-") && s.contains("move / scroll"));
            // The window is every row but the status line, which may cut a long progress note short.
            assertThat(window(screen)).doesNotContain("…");
            tmux.press("G");
            screen = tmux.waitForText("mouse wheel");
            assertThat(window(screen)).doesNotContain("…").doesNotContain("move / scroll");
            tmux.press("q");
            tmux.waitFor("the help closed", s -> !s.contains("Keys"));
            tmux.press("Q");
            tmux.waitForText("EXIT=0");
        }
    }

    @Test
    void theSelectionOfThePaneWithoutTheKeyboardIsGreyAndTheFocusedOneBlue() throws Exception {
        java.util.regex.Pattern grey = java.util.regex.Pattern.compile("\u001b\\[[0-9;]*\\b100m[^\u001b]*All posts");
        java.util.regex.Pattern blue = java.util.regex.Pattern.compile("\u001b\\[[0-9;]*\\b44m[^\u001b]*All posts");
        try (Tmux tmux = reader()) {
            tmux.waitForWithAttributes("the tree's selection in grey", s -> grey.matcher(s).find());
            tmux.press("Tab");
            tmux.waitForWithAttributes("the tree's selection in blue once it has the keyboard",
                    s -> blue.matcher(s).find());
            tmux.press("Q");
            tmux.waitForText("EXIT=0");
        }
    }

    @Test
    void aVt100GetsNoColourCodesAndTheLocaleTheLauncherReplacedIsReported() throws Exception {
        try {
            org.jline.utils.InfoCmp.getInfoCmp("vt100");
        } catch (Exception e) {
            org.junit.jupiter.api.Assumptions.abort("infocmp is not installed or knows no vt100: " + e);
        }
        Path output = work.resolve("output.bin");
        try (Tmux tmux = Tmux.start(work, 80, 20)) {
            tmux.recordOutput(output);
            // What scripts/newsreader does in a LANG=C session: a UTF-8 locale for the JVM, the user's charmap said.
            tmux.type("sh " + Tmux.launcher(work, posts, work.resolve("data"), "vt100", "C",
                    "unset TMUX\nexport LC_ALL=C.UTF-8 NEWSREADER_LOCALE_CHARMAP=ANSI_X3.4-1968 XDG_STATE_HOME='"
                            + work.resolve("state") + "' XDG_CACHE_HOME='" + work.resolve("cache") + "'\n"));
            tmux.press("Enter");
            tmux.waitFor("the list and the locale notice", s -> s.contains("Another post")
                    && s.contains("not UTF-8 (ANSI_X3.4-1968)"));
            tmux.press("Tab");
            tmux.waitFor("the tree focused", s -> s.contains("All posts"));
            tmux.press("Q");
            tmux.waitForText("EXIT=0");
        }
        String written = Files.readString(output, StandardCharsets.ISO_8859_1);
        // Lanterna's "default colour" (39, 49) included: a VT100 does not know it, and SGR 0 already resets colours.
        assertThat(written).as("no colour code (SGR 30-39, 40-49, 90-97, 100-107)")
                .doesNotContainPattern("\u001b\\[([0-9;]*;)?(3[0-9]|4[0-9]|9[0-7]|10[0-7])(;[0-9;]*)?m");
        assertThat(written).as("the screen was drawn in reverse video, so SGR codes were written at all")
                .contains("\u001b[7m");
        java.util.regex.Matcher sgr = java.util.regex.Pattern.compile("\u001b\\[([0-9;]*)m").matcher(written);
        while (sgr.find()) {
            assertThat(sgr.group(1).split(";")).as("SGR %s: only what a VT100 knows (0, 1, 4, 5, 7)", sgr.group(1))
                    .allMatch(p -> p.matches("0?|1|4|5|7"));
        }
    }

    /** The screen without its last (status) line. */
    private static String window(String screen) {
        String trimmed = screen.stripTrailing();
        int last = trimmed.lastIndexOf('\n');
        return last < 0 ? "" : trimmed.substring(0, last);
    }
}
