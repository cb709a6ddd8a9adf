package newsreader.render;

import java.util.ArrayList;
import java.util.List;
import newsreader.text.Addresses;
import newsreader.text.CellWidth;
import newsreader.text.LineWrapper;
import newsreader.text.Preformatted;
import newsreader.text.TextLine;
import newsreader.text.Truncation;

/**
 * Lays blocks out as lines at a width. Knows nothing of HTML; every measurement goes through the text module,
 * so no line is wider than the width it was given.
 */
final class BlockLayout {
    /** Below this many cells, nested blocks stop indenting further so that their text keeps room. */
    private static final int MIN_TEXT_WIDTH = 10;
    private static final String COLUMN_GAP = " | ";
    /** Code is set in by this much, so that it is told from the prose around it (and a definition is too). */
    private static final String CODE_INDENT = "    ";
    /** A header value gets a line of its own under its label when less room than this is left beside the label. */
    private static final int MIN_VALUE_WIDTH = 24;

    private final CellWidth widths;
    private final LineWrapper wrapper;
    /** Wraps prose: addresses in it stay whole, even past the width (cjk-typography.md §2). */
    private final LineWrapper prose;
    private final Truncation truncation;
    private final Preformatted preformatted;

    BlockLayout(CellWidth widths) {
        this.widths = widths;
        this.wrapper = new LineWrapper(widths);
        this.prose = wrapper.keepingAddressesWhole();
        this.truncation = new Truncation(widths);
        this.preformatted = new Preformatted(widths);
    }

    /** A prefix for the first line of the next block and one for every other line, plus a style that overrides. */
    private record Indent(String first, String rest, LineStyle style) {
        Indent deeper(String firstAdd, String restAdd, LineStyle newStyle) {
            return new Indent(rest + firstAdd, rest + restAdd, newStyle == null ? style : newStyle);
        }

        /** Set in by {@code add} on every line, the first keeping what it starts with (a list marker). */
        Indent setIn(String add) {
            return new Indent(first + add, rest + add, style);
        }

        Indent continued() {
            return new Indent(rest, rest, style);
        }
    }

    List<StyledLine> layout(List<Block> blocks, int width) {
        List<StyledLine> out = new ArrayList<>();
        blocks(blocks, new Indent("", "", null), Math.max(1, width), out);
        return out;
    }

    /**
     * Wraps one piece of text with a label on its first line and the continuation lines aligned after it. When the
     * text starts with an address that does not fit after the label, the label stands alone and the text follows
     * from the next line's start, so that the address is whole on a line of its own, as {@code lynx -dump} prints it.
     */
    List<StyledLine> labelled(String label, String text, int width, LineStyle style) {
        List<StyledLine> out = new ArrayList<>();
        String pad = " ".repeat(widths.of(label));
        Indent indent = fits(label, width) ? new Indent(label, pad, style) : new Indent("", "", style);
        int room = width - widths.of(label);
        if (!indent.first().isEmpty() && startsWithAddressTooWide(text, room)) {
            out.add(new StyledLine(stripEnd(label), style));
            indent = new Indent("", "", style);
        } else if (!indent.first().isEmpty() && room < MIN_VALUE_WIDTH && widths.of(text) > room) {
            // On a narrow screen the label's indent would leave the value a thin column: it goes under the label.
            out.add(new StyledLine(stripEnd(label), style));
            indent = new Indent("  ", "  ", style);
        }
        wrapped(text, indent, width, style, out);
        return out;
    }

    private boolean startsWithAddressTooWide(String text, int room) {
        List<Addresses.Span> spans = Addresses.find(text);
        return !spans.isEmpty() && spans.get(0).start() == 0 && widths.of(text.substring(0, spans.get(0).end())) > room;
    }

    List<StyledLine> wrapped(String text, int width, LineStyle style) {
        List<StyledLine> out = new ArrayList<>();
        wrapped(text, new Indent("", "", style), width, style, out);
        return out;
    }

    private void blocks(List<Block> blocks, Indent indent, int width, List<StyledLine> out) {
        blocks(blocks, indent, width, false, out);
    }

    /** Blocks one after another, a blank line between two, except inside a tight list and where they belong together. */
    private void blocks(List<Block> blocks, Indent indent, int width, boolean tight, List<StyledLine> out) {
        Indent current = indent;
        for (int i = 0; i < blocks.size(); i++) {
            if (i > 0 && !tight && !belongTogether(blocks.get(i - 1), blocks.get(i))) {
                out.add(blankLine(current.rest(), current.style()));
            }
            block(blocks.get(i), current, width, out);
            current = current.continued();
        }
    }

    /**
     * A caption stays under its picture and a definition under its term, as a page shows them; a blank line between
     * would make the caption read as a heading of what follows.
     */
    private static boolean belongTogether(Block before, Block next) {
        if (next instanceof Block.Caption && before instanceof Block.Paragraph p) {
            return p.text().endsWith("]") && p.text().contains("[image ");
        }
        return next instanceof Block.Indented && before instanceof Block.Paragraph;
    }

    private void block(Block block, Indent indent, int width, List<StyledLine> out) {
        if (block instanceof Block.Paragraph p) {
            wrapped(p.text(), indent, width, LineStyle.BODY, out);
        } else if (block instanceof Block.Heading h) {
            heading(h, indent, width, out);
        } else if (block instanceof Block.ListBlock l) {
            list(l, indent, width, out);
        } else if (block instanceof Block.Quote q) {
            Indent quoted = room(indent, "> ", width) ? indent.deeper("> ", "> ", LineStyle.QUOTE)
                    : new Indent(indent.first(), indent.rest(), LineStyle.QUOTE);
            blocks(q.blocks(), quoted, width, out);
        } else if (block instanceof Block.Indented d) {
            blocks(d.blocks(), room(indent, CODE_INDENT, width) ? indent.setIn(CODE_INDENT) : indent, width, out);
        } else if (block instanceof Block.Code c) {
            code(c, indent, width, out);
        } else if (block instanceof Block.Table t) {
            table(t, indent, width, out);
        } else if (block instanceof Block.Caption c) {
            wrapped(c.text(), indent, width, LineStyle.CAPTION, out);
        } else if (block instanceof Block.Rule) {
            int avail = Math.max(1, width - widths.of(indent.first()));
            out.add(new StyledLine(indent.first() + "-".repeat(Math.min(avail, 40)), style(indent, LineStyle.RULE)));
        }
    }

    private void wrapped(String text, Indent indent, int width, LineStyle style, List<StyledLine> out) {
        int avail = Math.max(1, width - Math.max(widths.of(indent.first()), widths.of(indent.rest())));
        List<TextLine> lines = prose.wrap(text, avail);
        for (int i = 0; i < lines.size(); i++) {
            String prefix = i == 0 ? indent.first() : indent.rest();
            out.add(new StyledLine(stripEnd(prefix + lines.get(i).of(text)), style(indent, style)));
        }
    }

    /** The article's title, marked as a body {@code <h1>} is: underlined with {@code =}. */
    List<StyledLine> title(String text, int width) {
        List<StyledLine> out = new ArrayList<>();
        if (text.isEmpty()) {
            return wrapped(text, width, LineStyle.TITLE);
        }
        heading(new Block.Heading(1, text), new Indent("", "", null), width, LineStyle.TITLE, out);
        return out;
    }

    private void heading(Block.Heading h, Indent indent, int width, List<StyledLine> out) {
        heading(h, indent, width, LineStyle.HEADING, out);
    }

    private void heading(Block.Heading h, Indent indent, int width, LineStyle headingStyle, List<StyledLine> out) {
        int before = out.size();
        wrapped(h.text(), indent, width, headingStyle, out);
        if (h.level() <= 2 && out.size() > before) {
            int widest = 0;
            for (int i = before; i < out.size(); i++) {
                widest = Math.max(widest, widths.of(out.get(i).text()) - widths.of(i == before ? indent.first() : indent.rest()));
            }
            // A whole address may make a heading line wider than the width; its underline stays within it.
            int room = Math.max(1, width - widths.of(indent.rest()));
            String underline = (h.level() == 1 ? "=" : "-").repeat(Math.max(1, Math.min(widest, room)));
            out.add(new StyledLine(indent.rest() + underline, style(indent, headingStyle)));
        }
    }

    private void list(Block.ListBlock list, Indent indent, int width, List<StyledLine> out) {
        int last = list.start() + list.items().size() - 1;
        int markerWidth = list.ordered() ? Math.max(String.valueOf(list.start()).length(), String.valueOf(last).length()) + 2 : 2;
        Indent current = indent;
        for (int i = 0; i < list.items().size(); i++) {
            String marker = list.ordered() ? padRight((list.start() + i) + ".", markerWidth) : "- ";
            String pad = " ".repeat(markerWidth);
            Indent item = room(current, marker, width) ? current.deeper(marker, pad, null) : current;
            List<Block> blocks = list.items().get(i);
            if (i > 0 && !list.tight()) {
                out.add(blankLine(current.rest(), current.style()));
            }
            if (blocks.isEmpty()) {
                out.add(new StyledLine(stripEnd(item.first()), style(indent, LineStyle.BODY)));
            } else {
                blocks(blocks, item, width, list.tight(), out);
            }
            current = current.continued();
        }
    }

    private void code(Block.Code code, Indent given, int width, List<StyledLine> out) {
        Indent indent = room(given, CODE_INDENT, width) ? given.setIn(CODE_INDENT) : given;
        int avail = Math.max(1, width - widths.of(indent.rest()));
        boolean first = true;
        for (String source : code.text().split("\n", -1)) {
            for (String line : preformatted.fold(source, avail)) {
                String prefix = first ? indent.first() : indent.rest();
                out.add(new StyledLine(stripEnd(prefix + line), style(indent, LineStyle.CODE)));
                first = false;
            }
        }
    }

    private void table(Block.Table table, Indent indent, int width, List<StyledLine> out) {
        int avail = Math.max(1, width - widths.of(indent.rest()));
        int columns = 0;
        for (List<String> row : table.rows()) {
            columns = Math.max(columns, row.size());
        }
        int[] colWidths = columnWidths(table, columns, avail);
        if (colWidths == null) {
            // Too narrow for columns: each row becomes a line of its cells joined by the gap.
            for (List<String> row : table.rows()) {
                wrapped(String.join(COLUMN_GAP, row), indent.continued(), width, LineStyle.TABLE, out);
            }
            return;
        }
        for (int r = 0; r < table.rows().size(); r++) {
            List<String> row = table.rows().get(r);
            List<List<String>> cells = new ArrayList<>();
            int height = 1;
            for (int c = 0; c < columns; c++) {
                String cell = c < row.size() ? row.get(c) : "";
                List<String> lines = wrapper.wrapToStrings(cell.replace('\n', ' '), colWidths[c]);
                cells.add(lines);
                height = Math.max(height, lines.size());
            }
            for (int h = 0; h < height; h++) {
                StringBuilder line = new StringBuilder(indent.rest());
                for (int c = 0; c < columns; c++) {
                    if (c > 0) {
                        line.append(COLUMN_GAP);
                    }
                    List<String> lines = cells.get(c);
                    line.append(aligned(h < lines.size() ? lines.get(h) : "", colWidths[c], table.alignment(c)));
                }
                out.add(new StyledLine(stripEnd(line.toString()), style(indent, LineStyle.TABLE)));
            }
            if (r + 1 == table.headerRows()) {
                StringBuilder rule = new StringBuilder(indent.rest());
                for (int c = 0; c < columns; c++) {
                    rule.append(c > 0 ? "-+-" : "").append("-".repeat(colWidths[c]));
                }
                out.add(new StyledLine(rule.toString(), style(indent, LineStyle.TABLE)));
            }
        }
    }

    /**
     * Column widths that fit {@code avail}: natural widths when they fit, else the space is shared out so that
     * narrow columns keep their width and wide ones split the rest; null when even that leaves under 3 cells a column.
     */
    private int[] columnWidths(Block.Table table, int columns, int avail) {
        int[] natural = new int[columns];
        for (List<String> row : table.rows()) {
            for (int c = 0; c < row.size(); c++) {
                natural[c] = Math.max(natural[c], widths.of(row.get(c).replace('\n', ' ')));
            }
        }
        int room = avail - COLUMN_GAP.length() * (columns - 1);
        if (columns == 0 || room < 3 * columns) {
            return null;
        }
        int[] result = new int[columns];
        boolean[] settled = new boolean[columns];
        int left = room;
        int open = columns;
        boolean changed = true;
        while (changed && open > 0) {
            changed = false;
            int share = left / open;
            for (int c = 0; c < columns; c++) {
                if (!settled[c] && natural[c] <= share) {
                    result[c] = Math.max(1, natural[c]);
                    settled[c] = true;
                    left -= result[c];
                    open--;
                    changed = true;
                }
            }
        }
        if (open > 0) {
            int share = left / open;
            int extra = left - share * open;
            for (int c = 0; c < columns; c++) {
                if (!settled[c]) {
                    result[c] = share + (extra-- > 0 ? 1 : 0);
                }
            }
        }
        return result;
    }

    /** A cell line in its column's width, padded on the side its alignment asks for. */
    private String aligned(String text, int width, Block.Alignment alignment) {
        String fitted = truncation.fit(text, width);
        if (alignment == Block.Alignment.LEFT || text.isEmpty()) {
            return fitted;
        }
        String content = stripEnd(fitted);
        int spare = width - widths.of(content);
        int before = alignment == Block.Alignment.RIGHT ? spare : spare / 2;
        return " ".repeat(before) + content + " ".repeat(spare - before);
    }

    private boolean room(Indent indent, String add, int width) {
        return width - widths.of(indent.rest()) - widths.of(add) >= Math.min(MIN_TEXT_WIDTH, width / 2 + 1);
    }

    private boolean fits(String label, int width) {
        return width - widths.of(label) >= Math.min(MIN_TEXT_WIDTH, width / 2 + 1);
    }

    private static StyledLine blankLine(String prefix, LineStyle style) {
        String text = stripEnd(prefix);
        return text.isEmpty() ? StyledLine.blank() : new StyledLine(text, style == null ? LineStyle.BLANK : style);
    }

    private static LineStyle style(Indent indent, LineStyle own) {
        return indent.style() != null && own != LineStyle.CODE ? indent.style() : own;
    }

    private static String padRight(String s, int width) {
        return s.length() >= width ? s + " " : s + " ".repeat(width - s.length());
    }

    private static String stripEnd(String s) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == ' ') {
            end--;
        }
        return s.substring(0, end);
    }
}
