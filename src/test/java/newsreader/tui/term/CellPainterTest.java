package newsreader.tui.term;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.io.IOException;
import java.util.List;
import newsreader.text.CellWidth;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CellPainterTest {
    private DefaultVirtualTerminal terminal;
    private TerminalScreen screen;
    private CellPainter painter;
    private final GlyphAliases aliases = new GlyphAliases();

    @BeforeEach
    void setUp() throws IOException {
        terminal = new DefaultVirtualTerminal(new TerminalSize(12, 4));
        screen = new TerminalScreen(terminal);
        screen.startScreen();
        painter = new CellPainter(screen, new GlyphMapper(CellWidth.standard(), aliases));
    }

    private void refresh() throws IOException {
        screen.refresh(Screen.RefreshType.COMPLETE);
    }

    private String cell(int column, int row) {
        return terminal.getCharacter(column, row).getCharacterString();
    }

    @Test
    void aWideCharacterThatWouldStartInTheLastColumnOfAnAreaLeavesItBlank() throws IOException {
        painter.fill(0, 0, 12, CellStyle.PLAIN);
        painter.text(5, 0, 6, "|", CellStyle.PLAIN);
        int end = painter.text(0, 0, 5, "中文字", CellStyle.PLAIN);
        refresh();
        assertThat(end).isEqualTo(5);
        assertThat(cell(0, 0)).isEqualTo("中");
        assertThat(cell(2, 0)).isEqualTo("文");
        assertThat(cell(4, 0)).isEqualTo(" ");
        assertThat(terminal.getCharacter(4, 0).isDoubleWidth()).isFalse();
        assertThat(cell(5, 0)).as("the neighbouring pane is untouched").isEqualTo("|");
    }

    @Test
    void textStopsAtTheAreaEdge() throws IOException {
        painter.text(0, 1, 4, "abcdefgh", CellStyle.PLAIN);
        refresh();
        assertThat(cell(3, 1)).isEqualTo("d");
        assertThat(cell(4, 1)).isEqualTo(" ");
    }

    @Test
    void theBottomRightCellIsNeverWritten() throws IOException {
        painter.text(0, 3, 12, "abcdefghijkl", CellStyle.PLAIN);
        refresh();
        assertThat(cell(10, 3)).isEqualTo("k");
        assertThat(terminal.getCharacter(11, 3)).isEqualTo(TextCharacter.DEFAULT_CHARACTER);
    }

    @Test
    void charactersLanternaWouldMismeasureTakeTheProgramsWidth() throws IOException {
        // ⭐ and ￥ are wide but narrow to Lanterna; กุ is narrow but two chars (wide to Lanterna).
        painter.text(0, 2, 12, "⭐￥กุa", CellStyle.PLAIN);
        refresh();
        assertThat(terminal.getCharacter(0, 2).isDoubleWidth()).isTrue();
        assertThat(terminal.getCharacter(2, 2).isDoubleWidth()).isTrue();
        assertThat(aliases.expand(cell(4, 2))).isEqualTo("กุ");
        assertThat(terminal.getCharacter(4, 2).isDoubleWidth()).isFalse();
        assertThat(cell(5, 2)).isEqualTo("a");
    }

    @Test
    void highlightsCoverWholeClustersOverlappingTheRange() throws IOException {
        CellStyle mark = CellStyle.PLAIN.withReverse();
        painter.text(0, 0, 12, "ab中cd", CellStyle.PLAIN, List.of(new CellPainter.Range(2, 3)), mark);
        refresh();
        assertThat(terminal.getCharacter(1, 0).getModifiers()).isEmpty();
        assertThat(terminal.getCharacter(2, 0).getModifiers()).contains(com.googlecode.lanterna.SGR.REVERSE);
        assertThat(terminal.getCharacter(4, 0).getModifiers()).isEmpty();
    }
}
