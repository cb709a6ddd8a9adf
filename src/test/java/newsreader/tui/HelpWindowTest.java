package newsreader.tui;

import static newsreader.tui.Keys.ch;
import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyStroke;
import java.time.ZoneOffset;
import java.util.List;
import newsreader.render.DateLabel;
import newsreader.text.CellWidth;
import org.junit.jupiter.api.Test;

/** The {@code ?} window: every line of the key table, meanings wrapped rather than cut, scrolling, at any size. */
class HelpWindowTest {
    private final FakeServices services = new FakeServices();
    private ReaderState state;
    private ReaderController controller;
    private VirtualScreen screen;
    private ReaderView view;

    private void start(int columns, int rows) {
        state = new ReaderState(TestPosts.sample());
        controller = new ReaderController(state, services, CellWidth.standard());
        controller.resized(columns, rows);
        screen = new VirtualScreen(columns, rows, CellWidth.standard());
        view = new ReaderView(Theme.colour(), CellWidth.standard(), new DateLabel(ZoneOffset.UTC));
        press(ch('?'));
    }

    private void press(KeyStroke... keys) {
        for (KeyStroke k : keys) {
            controller.key(k);
        }
        screen.draw(state, view);
    }

    @Test
    void aLongMeaningIsWrappedBesideItsKeysNeverCut() {
        List<String> lines = new HelpText(CellWidth.standard()).lines(List.of(
                new KeyBindings.HelpLine("u", "links and images of the article, the header image first; a number opens one"),
                new KeyBindings.HelpLine("z", "undo")), 50);
        assertThat(lines).allSatisfy(line -> assertThat(CellWidth.standard().of(line)).isLessThanOrEqualTo(50));
        assertThat(String.join(" ", lines).replaceAll("\\s+", " "))
                .contains("links and images of the article, the header image first; a number opens one");
        assertThat(lines.get(0)).startsWith("u ");
        assertThat(lines.get(1)).startsWith("  ");
        assertThat(lines).last().isEqualTo("z undo");
    }

    @Test
    void everyMeaningCanBeScrolledToWholeAt80Columns() {
        start(80, 24);
        StringBuilder seen = new StringBuilder();
        StringBuilder window = new StringBuilder();
        for (int page = 0; page < 20; page++) {
            seen.append(screen.screenText()).append('\n');
            // The window is 72 cells in the middle; the list behind it may show its own cut titles at the sides.
            for (int row = 0; row < 23; row++) {
                for (int column = 4; column < 76; column++) {
                    window.append(screen.cell(column, row).getCharacterString());
                }
            }
            press(ch('j'), ch('j'), ch('j'), ch('j'), ch('j'));
        }
        String all = seen.toString();
        for (KeyBindings.HelpLine line : KeyBindings.help()) {
            // Wrapped meanings continue on the next row: their first words at least are on the keys' row.
            String start = line.meaning().length() > 12 ? line.meaning().substring(0, 12) : line.meaning();
            assertThat(all).as("help shows %s", line.keys()).contains(line.keys()).contains(start);
        }
        assertThat(all).contains("the next").contains("unread post");
        assertThat(window.toString()).doesNotContain("…");
    }

    @Test
    void atTwentyByAixTheWindowShowsKeysAndMeaningsAndScrolls() {
        start(20, 6);
        String first = screen.screenText();
        assertThat(first).contains("Keys").doesNotContain("…");
        assertThat(first).contains("↑ ↓  k j").contains("move");
        press(ch('G'));
        String last = screen.screenText();
        assertThat(last).contains("mouse wheel").doesNotContain("…");
        assertThat(last).doesNotContain("↑ ↓  k j");
        press(ch('g'));
        assertThat(screen.screenText()).contains("↑ ↓  k j");
        press(ch('?'));
        assertThat(state.overlay).isEqualTo(ReaderState.Overlay.NONE);
    }
}
