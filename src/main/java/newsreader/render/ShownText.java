package newsreader.render;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The text of parsed blocks passed through a conversion for display (the reader's Chinese script). A plain function,
 * because the reading core decides the conversion and render must not depend on it. Code is left as written: it
 * is quoted verbatim, to be read and copied as it is.
 */
final class ShownText {
    private final UnaryOperator<String> convert;

    ShownText(UnaryOperator<String> convert) {
        this.convert = convert;
    }

    List<Block> blocks(List<Block> blocks) {
        List<Block> shown = new ArrayList<>(blocks.size());
        for (Block block : blocks) {
            shown.add(block(block));
        }
        return shown;
    }

    private Block block(Block block) {
        if (block instanceof Block.Paragraph p) {
            return new Block.Paragraph(convert.apply(p.text()));
        } else if (block instanceof Block.Heading h) {
            return new Block.Heading(h.level(), convert.apply(h.text()));
        } else if (block instanceof Block.Caption c) {
            return new Block.Caption(convert.apply(c.text()));
        } else if (block instanceof Block.Quote q) {
            return new Block.Quote(blocks(q.blocks()));
        } else if (block instanceof Block.Indented d) {
            return new Block.Indented(blocks(d.blocks()));
        } else if (block instanceof Block.ListBlock l) {
            List<List<Block>> items = new ArrayList<>(l.items().size());
            l.items().forEach(item -> items.add(blocks(item)));
            return new Block.ListBlock(l.ordered(), l.start(), items, l.tight());
        } else if (block instanceof Block.Table t) {
            List<List<String>> rows = new ArrayList<>(t.rows().size());
            for (List<String> row : t.rows()) {
                List<String> cells = new ArrayList<>(row.size());
                row.forEach(cell -> cells.add(convert.apply(cell)));
                rows.add(cells);
            }
            return new Block.Table(rows, t.headerRows(), t.alignments());
        }
        return block; // code and rules
    }
}
