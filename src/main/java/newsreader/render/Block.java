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

    /** A list; {@code start} is the first number of an ordered list. */
    record ListBlock(boolean ordered, int start, List<List<Block>> items) implements Block {
    }

    record Quote(List<Block> blocks) implements Block {
    }

    /** Preformatted text: its own lines and spacing, never re-flowed. */
    record Code(String text) implements Block {
    }

    /** A table; rows of cell texts; {@code headerRows} rows at the top are headings. */
    record Table(List<List<String>> rows, int headerRows) implements Block {
    }

    record Caption(String text) implements Block {
    }

    record Rule() implements Block {
    }
}
