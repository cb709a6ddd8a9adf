package newsreader.line;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import newsreader.text.CellWidth;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Line mode driven through streams, as a user at a dumb terminal would drive it, on the sample folder. */
class LineModeTest {
    private static final String DEEP_LEARNING = "深度学习入门指南";
    private static final String SPRING = "Spring Boot 启动优化";
    private static final String CHARGER = "笔记本智能充电固件";
    private static final String WEEKLY = "Weekly notes from HN";
    private static final String UNDATED = "没有日期的文章";

    @TempDir
    Path temp;
    Path folder;
    LineSession session;

    @BeforeEach
    void writeFolder() throws IOException {
        folder = SampleFolder.write(temp.resolve("posts"));
        session = new LineSession(folder, LineSession.testOptions(temp));
    }

    @Test
    void welcomeCountsPostsAndProblemsAndShowsTheFirstPage() {
        LineSession.Result run = session.type();
        String welcome = run.answer(0);

        assertThat(run.sentences(0)).contains("5 posts in").contains("1 file could not be read (type problems)")
                .contains("All 5 posts, all 5 unread (marked *), page 1 of 2:");
        assertThat(rowsOf(welcome)).hasSize(3);
        assertThat(rowsOf(welcome).get(0)).startsWith("1* 2024-05-03 02:00").contains("科技 › AI").endsWith(DEEP_LEARNING);
        assertThat(welcome).doesNotContain(WEEKLY).contains("Type more for page 2");
    }

    @Test
    void moreAndListPageThroughTheListAndSayWhenThereIsNoMore() {
        LineSession.Result run = session.type("more", "more", "list 1", "list 2", "next page", "list 3", "list x");

        assertThat(rowsOf(run.answer(1))).extracting(LineModeTest::title).containsExactly(WEEKLY, UNDATED);
        assertThat(run.answer(1)).contains("page 2 of 2").contains("5* undated");
        assertThat(run.answer(2)).contains("That was the last page; the list has 5 posts.");
        assertThat(rowsOf(run.answer(3))).extracting(LineModeTest::title).containsExactly(DEEP_LEARNING, SPRING, CHARGER);
        assertThat(rowsOf(run.answer(4))).extracting(LineModeTest::title).containsExactly(WEEKLY, UNDATED);
        assertThat(run.answer(5)).contains("That was the last page");
        assertThat(run.answer(6)).contains("There is no page 3; the list has 2 pages.");
        assertThat(run.answer(7)).contains("\"x\" is not a page number");
    }

    @Test
    void titlesStartInTheSameCellOnEveryRowWhateverTheAmbiguousWidth() {
        for (int ambiguous = 1; ambiguous <= 2; ambiguous++) {
            LineSession wide = new LineSession(folder,
                    LineSession.testOptions(temp).withAmbiguousWidth(ambiguous).withPageSize(5));
            CellWidth widths = new CellWidth(ambiguous);
            List<String> rows = rowsOf(wide.type().answer(0));

            assertThat(rows).hasSize(5);
            List<Integer> titleCells = new ArrayList<>();
            for (String row : rows) {
                String title = title(row);
                titleCells.add(widths.of(row.substring(0, row.length() - title.length())));
                assertThat(widths.of(row)).isLessThanOrEqualTo(60);
            }
            assertThat(titleCells).as("ambiguous width %d", ambiguous).containsOnly(titleCells.get(0));
        }
    }

    @Test
    void aLongTitleIsCutToTheWidthWithAnEllipsis() throws IOException {
        SampleFolder.post(folder, "long.md", """
                ---
                title: 这是一个非常非常长的标题，长到一行放不下，必须在列表里截断才能保持对齐
                date: 2025-01-01T00:00:00Z
                ---
                正文
                """);
        String row = rowsOf(session.type().answer(0)).get(0);

        assertThat(row).endsWith("…");
        assertThat(CellWidth.standard().of(row)).isBetween(59, 60);
    }

    @Test
    void aNumberOpensThatPostRenderedWithinTheWidth() {
        LineSession.Result run = session.type("1", "open 1", "o 2");

        String article = run.answer(1);
        assertThat(article).contains(DEEP_LEARNING).contains("Date: 2024-05-03 02:00").contains("Category: 科技 › AI")
                .contains("深度学习是机器学习的一个分支").contains("[1] https://example.com/tutorial")
                .contains("End of post 1 of 5; links lists its 2 links.");
        assertThat(article.replace("\n", "")).contains(SampleFolder.LONG_PARAGRAPH);
        assertThat(article.lines()).allSatisfy(line -> assertThat(CellWidth.standard().of(line)).isLessThanOrEqualTo(60));
        assertThat(article.lines().filter(line -> line.startsWith("深度学习是")).findFirst().orElseThrow())
                .as("the paragraph fills the line rather than being cut short").hasSizeGreaterThan(25);
        assertThat(run.answer(2)).isEqualTo(article);
        assertThat(run.answer(3)).contains(SPRING).contains("End of post 2 of 5.");
    }

    @Test
    void ambiguousCharactersCountAsTwoCellsWhenTheTerminalDrawsThemWide() {
        CellWidth wide = new CellWidth(2);
        LineSession narrow = new LineSession(folder,
                LineSession.testOptions(temp).withAmbiguousWidth(2).withWidth(24));

        String article = narrow.type("1").answer(1);

        assertThat(article).contains("“入门”");
        // Only a line that is one whole address may be wider (cjk-typography.md §2).
        assertThat(article.lines().filter(line -> !newsreader.text.Addresses.isWholeAddressLine(line)))
                .allSatisfy(line -> assertThat(wide.of(line)).as(line).isLessThanOrEqualTo(24));
        assertThat(article.lines().filter(line -> line.contains("“"))).allSatisfy(
                line -> assertThat(CellWidth.standard().of(line)).isLessThan(wide.of(line)));
    }

    @Test
    void nextAndPrevWalkTheListAndStopAtItsEnds() {
        LineSession.Result run = session.type("p", "n", "next", "prev", "p", "5", "n");

        assertThat(run.answer(1)).contains("No post of this list is open, so there is no previous one");
        assertThat(run.answer(2)).as("next with nothing open starts at the top").contains("End of post 1 of 5");
        assertThat(run.answer(3)).contains(SPRING).contains("End of post 2 of 5");
        assertThat(run.answer(4)).contains("End of post 1 of 5");
        assertThat(run.answer(5)).contains("Post 1 is the first of the list.");
        assertThat(run.answer(6)).contains(UNDATED).contains("Date: undated");
        assertThat(run.answer(7)).contains("Post 5 is the last of the list.");
    }

    @Test
    void unreadOpensTheNextUnreadPostAfterTheCurrentOneThenFromTheTop() {
        LineSession.Result run = session.type("read 2", "read 4", "3", "u", "u", "u", "unread");

        assertThat(run.answer(4)).as("after 3, skipping read 4").contains("End of post 5 of 5");
        assertThat(run.answer(5)).as("from the top again").contains("End of post 1 of 5");
        assertThat(run.answer(6)).contains("Every post of this list has been read.");
        assertThat(run.answer(7)).contains("Every post of this list has been read.");
    }

    @Test
    void searchFindsTitlesContainingAChineseWordAndNumbersCountInTheResults() {
        LineSession.Result run = session.type("/学习", "1", "search 充电", "search SPRING 启动", "/ｓｐｒｉｎｇ", "/火星");

        assertThat(run.answer(1)).contains("1 post whose title contains \"学习\"");
        assertThat(rowsOf(run.answer(1))).extracting(LineModeTest::title).containsExactly(DEEP_LEARNING);
        assertThat(run.answer(2)).contains(DEEP_LEARNING).contains("End of post 1 of 1");
        assertThat(rowsOf(run.answer(3))).extracting(LineModeTest::title).containsExactly(CHARGER);
        assertThat(rowsOf(run.answer(4))).as("every word, any case").extracting(LineModeTest::title).containsExactly(SPRING);
        assertThat(rowsOf(run.answer(5))).as("full-width letters").extracting(LineModeTest::title).containsExactly(SPRING);
        assertThat(run.answer(6)).contains("No title contains \"火星\"; the list stays as it was.");
    }

    @Test
    void categoryFiltersTheListAndCatAloneCountsEachCategory() {
        LineSession.Result run = session.type("cat", "cat 科技", "2", "cat 科技/AI", "category Hacker\\ News",
                "cat 火星", "all", "cat 科技 › 硬件", "/固件");

        assertThat(run.answer(1)).contains("7 categories, each with its number of posts:")
                .containsPattern("(?m)^2  科技$").containsPattern("(?m)^1  科技 › AI$").containsPattern("(?m)^1  Hacker News$");
        assertThat(rowsOf(run.answer(2))).extracting(LineModeTest::title).containsExactly(DEEP_LEARNING, CHARGER);
        assertThat(run.answer(2)).contains("2 posts in 科技");
        assertThat(run.answer(3)).contains(CHARGER).contains("End of post 2 of 2");
        assertThat(rowsOf(run.answer(4))).extracting(LineModeTest::title).containsExactly(DEEP_LEARNING);
        assertThat(rowsOf(run.answer(5))).extracting(LineModeTest::title).containsExactly(WEEKLY);
        assertThat(run.sentences(6)).contains("No post is in a category \"火星\"; type cat to see the categories.");
        assertThat(rowsOf(run.answer(7))).hasSize(3);
        assertThat(run.answer(7)).contains("All 5 posts");
        assertThat(rowsOf(run.answer(8))).extracting(LineModeTest::title).containsExactly(CHARGER);
        assertThat(run.answer(9)).as("search within the category").contains("1 post in 科技 › 硬件 whose title contains \"固件\"");
    }

    @Test
    void tabCompletesCommandAndCategoryNamesEvenOnADumbTerminal() {
        LineSession.Result run = session.type("categ\t科技/A\t", "cat Hack\t", "all", "sear\tSpring");

        assertThat(run.echo(1)).isEqualTo("category 科技/AI ");
        assertThat(rowsOf(run.answer(1))).extracting(LineModeTest::title).containsExactly(DEEP_LEARNING);
        assertThat(run.echo(2)).isEqualTo("cat Hacker\\ News ");
        assertThat(rowsOf(run.answer(2))).extracting(LineModeTest::title).containsExactly(WEEKLY);
        assertThat(run.echo(4)).isEqualTo("search Spring");
        assertThat(rowsOf(run.answer(4))).extracting(LineModeTest::title).containsExactly(SPRING);
    }

    @Test
    void openingAPostMarksItReadInTheSharedStoreAndTheMarkOutlivesTheSession() {
        session.type("1", "q");

        SharedMarks store = SharedMarks.of(temp.resolve("data"), folder);
        assertThat(store.isRead("2024/deep-learning.md")).isTrue();
        assertThat(store.isRead("spring.md")).isFalse();

        LineSession.Result second = session.type("unread 1", "read 3", "list");
        assertThat(rowsOf(second.answer(0)).get(0)).startsWith("1  ");
        assertThat(second.sentences(0)).contains("All 5 posts, 4 unread (marked *), page 1 of 2:");
        assertThat(second.answer(1)).contains("Marked post 1 of 5 unread: " + DEEP_LEARNING);
        assertThat(rowsOf(second.answer(3))).extracting(row -> row.substring(0, 2)).containsExactly("1*", "2*", "3 ");

        SharedMarks after = SharedMarks.of(temp.resolve("data"), folder);
        assertThat(after.isRead("2024/deep-learning.md")).isFalse();
        assertThat(after.isRead("charger.md")).isTrue();
    }

    @Test
    void badNumbersAndUnknownCommandsGetAPlainSentence() {
        LineSession.Result run = session.type("42", "open 0", "open abc", "frobnicate now", "read 9", "image", "links",
                "open", "read");

        assertThat(run.answer(1)).isEqualTo("There is no post 42; the list has 5 posts.\n");
        assertThat(run.answer(2)).contains("There is no post 0; the list has 5 posts.");
        assertThat(run.answer(3)).contains("\"abc\" is not a post number; type list to see the numbers.");
        assertThat(run.sentences(4)).contains("There is no command \"frobnicate\"; type help to see the commands.");
        assertThat(run.answer(5)).contains("There is no post 9");
        assertThat(run.answer(6)).contains("No post is open");
        assertThat(run.answer(7)).contains("No post is open");
        assertThat(run.answer(8)).contains("No post is open yet");
        assertThat(run.answer(9)).contains("No post is open");
        assertThat(run.exitCode()).isZero();
    }

    @Test
    void imagePrintsTheHeaderImageAndLinksTheNumberedReferences() {
        LineSession.Result run = session.type("1", "image", "links", "i", "2", "i", "links");

        assertThat(run.answer(2)).isEqualTo("Header image: https://example.com/images/dl.jpg\n");
        assertThat(run.answer(3)).contains("2 links of post 1 of 5:")
                .contains("[1] https://example.com/tutorial (官方教程)")
                .contains("[2] image: https://example.com/images/net.png (网络结构)");
        assertThat(run.answer(4)).isEqualTo(run.answer(2));
        assertThat(run.answer(6)).contains("Post 2 of 5 has no header image.");
        assertThat(run.answer(7)).contains("Post 2 of 5 has no links.");
    }

    @Test
    void problemsListsTheFilesThatCouldNotBeRead() {
        String answer = session.type("problems").answer(1);

        assertThat(answer).contains("1 file could not be read as posts:").contains("broken.md: YAML error");
    }

    @Test
    void aPostDeletedAfterTheScanGivesItsReasonAndTheSessionGoesOn() throws IOException {
        Path late = SampleFolder.post(folder, "late.md", "---\ntitle: 迟到的文章\ndate: 2030-01-01T00:00:00Z\n---\n正文\n");

        LineSession.Result run = session.run(changingOnFirstRead(() -> Files.delete(late), "1\n2\n"));

        assertThat(rowsOf(run.answer(0)).get(0)).endsWith("迟到的文章");
        assertThat(run.answer(1)).startsWith("Post 1 of 6 cannot be opened:").doesNotContain("Date:");
        assertThat(run.answer(2)).contains(DEEP_LEARNING).contains("End of post 2 of 6");
        assertThat(run.exitCode()).isZero();
    }

    @Test
    void rescanSeesPostsAddedSinceAndKeepsTheOpenPost() throws IOException {
        FolderChange addPost = () -> SampleFolder.post(folder, "new.md",
                "---\ntitle: 新到的文章\ndate: 2031-01-01T00:00:00Z\ncategories:\n- 科技\n---\n正文\n");

        LineSession.Result run = session.run(changingOnFirstRead(addPost, "cat 科技\n1\nrescan\nn\n"));

        assertThat(rowsOf(run.answer(1))).hasSize(2);
        assertThat(run.sentences(3)).contains("Read the folder again: 6 posts (5 before); 1 file could not be read")
                .contains("3 posts in 科技");
        assertThat(rowsOf(run.answer(3))).extracting(LineModeTest::title).containsExactly("新到的文章", DEEP_LEARNING, CHARGER);
        assertThat(run.answer(4)).as("next goes on from the open post").contains("End of post 3 of 3").contains(CHARGER);
    }

    @Test
    void readAllMarksTheWholeListRead() {
        LineSession.Result run = session.type("cat 科技", "read all", "all");

        assertThat(run.sentences(2)).contains("Marked all 2 posts of the list read.");
        assertThat(rowsOf(run.answer(3))).extracting(row -> row.substring(0, 2)).containsExactly("1 ", "2*", "3 ");
        assertThat(run.sentences(3)).contains("All 5 posts, 3 unread (marked *)");
        SharedMarks store = SharedMarks.of(temp.resolve("data"), folder);
        assertThat(store.isRead("2024/deep-learning.md")).isTrue();
        assertThat(store.isRead("charger.md")).isTrue();
    }

    @Test
    void helpListsEveryCommandAndExplainsOne() {
        LineSession.Result run = session.type("help", "?", "help cat", "help nonsense");

        for (Command command : Command.values()) {
            assertThat(run.answer(1)).contains("- " + command.usage());
        }
        assertThat(run.answer(2)).isEqualTo(run.answer(1));
        assertThat(run.answer(3)).contains("cat [PATH]: list the categories").contains("Also written category.");
        assertThat(run.answer(4)).contains("There is no command \"nonsense\"");
    }

    @Test
    void quitLeavesAtOnceAndEndOfInputLeavesToo() {
        LineSession.Result quit = session.type("q", "1");
        assertThat(quit.exitCode()).isZero();
        assertThat(quit.output()).doesNotContain("Date:");
        assertThat(quit.output().split(LineMode.PROMPT, -1)).hasSize(2);

        LineSession.Result exit = session.type("exit", "1");
        assertThat(exit.output()).doesNotContain("Date:");

        LineSession.Result endOfInput = session.type("2");
        assertThat(endOfInput.exitCode()).isZero();
        assertThat(endOfInput.output()).contains("End of post 2 of 5");
    }

    @Test
    void plainInputReadsLinesWithoutEchoOrHistoryForTerminalsThatEditLinesThemselves() {
        LineSession plain = new LineSession(folder, LineSession.testOptions(temp).withPlainInput(true));

        LineSession.Result run = plain.type("/学习", "1", "cat\t");

        assertThat(run.output()).doesNotContain("\r").doesNotContain("/学习");
        assertThat(run.answer(1)).startsWith("1 post whose title contains \"学习\"");
        assertThat(run.answer(2)).startsWith(DEEP_LEARNING);
        assertThat(run.sentences(3)).as("a TAB is just a space").contains("7 categories");
        assertThat(temp.resolve("state").resolve("line-history")).doesNotExist();
    }

    @Test
    void historyIsKeptInTheGivenFile() throws IOException {
        session.type("/学习", "cat 科技", "q");

        Path history = temp.resolve("state").resolve("line-history");
        assertThat(history).exists();
        assertThat(Files.readString(history)).contains("/学习").contains("cat 科技");
    }

    @Test
    void anEmptyFolderSaysSoAndEveryCommandStillAnswers() throws IOException {
        Path empty = Files.createDirectories(temp.resolve("empty"));
        LineSession.Result run = new LineSession(empty, LineSession.testOptions(temp))
                .type("list", "more", "1", "n", "u", "/学习", "cat", "problems", "read all");

        assertThat(run.sentences(0)).contains("0 posts in");
        assertThat(run.answer(1)).isEqualTo("No posts.\n");
        assertThat(run.sentences(2)).contains("That was the last page; the list has 0 posts.");
        assertThat(run.sentences(3)).contains("There is no post 1; the list is empty.");
        assertThat(run.sentences(4)).contains("The list is empty");
        assertThat(run.sentences(5)).contains("The list is empty");
        assertThat(run.sentences(6)).contains("No title contains \"学习\"");
        assertThat(run.sentences(7)).contains("No post has a category.");
        assertThat(run.sentences(8)).contains("Every file of the folder was read as a post.");
        assertThat(run.sentences(9)).contains("The list is empty; nothing to mark.");
        assertThat(run.exitCode()).isZero();
    }

    @Test
    void aFolderThatIsNotThereIsRefusedWithExitCodeTwo() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = LineMode.run(temp.resolve("missing"), LineSession.testOptions(temp),
                new ByteArrayInputStream(new byte[0]), out);

        assertThat(exit).isEqualTo(2);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("missing: not a folder");
    }

    @Test
    void controlCharactersInPostsNeverReachTheTerminal() throws IOException {
        SampleFolder.post(folder, "hostile.md", """
                ---
                title: "危险\\e]52;c;aGVsbG8=\\a标题\\x9b2J"
                date: 2030-01-01T00:00:00Z
                categories:
                - "坏\\e[31m分类"
                headimg: "https://x/a.jpg\\e[2J"
                ---
                正文\u001b[2J里有转义\u0007。

                [链接\u202e文字](https://example.com/\u001b[5m)
                """);
        LineSession.Result run = session.type("1", "image", "links", "cat", "cat 坏");

        assertThat(run.output()).contains("危险").contains("标题").contains("正文");
        // JLine ends each echoed line with CR LF; any other control character would have come from the post.
        assertThat(run.output().replace("\r\n", "\n").chars()
                .filter(c -> (c < 0x20 && c != '\n') || (c >= 0x7f && c <= 0x9f) || c == 0x202e)).isEmpty();
    }

    @Test
    void thePostsFolderIsNeverWritten() throws IOException {
        Map<Path, String> before = snapshot(folder);

        session.type("1", "n", "read all", "unread 2", "rescan", "/学习", "cat 科技", "links", "q");

        assertThat(snapshot(folder)).isEqualTo(before);
    }

    /** Every file below {@code root} with its modification time and content. */
    private static Map<Path, String> snapshot(Path root) throws IOException {
        Map<Path, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.toList()) {
                files.put(path, Files.getLastModifiedTime(path) + " "
                        + (Files.isRegularFile(path) ? Files.readString(path) : "(folder)"));
            }
        }
        return files;
    }

    /** A change to the folder made while line mode runs. */
    interface FolderChange {
        void make() throws IOException;
    }

    /** Typed input that makes {@code change} when line mode first reads it, that is after the folder was scanned. */
    private static InputStream changingOnFirstRead(FolderChange change, String typed) {
        byte[] bytes = typed.getBytes(StandardCharsets.UTF_8);
        return new InputStream() {
            private int next;

            @Override
            public int read() throws IOException {
                if (next == 0) {
                    change.make();
                }
                return next < bytes.length ? bytes[next++] & 0xff : -1;
            }
        };
    }

    /** The post rows of a list answer: lines that start with a right-aligned number. */
    static List<String> rowsOf(String answer) {
        return answer.lines().filter(line -> line.matches("^ *\\d+[* ] .*")).toList();
    }

    /** The title at the end of a row: whatever follows the last gap of two spaces. */
    static String title(String row) {
        return row.substring(row.lastIndexOf("  ") + 2);
    }

    @Test
    void starMarksAPostInTheSharedStoreAndASecondStarTakesItAway() {
        LineSession.Result run = session.type("star 2", "1", "star", "star", "q");
        assertThat(run.sentences(1)).contains("Starred post 2");
        assertThat(run.sentences(4)).contains("Unstarred post 1");
        SharedMarks store = SharedMarks.of(temp.resolve("data"), folder);
        assertThat(store.isStarred("2024/deep-learning.md")).isFalse();
        assertThat(store.starredCount()).isEqualTo(1);
    }
}
