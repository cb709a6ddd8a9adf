package newsreader.tui;

import static newsreader.config.InterfaceLanguage.SIMPLIFIED_CHINESE;
import static newsreader.config.InterfaceLanguage.TRADITIONAL_CHINESE;
import static newsreader.tui.Keys.ch;
import static newsreader.tui.Keys.key;
import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.time.ZoneOffset;
import java.util.List;
import newsreader.config.InterfaceLanguage;
import newsreader.messages.Messages;
import newsreader.post.PostMeta;
import newsreader.render.DateLabel;
import newsreader.text.CellWidth;
import org.junit.jupiter.api.Test;

/**
 * The reader in Chinese, in-process: its words take two cells a character, and the status line, the help and the
 * links window still fit the screen and stay aligned, down to 20×6. The man page keeps the English key table.
 */
class ReaderLanguagesTest {
    private static final CellWidth WIDTHS = CellWidth.standard();
    private final FakeServices services = new FakeServices();
    private ReaderState state;
    private ReaderController controller;
    private VirtualScreen screen;
    private ReaderView view;

    private void start(ReaderState initial, int columns, int rows) {
        state = initial;
        controller = new ReaderController(state, services, WIDTHS);
        controller.resized(columns, rows);
        screen = new VirtualScreen(columns, rows, WIDTHS);
        view = new ReaderView(Theme.colour(), WIDTHS, new DateLabel(ZoneOffset.UTC));
        screen.draw(state, view);
    }

    private void press(KeyStroke... keys) {
        for (KeyStroke k : keys) {
            controller.key(k);
        }
        screen.draw(state, view);
    }

    /** Every row within the screen, and the status line's last cell never written (the terminal would scroll). */
    private void assertInsideTheScreen() {
        int columns = screen.columns();
        for (int row = 0; row < state.rows; row++) {
            assertThat(WIDTHS.of(screen.row(row))).as("row %d: %s", row, screen.row(row)).isLessThanOrEqualTo(columns);
        }
        int status = state.rows - 1;
        assertThat(screen.cell(columns - 1, status).getCharacterString()).as("bottom-right cell").isEqualTo(" ");
        for (VirtualScreen.Cell cell : screen.cells(status)) {
            assertThat(cell.wide() && cell.column() >= columns - 1).as("a wide character cut at the edge").isFalse();
        }
    }

    @Test
    void theStatusLineSpeaksSimplifiedChineseAtTwentyColumnsWithoutOverflow() {
        try (var simplified = Messages.speaking(SIMPLIFIED_CHINESE)) {
            start(new ReaderState(TestPosts.sample()), 20, 6);
            String status = screen.row(5);
            assertThat(status).startsWith("1/").contains("全部");
            assertInsideTheScreen();

            // A question longer than the line: cut with the text module's "…", measured in cells.
            press(ch('A'));
            status = screen.row(5).stripTrailing();
            assertThat(status).startsWith("把").endsWith("…");
            assertThat(WIDTHS.of(status)).isLessThanOrEqualTo(19);
            assertInsideTheScreen();

            // A message on the right: at most two thirds of the line, the position cut to leave it room.
            press(ch('n'));
            status = screen.row(5).stripTrailing();
            assertThat(status).contains("什么也没").startsWith("1/");
            assertThat(WIDTHS.of(status)).isLessThanOrEqualTo(19);
            assertThat(screen.columnOf("什么", 5)).as("the message ends one cell before the edge")
                    .isEqualTo(19 - WIDTHS.of(status.substring(status.indexOf("什么"))));
            assertInsideTheScreen();
        }
    }

    @Test
    void theHelpSpeaksTraditionalChineseAtTwentyBySixInsideTheScreen() {
        try (var traditional = Messages.speaking(TRADITIONAL_CHINESE)) {
            start(new ReaderState(TestPosts.sample()), 20, 6);
            press(ch('?'));
            String shown = screen.screenText();
            assertThat(shown).contains("按鍵").contains("移動").doesNotContain("move").doesNotContain("Keys");
            assertInsideTheScreen();
            for (int page = 0; page < 40; page++) {
                press(ch('j'), ch('j'), ch('j'), ch('j'));
                assertInsideTheScreen();
                shown += screen.screenText();
            }
            assertThat(shown).as("the last line of the table, scrolled to").contains("滑鼠滾輪");
        }
    }

    @Test
    void theHelpsTitleKeepsItsHintApartInEveryLanguage() {
        // A bundle's value loses its leading spaces: the hint is written with the title's place, never appended.
        start(new ReaderState(TestPosts.sample()), 80, 24);
        press(ch('?'));
        assertThat(screen.screenText()).containsPattern("Keys \\d+-\\d+/\\d+  \\(q closes, j/k scroll\\)");
        try (var simplified = Messages.speaking(SIMPLIFIED_CHINESE)) {
            press(ch('q'), ch('?'));
            assertThat(screen.screenText()).containsPattern("按键 \\d+-\\d+/\\d+（q 关闭，j/k 滚动）");
        }
    }

    @Test
    void theLocaleNoticeSpeaksTheLanguageAndNamesTheVariableAsItIs() {
        try (var simplified = Messages.speaking(SIMPLIFIED_CHINESE)) {
            assertThat(StartupCheck.localeWarning(java.util.Map.of("LANG", "zh_CN.GBK"))).hasValueSatisfying(
                    notice -> assertThat(notice).startsWith("locale LANG=zh_CN.GBK 不是 UTF-8").contains("LANG=C.UTF-8"));
        }
        try (var traditional = Messages.speaking(TRADITIONAL_CHINESE)) {
            assertThat(StartupCheck.localeWarning(java.util.Map.of())).hasValueSatisfying(
                    notice -> assertThat(notice).startsWith("沒有設定 locale"));
        }
    }

    @Test
    void theScansProgressIsSaidAsTheScanItselfSaysItInEnglish() {
        newsreader.post.ScanProgress walking = new newsreader.post.ScanProgress(12345, 100000, false);
        assertThat(FolderServices.progressLabel(walking)).isEqualTo(walking.label()).isEqualTo("indexing 12,345 / 100,000…");
        try (var simplified = Messages.speaking(SIMPLIFIED_CHINESE)) {
            assertThat(FolderServices.progressLabel(walking)).isEqualTo("正在读取 12,345 / 100,000…");
            assertThat(FolderServices.progressLabel(new newsreader.post.ScanProgress(5, 5, true)))
                    .isEqualTo("正在读取 5 / 5");
        }
    }

    @Test
    void theKeyTableIsWrittenInAnyLanguageWhateverTheReaderSpeaks() {
        try (var simplified = Messages.speaking(SIMPLIFIED_CHINESE)) {
            assertThat(KeyBindings.help(InterfaceLanguage.ENGLISH).get(0).meaning()).isEqualTo("move / scroll one line");
            assertThat(KeyBindings.help(TRADITIONAL_CHINESE).get(0).meaning()).isEqualTo("移動 / 滾動一行");
            assertThat(KeyBindings.help().get(0).meaning()).isEqualTo("移动 / 滚动一行");
            assertThat(KeyBindings.help(InterfaceLanguage.ENGLISH)).last().isEqualTo(
                    new KeyBindings.HelpLine("mouse wheel", "scrolls, where the terminal sends it as ↑ ↓"))
                    .satisfies(english -> assertThat(KeyBindings.help()).last().extracting(KeyBindings.HelpLine::keys)
                            .isEqualTo("鼠标滚轮"));
            assertThat(KeyBindings.help()).allSatisfy(line -> assertThat(line.meaning()).doesNotContainPattern(
                    "\\b(the|and|of|or|to)\\b"));
        }
    }

    @Test
    void theLinksWindowLinksTheAddressAfterAChineseMarkAtItsColumnInCells() {
        String head = "https://img.example/head.jpg";
        try (var simplified = Messages.speaking(SIMPLIFIED_CHINESE)) {
            List<PostMeta> posts = List.of(TestPosts.withImage(
                    TestPosts.post("x.md", "有图", "2024-01-01T00:00:00Z", "随笔"), head));
            services.bodies.put("x.md", "line\n".repeat(80));
            start(new ReaderState(TestPosts.library(posts)), 100, 30);
            press(key(KeyType.Enter), ch('u'));
            int row = screen.rowContaining("[H] 头图：" + head);
            assertThat(row).isGreaterThanOrEqualTo(0);
            assertThat(state.addressSpots).anySatisfy(spot -> {
                assertThat(spot.spot().text()).isEqualTo(head);
                assertThat(spot.spot().row()).isEqualTo(row);
                assertThat(spot.spot().column()).isEqualTo(screen.columnOf(head, row));
            });
        }
    }
}
