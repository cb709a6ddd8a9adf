package newsreader.tui;

import static newsreader.tui.Keys.key;
import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import java.time.ZoneOffset;
import newsreader.reading.TextMeasure;
import newsreader.render.DateLabel;
import newsreader.text.CellWidth;
import org.junit.jupiter.api.Test;

/** An article on a wide screen keeps its measure: laid out at most text-width cells, at the left or centred. */
class TextMeasureTest {
    private final FakeServices services = new FakeServices();
    private ReaderState state;
    private VirtualScreen screen;

    private void open(int columns, TextMeasure measure) {
        state = new ReaderState(TestPosts.sample());
        state.textMeasure = measure;
        ReaderController controller = new ReaderController(state, services, CellWidth.standard());
        controller.resized(columns, 20);
        services.bodies.put("a.md", "字".repeat(300));
        controller.key(key(KeyType.Enter));
        screen = new VirtualScreen(columns, 20, CellWidth.standard());
        screen.draw(state, new ReaderView(Theme.colour(), CellWidth.standard(), new DateLabel(ZoneOffset.UTC)));
    }

    private int bodyRow() {
        return screen.rowContaining("字字字");
    }

    @Test
    void at160ColumnsTheArticleIsLaidOutAtTheMeasureAtTheLeft() {
        open(160, new TextMeasure(80, false));
        assertThat(services.layoutWidths).containsExactly(80);
        int row = bodyRow();
        assertThat(screen.columnOf("字", row)).isEqualTo(state.layout().article().column());
        assertThat(screen.row(row).stripTrailing()).hasSize(state.layout().article().column() + 40);
    }

    @Test
    void centredTheArticleStandsInTheMiddle() {
        open(160, new TextMeasure(80, true));
        Layout.Rect room = state.layout().article();
        assertThat(screen.columnOf("字", bodyRow())).isEqualTo(room.column() + (room.width() - 80) / 2);
    }

    @Test
    void aNarrowScreenUsesItsWholeWidth() {
        open(60, TextMeasure.defaults());
        assertThat(services.layoutWidths).containsExactly(state.layout().article().width());
    }
}
