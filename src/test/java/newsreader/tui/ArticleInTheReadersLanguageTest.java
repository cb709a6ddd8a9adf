package newsreader.tui;

import static newsreader.config.InterfaceLanguage.SIMPLIFIED_CHINESE;
import static newsreader.config.InterfaceLanguage.TRADITIONAL_CHINESE;
import static newsreader.tui.Keys.ch;
import static newsreader.tui.Keys.key;
import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.concurrent.LinkedBlockingQueue;
import newsreader.messages.Messages;
import newsreader.post.PostScanner;
import newsreader.reading.Library;
import newsreader.reading.ReadState;
import newsreader.reading.Reading;
import newsreader.render.DateLabel;
import newsreader.text.CellWidth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The full-screen reader, in-process with the real folder services, shows an article's header labels and markers
 * and its problems' reasons in the interface's language, and a wrapped header value stays under its value on a narrow screen.
 */
class ArticleInTheReadersLanguageTest {
    private static final CellWidth WIDTHS = CellWidth.standard();

    @TempDir
    Path folder;
    private ReaderState state;
    private ReaderController controller;
    private VirtualScreen screen;
    private ReaderView view;

    /** The reader on the folder with the real services, in-process, on a screen of {@code columns} × {@code rows}. */
    private void start(int columns, int rows) {
        DateLabel dates = new DateLabel(ZoneOffset.UTC);
        FolderServices services = new FolderServices(folder, new Reading(dates, WIDTHS), ReadState.inMemory(),
                new LinkedBlockingQueue<>());
        state = new ReaderState(Library.of(folder, new PostScanner().scan(folder)));
        controller = new ReaderController(state, services, WIDTHS);
        screen = new VirtualScreen(columns, rows, WIDTHS);
        view = new ReaderView(Theme.colour(), WIDTHS, dates);
        controller.resized(columns, rows);
    }

    @Test
    void theArticleSpeaksSimplifiedChineseAndItsHeaderStaysAligned() throws Exception {
        Files.writeString(folder.resolve("a.md"), "---\ntitle: 芯片\ndate: 2024-01-01T08:00:00Z\n"
                + "author: 一位名字很长很长的作者和他的合作者们\ncategories: [科技]\n---\n\n正文。\n\n"
                + "![电路板](https://img.example/b.png)\n", StandardCharsets.UTF_8);
        try (var simplified = Messages.speaking(SIMPLIFIED_CHINESE)) {
            start(30, 20);
            controller.key(key(KeyType.Enter));
            screen.draw(state, view);

            assertThat(state.mode).isEqualTo(ReaderState.Mode.ARTICLE);
            String shown = screen.screenText();
            assertThat(shown).contains("日期：2024-01-01 08:00", "分类：科技", "[图片 1：电路板]")
                    .doesNotContain("Date:", "Author:", "image");
            int row = rowStartingWith(screen, "作者：");
            assertThat(screen.row(row + 1)).as("the author's next line starts under the value, six cells in")
                    .startsWith("      ").doesNotStartWith("       ");
            for (int r = 0; r < 20; r++) {
                assertThat(WIDTHS.of(screen.row(r))).isLessThanOrEqualTo(30);
            }
        }
    }

    @Test
    void theProblemsCategoryGivesEachFilesReasonInTraditionalChinese() throws Exception {
        Files.writeString(folder.resolve("a.md"), "---\ntitle: 芯片\ndate: 2024-01-01T08:00:00Z\n---\n\n正文。\n",
                StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("empty.md"), "");
        try (var traditional = Messages.speaking(TRADITIONAL_CHINESE)) {
            start(80, 24);

            controller.key(key(KeyType.Tab));
            controller.key(ch('G'));
            screen.draw(state, view);
            assertThat(state.listingProblems).isTrue();
            assertThat(screen.screenText()).contains("empty.md", "空檔案").doesNotContain("empty file");

            controller.key(key(KeyType.Enter));
            controller.key(key(KeyType.Enter));
            screen.draw(state, view);
            assertThat(state.mode).isEqualTo(ReaderState.Mode.ARTICLE);
            assertThat(screen.screenText()).contains("空檔案");
        }
    }

    private static int rowStartingWith(VirtualScreen screen, String start) {
        for (int row = 0; row < 20; row++) {
            if (screen.row(row).startsWith(start)) {
                return row;
            }
        }
        throw new AssertionError("no row starts with " + start + ":\n" + screen.screenText());
    }
}
