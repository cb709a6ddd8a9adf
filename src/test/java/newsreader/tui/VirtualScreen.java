package newsreader.tui;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import newsreader.text.CellWidth;
import newsreader.tui.term.CellPainter;
import newsreader.tui.term.GlyphAliases;
import newsreader.tui.term.GlyphMapper;

/** The reader's views drawn through a real Lanterna screen into Lanterna's virtual terminal, read back by cell. */
final class VirtualScreen {
    final DefaultVirtualTerminal terminal;
    final TerminalScreen screen;
    final CellPainter painter;
    final GlyphAliases aliases = new GlyphAliases();

    VirtualScreen(int columns, int rows, CellWidth widths) {
        try {
            terminal = new DefaultVirtualTerminal(new TerminalSize(columns, rows));
            screen = new TerminalScreen(terminal);
            screen.startScreen();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        painter = new CellPainter(screen, new GlyphMapper(widths, aliases));
    }

    void draw(ReaderState state, ReaderView view) {
        try {
            TerminalPosition cursor = view.draw(state, painter);
            screen.setCursorPosition(cursor);
            screen.refresh(Screen.RefreshType.COMPLETE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int columns() {
        return terminal.getTerminalSize().getColumns();
    }

    TextCharacter cell(int column, int row) {
        return terminal.getCharacter(column, row);
    }

    /** The clusters of a row with the column each starts at; the second cell of a wide character is skipped. */
    List<Cell> cells(int row) {
        List<Cell> cells = new ArrayList<>();
        for (int column = 0; column < columns(); column++) {
            TextCharacter c = cell(column, row);
            String text = aliases.expand(c.getCharacterString()).replace(String.valueOf(GlyphMapper.WIDTH_MARKER), "");
            cells.add(new Cell(column, text, c.isDoubleWidth(), c));
            if (c.isDoubleWidth()) {
                column++;
            }
        }
        return cells;
    }

    /** The row as text, as a terminal would show it. */
    String row(int row) {
        StringBuilder text = new StringBuilder();
        for (Cell cell : cells(row)) {
            text.append(cell.text());
        }
        return text.toString();
    }

    /** The column at which {@code text} starts on {@code row}, or -1. */
    int columnOf(String text, int row) {
        List<Cell> cells = cells(row);
        for (int i = 0; i < cells.size(); i++) {
            StringBuilder joined = new StringBuilder();
            for (int j = i; j < cells.size() && joined.length() < text.length(); j++) {
                joined.append(cells.get(j).text());
            }
            if (joined.toString().startsWith(text)) {
                return cells.get(i).column();
            }
        }
        return -1;
    }

    /** The tree pane's part (left of the divider) of the first row whose tree part holds {@code text}; empty if none. */
    String treeRow(String text) {
        for (String line : screenText().split("\n")) {
            int bar = line.indexOf('│');
            if (bar > 0 && line.substring(0, bar).contains(text)) {
                return line.substring(0, bar);
            }
        }
        return "";
    }

    /** The row whose text contains {@code text}, or -1. */
    int rowContaining(String text) {
        for (int row = 0; row < terminal.getTerminalSize().getRows(); row++) {
            if (row(row).contains(text)) {
                return row;
            }
        }
        return -1;
    }

    String screenText() {
        StringBuilder all = new StringBuilder();
        for (int row = 0; row < terminal.getTerminalSize().getRows(); row++) {
            all.append(row(row)).append('\n');
        }
        return all.toString();
    }

    record Cell(int column, String text, boolean wide, TextCharacter character) {
    }
}
