package newsreader.render;

import java.util.ArrayList;
import java.util.List;
import newsreader.text.Addresses;
import newsreader.text.CellWidth;
import newsreader.text.LineBreakRules;
import newsreader.text.LineWrapper;
import newsreader.text.TextLine;
import newsreader.text.Truncation;

/**
 * Lays a table out at a width, as plain lines without the enclosing blocks' prefixes.
 *
 * <p>Columns share the width by what they can break, as a browser's automatic table layout does: each column first
 * gets room for its longest unbreakable word (an identifier, {@code RISC-V}) or a few cells when it can break
 * anywhere (Chinese), and what is left goes to the columns in proportion to how much more their text would like.
 * When even the longest words do not fit side by side, each row is printed as a record, one field a line with its
 * heading as label ({@code 方案: 拦截式}), as {@code psql \x} does, rather than cutting words into slices.
 */
final class TableLayout {
    static final String COLUMN_GAP = " | ";
    /** Cells a column that can break anywhere still gets before the table turns into records. */
    private static final int NARROWEST_COLUMN = 6;
    /** Below this many cells after a label, a record's value goes under its label instead of beside it. */
    private static final int MIN_VALUE_WIDTH = 10;

    private final CellWidth widths;
    private final LineWrapper cells;
    private final LineWrapper prose;
    private final Truncation truncation;

    TableLayout(CellWidth widths) {
        this.widths = widths;
        this.cells = new LineWrapper(widths);
        this.prose = cells.keepingAddressesWhole();
        this.truncation = new Truncation(widths);
    }

    /** The table's lines at {@code width} cells (at least 1): a grid when its columns fit, else records. */
    List<String> layOut(Block.Table table, int width) {
        List<List<String>> rows = new ArrayList<>();
        int columns = 0;
        for (List<String> row : table.rows()) {
            List<String> cleaned = new ArrayList<>();
            for (String cell : row) {
                cleaned.add(cell.replace('\n', ' '));
            }
            rows.add(cleaned);
            columns = Math.max(columns, cleaned.size());
        }
        if (columns == 0) {
            return List.of();
        }
        int[] colWidths = columnWidths(rows, columns, width);
        return colWidths == null ? records(rows, Math.min(table.headerRows(), rows.size()), columns, width)
                : grid(rows, table, columns, colWidths);
    }

    /**
     * Column widths that fit {@code width} with the gaps between them, or null when the columns' narrowest widths
     * do not: natural widths when they fit; else columns narrower than a fair share keep theirs (the old rule, so
     * a short value is not wrapped to save two cells) and each other column gets its narrowest width plus a share of
     * the rest in proportion to what its text would take beyond that. A column's narrowest width is its longest
     * unbreakable word, or {@value #NARROWEST_COLUMN} cells for text that breaks anywhere.
     */
    int[] columnWidths(List<List<String>> rows, int columns, int width) {
        int[] natural = new int[columns];
        int[] narrowest = new int[columns];
        for (List<String> row : rows) {
            for (int c = 0; c < row.size(); c++) {
                natural[c] = Math.max(natural[c], widths.of(row.get(c)));
                narrowest[c] = Math.max(narrowest[c], longestWord(row.get(c)));
            }
        }
        int room = width - widths.of(COLUMN_GAP) * (columns - 1);
        long naturalSum = 0;
        long narrowestSum = 0;
        for (int c = 0; c < columns; c++) {
            natural[c] = Math.max(1, natural[c]);
            narrowest[c] = Math.min(natural[c], Math.max(narrowest[c], NARROWEST_COLUMN));
            naturalSum += natural[c];
            narrowestSum += narrowest[c];
        }
        if (naturalSum <= room) {
            return natural;
        }
        if (narrowestSum > room) {
            return null;
        }
        // Columns narrower than a fair share keep their natural width, as long as the others still fit.
        boolean[] settled = new boolean[columns];
        int left = room;
        int open = columns;
        long openNarrowest = narrowestSum;
        boolean changed = true;
        while (changed && open > 0) {
            changed = false;
            int share = left / open;
            for (int c = 0; c < columns; c++) {
                if (!settled[c] && natural[c] <= share && openNarrowest - narrowest[c] <= left - natural[c]) {
                    settled[c] = true;
                    left -= natural[c];
                    open--;
                    openNarrowest -= narrowest[c];
                    changed = true;
                }
            }
        }
        int[] result = new int[columns];
        long wanted = 0;
        for (int c = 0; c < columns; c++) {
            result[c] = settled[c] ? natural[c] : narrowest[c];
            wanted += settled[c] ? 0 : natural[c] - narrowest[c];
        }
        long extra = left - openNarrowest;
        int given = 0;
        for (int c = 0; c < columns && wanted > 0; c++) {
            if (!settled[c]) {
                int share = (int) (extra * (natural[c] - narrowest[c]) / wanted);
                result[c] += share;
                given += share;
            }
        }
        // The cells lost to rounding go one by one to the columns that still want the most.
        for (long rest = extra - given; rest > 0; rest--) {
            int neediest = 0;
            for (int c = 1; c < columns; c++) {
                if (natural[c] - result[c] > natural[neediest] - result[neediest]) {
                    neediest = c;
                }
            }
            result[neediest]++;
        }
        return result;
    }

    /** The widest run of a cell that has no break opportunity inside (technical words stay whole), in cells. */
    private int longestWord(String cell) {
        int widest = 0;
        int from = 0;
        for (int b : LineBreakRules.STRICT.opportunities(cell)) {
            widest = Math.max(widest, widths.of(cell.substring(from, b).stripTrailing()));
            from = b;
        }
        return widest;
    }

    private List<String> grid(List<List<String>> rows, Block.Table table, int columns, int[] colWidths) {
        int headerRows = table.headerRows();
        List<String> out = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            List<List<String>> wrapped = new ArrayList<>();
            int height = 1;
            for (int c = 0; c < columns; c++) {
                List<String> lines = cells.wrapToStrings(c < row.size() ? row.get(c) : "", colWidths[c]);
                wrapped.add(lines);
                height = Math.max(height, lines.size());
            }
            for (int h = 0; h < height; h++) {
                StringBuilder line = new StringBuilder();
                for (int c = 0; c < columns; c++) {
                    if (c > 0) {
                        line.append(COLUMN_GAP);
                    }
                    List<String> lines = wrapped.get(c);
                    line.append(aligned(h < lines.size() ? lines.get(h) : "", colWidths[c], table.alignment(c)));
                }
                out.add(line.toString().stripTrailing());
            }
            if (r + 1 == headerRows) {
                StringBuilder rule = new StringBuilder();
                for (int c = 0; c < columns; c++) {
                    rule.append(c > 0 ? "-+-" : "").append("-".repeat(colWidths[c]));
                }
                out.add(rule.toString());
            }
        }
        return out;
    }

    /** A cell line in its column's width, padded on the side its alignment asks for. */
    private String aligned(String text, int width, Block.Alignment alignment) {
        String fitted = truncation.fit(text, width);
        if (alignment == Block.Alignment.LEFT || text.isEmpty()) {
            return fitted;
        }
        String content = fitted.stripTrailing();
        int spare = width - widths.of(content);
        int before = alignment == Block.Alignment.RIGHT ? spare : spare / 2;
        return " ".repeat(before) + content + " ".repeat(spare - before);
    }

    /**
     * Each row after the headings as a record: a numbered rule ({@code -[ 2 ]----}), then one line (or more,
     * wrapped) a field, labelled with the column's heading. A table without headings gives its fields unlabelled.
     */
    private List<String> records(List<List<String>> rows, int headerRows, int columns, int width) {
        List<String> labels = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            StringBuilder label = new StringBuilder();
            for (int r = 0; r < headerRows; r++) {
                String heading = c < rows.get(r).size() ? rows.get(r).get(c).strip() : "";
                if (!heading.isEmpty()) {
                    label.append(label.length() > 0 ? " " : "").append(heading);
                }
            }
            labels.add(label.toString());
        }
        List<String> out = new ArrayList<>();
        for (int r = headerRows; r < rows.size(); r++) {
            String mark = "-[ " + (r - headerRows + 1) + " ]";
            out.add(widths.of(mark) <= width ? mark + "-".repeat(Math.max(0, Math.min(width, 24) - widths.of(mark)))
                    : "-".repeat(width));
            List<String> row = rows.get(r);
            for (int c = 0; c < columns; c++) {
                field(labels.get(c), c < row.size() ? row.get(c).strip() : "", width, out);
            }
        }
        return out;
    }

    /**
     * One field: {@code label: value}, the value's other lines under its first; when the label leaves too little
     * room for a value that does not fit beside it whole, a word of the value fits below the label but not beside
     * it, or the value starts with an address too wide to stand beside it, the label has its line and the value
     * follows below it, indented by two cells.
     */
    private void field(String label, String value, int width, List<String> out) {
        if (label.isEmpty()) {
            wrapInto("", "", value, width, out);
            return;
        }
        String head = label + ":";
        String beside = head + " ";
        int room = width - widths.of(beside);
        boolean fitsBeside = !value.isEmpty() && widths.of(value) <= room;
        int longest = longestWord(value);
        boolean wordsFitBeside = longest <= room || longest > width - 2;
        boolean roomBeside = room >= Math.min(MIN_VALUE_WIDTH, width / 2 + 1) && wordsFitBeside
                && !startsWithAddressWiderThan(value, room);
        if (fitsBeside || (!value.isEmpty() && roomBeside)) {
            wrapInto(beside, " ".repeat(widths.of(beside)), value, width, out);
            return;
        }
        wrapInto("", "", head, width, out);
        if (!value.isEmpty()) {
            String indent = width > 4 ? "  " : "";
            wrapInto(indent, indent, value, width, out);
        }
    }

    private boolean startsWithAddressWiderThan(String text, int room) {
        List<Addresses.Span> spans = Addresses.find(text);
        return !spans.isEmpty() && spans.get(0).start() == 0 && widths.of(text.substring(0, spans.get(0).end())) > room;
    }

    private void wrapInto(String first, String rest, String text, int width, List<String> out) {
        int room = Math.max(1, width - widths.of(rest));
        List<TextLine> lines = prose.wrap(text, room);
        for (int i = 0; i < lines.size(); i++) {
            out.add(((i == 0 ? first : rest) + lines.get(i).of(text)).stripTrailing());
        }
    }
}
