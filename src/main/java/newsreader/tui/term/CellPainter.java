package newsreader.tui.term;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.screen.Screen;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import newsreader.text.CellWidth;
import newsreader.text.Graphemes;

/**
 * Draws text into a Lanterna {@link Screen} cluster by cluster, at the columns the program's width function
 * computes. It is the only class that calls {@code setCharacter}, so the drawing rules live here:
 * <ul>
 *   <li>text never spills past the right edge it is given (a pane's edge, not only the screen's);</li>
 *   <li>a wide cluster never starts in the last column of that area: the cell stays blank instead;</li>
 *   <li>the bottom-right cell of the screen is never written (some terminals scroll when it is);</li>
 *   <li>zero-width and control clusters are not drawn.</li>
 * </ul>
 */
public final class CellPainter {
    private static final int CACHE_LIMIT = 20_000;

    private final Screen screen;
    private final GlyphMapper glyphs;
    private final Map<String, Glyph> glyphCache = new HashMap<>();
    private final Map<CellKey, TextCharacter> characterCache = new HashMap<>();

    public CellPainter(Screen screen, GlyphMapper glyphs) {
        this.screen = screen;
        this.glyphs = glyphs;
    }

    public CellWidth widths() {
        return glyphs.widths();
    }

    public int columns() {
        return screen.getTerminalSize().getColumns();
    }

    public int rows() {
        return screen.getTerminalSize().getRows();
    }

    /**
     * Fills the whole screen with blank default cells. The bottom-right cell, which is never drawn, is reset too:
     * after a resize it could hold a stale wide character from the bigger screen, and printing that in the last
     * column of the last row makes the terminal wrap and scroll the whole screen up.
     */
    public void clear() {
        fillRect(0, 0, columns(), rows(), CellStyle.PLAIN);
        screen.setCharacter(columns() - 1, rows() - 1, TextCharacter.DEFAULT_CHARACTER);
    }

    public void fillRect(int column, int row, int width, int height, CellStyle style) {
        for (int r = row; r < row + height; r++) {
            fill(column, r, column + width, style);
        }
    }

    /** Blank cells in {@code style} from {@code column} up to (not including) {@code endColumn}. */
    public void fill(int column, int row, int endColumn, CellStyle style) {
        // one look-up for the row: every frame blanks the whole screen first, 8,000 cells on 160 x 50
        TextCharacter blank = character(" ", style);
        for (int c = column; c < endColumn; c++) {
            put(c, row, blank);
        }
    }

    /**
     * Draws {@code text} from {@code column} on {@code row}, stopping before {@code endColumn}; returns the column
     * after the last cell drawn. The text should already be safe ({@code SafeText}); anything unsafe is dropped here
     * all the same.
     */
    public int text(int column, int row, int endColumn, String text, CellStyle style) {
        return text(column, row, endColumn, text, style, List.of(), style);
    }

    /**
     * Like {@link #text(int, int, int, String, CellStyle)}, with the clusters that overlap any of
     * {@code highlights} (char ranges of {@code text}) drawn in {@code highlightStyle}.
     */
    public int text(int column, int row, int endColumn, String text, CellStyle style,
                    List<Range> highlights, CellStyle highlightStyle) {
        if (row < 0 || row >= rows()) {
            return column;
        }
        // On the last row the last cell is out of bounds too, so a wide character never covers it.
        int end = Math.min(endColumn, row == rows() - 1 ? columns() - 1 : columns());
        int col = column;
        int offset = 0;
        for (String cluster : Graphemes.clusters(text)) {
            int clusterStart = offset;
            offset += cluster.length();
            if (col >= end) {
                break;
            }
            Glyph glyph = glyphOf(cluster);
            if (glyph == null) {
                continue;
            }
            CellStyle cellStyle = overlaps(highlights, clusterStart, offset) ? highlightStyle : style;
            if (col + glyph.width() > end) {
                // A wide cluster that would start in the last column: leave the cell blank, never split it.
                putCell(col, row, " ", cellStyle);
                col++;
                break;
            }
            if (col >= 0) {
                // A wide glyph fills its second cell by itself; a split one (flag letters, symbol and padding)
                // needs that cell written too.
                putCell(col, row, glyph.first(), cellStyle);
                if (glyph.second() != null) {
                    putCell(col + 1, row, glyph.second(), cellStyle);
                }
            }
            col += glyph.width();
        }
        return col;
    }

    private static boolean overlaps(List<Range> ranges, int start, int end) {
        for (Range r : ranges) {
            if (r.start() < end && start < r.end()) {
                return true;
            }
        }
        return false;
    }

    private Glyph glyphOf(String cluster) {
        if (glyphCache.size() > CACHE_LIMIT) {
            glyphCache.clear();
        }
        return glyphCache.computeIfAbsent(cluster, glyphs::glyphFor);
    }

    private void putCell(int column, int row, String glyph, CellStyle style) {
        put(column, row, character(glyph, style));
    }

    private void put(int column, int row, TextCharacter character) {
        TerminalSize size = screen.getTerminalSize();
        if (column < 0 || row < 0 || column >= size.getColumns() || row >= size.getRows()) {
            return;
        }
        if (column == size.getColumns() - 1 && row == size.getRows() - 1) {
            return;
        }
        screen.setCharacter(column, row, character);
    }

    private TextCharacter character(String glyph, CellStyle style) {
        if (characterCache.size() > CACHE_LIMIT) {
            characterCache.clear();
        }
        return characterCache.computeIfAbsent(new CellKey(glyph, style),
                key -> new SettledCharacter(TextCharacter.fromString(key.glyph(), key.style().foreground(),
                        key.style().background(), key.style().modifiers())[0]));
    }

    /** A half-open range of char offsets. */
    public record Range(int start, int end) {
    }

    /** Equality written out, as in {@link CellStyle}: the first frame must not bootstrap a record's own. */
    private record CellKey(String glyph, CellStyle style) {
        @Override
        public boolean equals(Object other) {
            return other instanceof CellKey key && java.util.Objects.equals(glyph, key.glyph)
                    && java.util.Objects.equals(style, key.style);
        }

        @Override
        public int hashCode() {
            return 31 * java.util.Objects.hashCode(glyph) + java.util.Objects.hashCode(style);
        }
    }
}
