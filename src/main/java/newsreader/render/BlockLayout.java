package newsreader.render;

import java.util.ArrayList;
import java.util.List;
import newsreader.text.Addresses;
import newsreader.text.CellWidth;
import newsreader.text.LineWrapper;
import newsreader.text.Preformatted;
import newsreader.text.TextLine;

/**
 * Lays blocks out as lines at a width. Knows nothing of HTML; every measurement goes through the text module,
 * so no line is wider than the width it was given.
 */
final class BlockLayout {
    /** Below this many cells, nested blocks stop indenting further so that their text keeps room. */
    private static final int MIN_TEXT_WIDTH = 10;
    /** Code is set in by this much, so that it is told from the prose around it (and a definition is too). */
    private static final String CODE_INDENT = "    ";
    /** A header value gets a line of its own under its label when less room than this is left beside the label. */
    private static final int MIN_VALUE_WIDTH = 24;

    private final CellWidth widths;
    /** Wraps prose: addresses in it stay whole, even past the width (cjk-typography.md §2). */
    private final LineWrapper prose;
    private final Preformatted preformatted;
    private final TableLayout tables;
    private final ArticleWords words;

    BlockLayout(CellWidth widths) {
        this(widths, ArticleWords.spoken());
    }

    BlockLayout(CellWidth widths, ArticleWords words) {
        this.widths = widths;
        this.words = words;
        this.prose = new LineWrapper(widths).keepingAddressesWhole();
        this.preformatted = new Preformatted(widths);
        this.tables = new TableLayout(widths);
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
    private boolean belongTogether(Block before, Block next) {
        if (next instanceof Block.Caption && before instanceof Block.Paragraph p) {
            return words.endsWithImageMarker(p.text());
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
        for (String line : tables.layOut(table, avail)) {
            out.add(new StyledLine(stripEnd(indent.rest() + line), style(indent, LineStyle.TABLE)));
        }
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
