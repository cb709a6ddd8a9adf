package newsreader.render;

import java.util.List;

/**
 * The small document model between parsing and layout. Text in blocks is already safe (no control characters)
 * and already collapsed as a browser would; {@code \n} inside paragraph text is a forced line break.
 */
public sealed interface Block {

    /** Running text; links and images appear in it as their reference markers ({@code [3]}, {@code [image 4]}). */
    record Paragraph(String text) implements Block {
    }

    record Heading(int level, String text) implements Block {
    }

    /**
     * A list; {@code start} is the first number of an ordered list. A tight list (no item holds paragraphs of its
     * own, as Markdown writes a list without blank lines) is laid out without blank lines anywhere inside it.
     */
    record ListBlock(boolean ordered, int start, List<List<Block>> items, boolean tight) implements Block {
        public ListBlock(boolean ordered, int start, List<List<Block>> items) {
            this(ordered, start, items, true);
        }
    }

    record Quote(List<Block> blocks) implements Block {
    }

    /** Preformatted text: its own lines and spacing, never re-flowed. */
    record Code(String text) implements Block {
    }

    /**
     * A table; rows of cell texts; {@code headerRows} rows at the top are headings; {@code alignments} gives each
     * column's alignment as its source asked for it (missing columns are left-aligned).
     */
    record Table(List<List<String>> rows, int headerRows, List<Alignment> alignments) implements Block {
        public Table(List<List<String>> rows, int headerRows) {
            this(rows, headerRows, List.of());
        }

        public Alignment alignment(int column) {
            return column < alignments.size() ? alignments.get(column) : Alignment.LEFT;
        }
    }

    /** How a table column's cells sit in their width. */
    enum Alignment { LEFT, CENTER, RIGHT }

    record Caption(String text) implements Block {
    }

    /** Blocks set in from the left, as a definition ({@code <dd>}) is. */
    record Indented(List<Block> blocks) implements Block {
    }

    record Rule() implements Block {
    }
}
