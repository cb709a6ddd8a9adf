package newsreader.tui;

import static newsreader.tui.Keys.ch;
import static newsreader.tui.Keys.key;
import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import newsreader.post.PostMeta;
import newsreader.reading.Library;
import newsreader.render.DateLabel;
import newsreader.text.CellWidth;
import org.junit.jupiter.api.Test;

class ReaderViewTest {
    private final FakeServices services = new FakeServices();
    private ReaderState state;
    private ReaderController controller;
    private VirtualScreen screen;
    private ReaderView view;

    private void start(Library library, int columns, int rows, Theme theme, CellWidth widths) {
        state = new ReaderState(library);
        controller = new ReaderController(state, services, widths);
        controller.resized(columns, rows);
        screen = new VirtualScreen(columns, rows, widths);
        view = new ReaderView(theme, widths, new DateLabel(ZoneOffset.UTC));
        screen.draw(state, view);
    }

    private void start(Library library, int columns, int rows) {
        start(library, columns, rows, Theme.colour(), CellWidth.standard());
    }

    private void press(KeyStroke... keys) {
        for (KeyStroke k : keys) {
            controller.key(k);
        }
        screen.draw(state, view);
    }

    @Test
    void cjkAndAsciiRowsHaveTheirColumnsAtTheSameCells() {
        start(TestPosts.sample(), 100, 30);
        int cjkRow = screen.rowContaining("国产独立游戏");
        int asciiRow = screen.rowContaining("Spring Boot");
        assertThat(cjkRow).isNotNegative();
        assertThat(asciiRow).isNotNegative();
        Layout layout = state.layout();
        ListView.Columns columns = ListView.Columns.of(layout.list().width(), new DateLabel(ZoneOffset.UTC).width());
        int titleColumn = layout.list().column() + columns.title();
        assertThat(screen.columnOf("国产独立游戏", cjkRow)).isEqualTo(titleColumn);
        assertThat(screen.columnOf("Spring Boot", asciiRow)).isEqualTo(titleColumn);
        assertThat(screen.columnOf("2024-05-03", cjkRow)).isEqualTo(screen.columnOf("2024-05-02", asciiRow));
        // A path too wide for the column keeps its innermost names.
        assertThat(screen.columnOf("cnBeta › 最新", cjkRow)).isEqualTo(screen.columnOf("编程 › Java", asciiRow));
        // The divider is in the same column on every row, whatever the tree's names.
        for (int row = 0; row < layout.tree().height(); row++) {
            assertThat(screen.cell(layout.dividerColumn(), row).getCharacterString()).isEqualTo("│");
        }
    }

    @Test
    void emojiAndExtensionBCharactersOccupyTwoCellsEachAtTheRightColumns() {
        List<PostMeta> posts = List.of(
                TestPosts.post("x.md", "A😀B𠀋C⭐D", "2024-01-01T00:00:00Z", "随笔"),
                TestPosts.post("y.md", "ABCDEFGHIJ", "2024-01-01T00:00:00Z", "随笔"));
        start(TestPosts.library(posts), 100, 30);
        int row = screen.rowContaining("A😀B");
        int x = screen.columnOf("A😀B", row);
        assertThat(screen.columnOf("ABCDEFGHIJ", screen.rowContaining("ABCDEFGHIJ"))).isEqualTo(x);
        assertThat(screen.cell(x, row).getCharacterString()).isEqualTo("A");
        assertThat(screen.cell(x + 1, row).getCharacterString()).isEqualTo("😀");
        assertThat(screen.cell(x + 1, row).isDoubleWidth()).isTrue();
        assertThat(screen.cell(x + 3, row).getCharacterString()).isEqualTo("B");
        assertThat(screen.cell(x + 4, row).getCharacterString()).isEqualTo("𠀋");
        assertThat(screen.cell(x + 4, row).isDoubleWidth()).isTrue();
        assertThat(screen.cell(x + 6, row).getCharacterString()).isEqualTo("C");
        assertThat(screen.cell(x + 7, row).isDoubleWidth()).isTrue();
        assertThat(screen.cell(x + 9, row).getCharacterString()).isEqualTo("D");
    }

    @Test
    void noWideCharacterStartsInTheLastColumnOfAPane() {
        List<PostMeta> posts = new ArrayList<>();
        // Titles of every parity, so that some CJK character would fall on each pane's last column.
        for (int i = 0; i < 20; i++) {
            posts.add(TestPosts.post("p" + i + ".md", "x".repeat(i % 2) + "中文标题很长很长".repeat(12),
                    "2024-01-01T00:00:00Z", "x".repeat(i % 3) + "分类名称很长很长很长很长很长很长"));
        }
        for (int columns : new int[] {80, 81, 99, 100, 20, 21, 45}) {
            start(TestPosts.library(posts), columns, 24);
            assertNoWideStartAtPaneEnds();
            press(key(KeyType.Tab));
            assertNoWideStartAtPaneEnds();
        }
    }

    private void assertNoWideStartAtPaneEnds() {
        Layout layout = state.layout();
        for (Layout.Rect pane : List.of(layout.tree(), layout.list(), layout.article())) {
            if (pane.isEmpty()) {
                continue;
            }
            for (int row = pane.row(); row < pane.row() + pane.height(); row++) {
                for (VirtualScreen.Cell cell : screen.cells(row)) {
                    if (cell.wide()) {
                        assertThat(cell.column())
                                .as("wide %s on row %d at %d, pane ends at %d", cell.text(), row, cell.column(), pane.endColumn())
                                .isNotEqualTo(pane.endColumn() - 1);
                        if (cell.column() >= pane.column() && cell.column() < pane.endColumn()) {
                            assertThat(cell.column() + 1).isLessThan(pane.endColumn());
                        }
                    }
                }
            }
        }
    }

    @Test
    void aTinyTwentyBySixTerminalShowsWhatFitsInEveryScreen() {
        start(TestPosts.sample(), 20, 6);
        assertThat(screen.row(5)).contains("1/5");
        press(key(KeyType.Tab));
        assertThat(screen.screenText()).contains("All posts");
        press(key(KeyType.Tab));
        press(key(KeyType.Enter));
        assertThat(state.mode).isEqualTo(ReaderState.Mode.ARTICLE);
        assertThat(screen.screenText()).contains("国产");
        press(ch('/'), ch('游'));
        press(key(KeyType.Enter), ch('?'));
        assertThat(screen.screenText()).contains("Keys");
        press(ch('q'), ch('u'));
        press(ch('q'), ch('q'), ch('/'), ch('笔'));
        assertThat(screen.row(5)).contains("Filter: 笔");
    }

    @Test
    void shrinkingTheTerminalLeavesNoStaleWideCharacterThatWouldScrollTheScreen() throws Exception {
        List<PostMeta> posts = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            // At 60 columns the category column puts a wide character on the cell that becomes the bottom-right one.
            posts.add(TestPosts.post("p" + i + ".md", "标题" + i, "2024-01-01T00:00:00Z", "新闻中心"));
        }
        start(TestPosts.library(posts), 60, 20);
        screen.terminal.setTerminalSize(new com.googlecode.lanterna.TerminalSize(20, 6));
        com.googlecode.lanterna.TerminalSize size = screen.screen.doResizeIfNecessary();
        controller.resized(size.getColumns(), size.getRows());
        screen.draw(state, view);
        assertThat(screen.row(0)).contains("标题0");
        assertThat(screen.row(5)).startsWith("1/10");
        assertThat(screen.cell(19, 5).isDoubleWidth()).isFalse();
    }

    @Test
    void evenSmallerTerminalsDoNotFail() {
        for (int[] size : new int[][] {{1, 1}, {2, 2}, {5, 2}, {10, 3}, {3, 10}}) {
            start(TestPosts.sample(), size[0], size[1]);
            press(key(KeyType.Enter), ch('j'), ch('?'), ch('q'), ch('u'), ch('q'), ch('q'));
        }
    }

    @Test
    void controlCharactersFromPostsNeverReachACell() {
        List<PostMeta> posts = List.of(TestPosts.post("evil.md", "\u001b]0;pwned\u0007标题\u009b31m\u202Egnp.exe",
                "2024-01-01T00:00:00Z", "新\u001b[2J闻"));
        start(TestPosts.library(posts), 100, 30);
        services.bodies.put("evil.md", "正文\u001b[31m红色\u0085下一行");
        press(ch('o'), key(KeyType.Enter));
        press(ch('q'));
        String text = screen.screenText();
        assertThat(text).contains("标题");
        for (char c : text.toCharArray()) {
            boolean control = (c < 0x20 && c != '\n') || (c >= 0x7f && c <= 0x9f) || c == '\u202E';
            assertThat(control).as("control character U+%04X on screen", (int) c).isFalse();
        }
    }

    @Test
    void selectionIsReverseVideoInMonochromeAndColouredOtherwise() {
        start(TestPosts.sample(), 100, 30, Theme.monochrome(), CellWidth.standard());
        int row = state.layout().list().row();
        int column = state.layout().list().column();
        assertThat(screen.cell(column, row).getModifiers()).contains(SGR.REVERSE);
        assertThat(screen.cell(column, row + 1).getModifiers()).doesNotContain(SGR.REVERSE);
        assertThat(screen.cell(0, row).getModifiers()).as("the unfocused tree's selection").contains(SGR.UNDERLINE);
        assertThat(screen.cell(column, row).getBackgroundColor()).isEqualTo(TextColor.ANSI.DEFAULT);
        for (int r = 0; r < 29; r++) {
            for (int c = 0; c < 100; c++) {
                assertThat(screen.cell(c, r).getForegroundColor()).isEqualTo(TextColor.ANSI.DEFAULT);
            }
        }

        start(TestPosts.sample(), 100, 30, Theme.colour(), CellWidth.standard());
        assertThat(screen.cell(column, row).getBackgroundColor()).isEqualTo(TextColor.ANSI.BLUE);
    }

    @Test
    void searchMatchesAreHighlightedInTheArticle() {
        start(TestPosts.sample(), 100, 30);
        services.bodies.put("a.md", "前面的文字外婆后面的文字");
        press(key(KeyType.Enter), ch('/'), ch('外'), ch('婆'), key(KeyType.Enter));
        int row = screen.rowContaining("外婆");
        int x = screen.columnOf("外婆", row);
        assertThat(screen.cell(x, row).getBackgroundColor()).isEqualTo(TextColor.ANSI.YELLOW_BRIGHT);
        assertThat(screen.cell(x + 2, row).getBackgroundColor()).isEqualTo(TextColor.ANSI.YELLOW_BRIGHT);
        assertThat(screen.cell(x + 4, row).getBackgroundColor()).isEqualTo(TextColor.ANSI.DEFAULT);
        assertThat(screen.cell(x - 2, row).getBackgroundColor()).isEqualTo(TextColor.ANSI.DEFAULT);
    }

    @Test
    void statusLineShowsPositionCategoryFilterAndScrollPosition() {
        start(TestPosts.sample(), 100, 30);
        press(ch('j'));
        assertThat(screen.row(29)).startsWith("2/5  All posts");
        press(ch('/'), ch('s'), key(KeyType.Enter));
        assertThat(screen.row(29)).contains("1/2").contains("filter: s");
        press(key(KeyType.Enter));
        assertThat(screen.row(29)).contains("line 1-").contains("100%");
    }

    @Test
    void treeShowsUnreadAndTotalCountsThatFollowReading() {
        start(TestPosts.sample(), 100, 30);
        int row = screen.rowContaining("新媒体");
        assertThat(screen.row(row)).contains("3/3");
        press(key(KeyType.Tab), ch('j'), ch('j'), ch('j'), key(KeyType.Tab), key(KeyType.Enter), ch('q'));
        assertThat(screen.row(row)).contains("2/3");
        assertThat(screen.row(screen.rowContaining("All posts"))).contains("4/5");
    }

    @Test
    void withAmbiguousWidthTwoTheDividerIsAsciiAndColumnsStillAlign() {
        start(TestPosts.sample(), 100, 30, Theme.colour(), new CellWidth(2));
        Layout layout = state.layout();
        assertThat(screen.cell(layout.dividerColumn(), 0).getCharacterString()).isEqualTo("|");
        int a = screen.columnOf("国产", screen.rowContaining("国产"));
        int b = screen.columnOf("Spring", screen.rowContaining("Spring"));
        assertThat(a).isEqualTo(b);
    }
}
