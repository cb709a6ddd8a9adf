package newsreader.render;

/** The words of a block as one line of plain text, for places that can hold only text (a table cell, a heading). */
final class BlockText {
    private BlockText() {
    }

    static String plain(Block block) {
        StringBuilder out = new StringBuilder();
        append(block, out);
        return out.toString().strip();
    }

    private static void append(Block block, StringBuilder out) {
        if (block instanceof Block.Paragraph p) {
            word(out, p.text().replace('\n', ' '));
        } else if (block instanceof Block.Heading h) {
            word(out, h.text());
        } else if (block instanceof Block.Caption c) {
            word(out, c.text());
        } else if (block instanceof Block.Code c) {
            word(out, c.text().replace('\n', ' '));
        } else if (block instanceof Block.Quote q) {
            q.blocks().forEach(b -> append(b, out));
        } else if (block instanceof Block.Indented d) {
            d.blocks().forEach(b -> append(b, out));
        } else if (block instanceof Block.ListBlock l) {
            l.items().forEach(item -> item.forEach(b -> append(b, out)));
        } else if (block instanceof Block.Table t) {
            t.rows().forEach(row -> row.forEach(cell -> word(out, cell)));
        }
    }

    private static void word(StringBuilder out, String text) {
        if (text.isEmpty()) {
            return;
        }
        if (out.length() > 0) {
            out.append(' ');
        }
        out.append(text);
    }
}
