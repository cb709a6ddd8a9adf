package newsreader.render;

import org.commonmark.internal.InlineParserImpl;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.InlineParser;
import org.commonmark.parser.InlineParserContext;
import org.commonmark.parser.InlineParserFactory;
import org.commonmark.parser.SourceLine;
import org.commonmark.parser.SourceLines;

/**
 * CommonMark's inline parsing with a bound on what it may build for one document.
 *
 * <p>commonmark-java's inline parser makes a node (and a delimiter record, and scanner copies of the source) for every
 * character that may start inline markup — {@code * _ ` [ ] ! < & \} and line ends — and keeps them all until the
 * paragraph is done. A 2 MB paragraph of {@code x*y_x*y_…} is a million of them: several hundred megabytes, an
 * {@code OutOfMemoryError} in a 256 MB heap. Block parsing is linear and cheap, so only this is bounded: each
 * document may spend {@link #MARKUP_CHARACTERS_PER_DOCUMENT} such characters on inline parsing; a paragraph (or
 * heading, or table cell) that would go over what is left is kept as its plain text, markup characters and all.
 * Real posts use a few hundred to about 1,500 (the real corpus), far below the bound, and render as before.
 */
final class InlineBudget implements InlineParserFactory {
    /** About 200 MB less than the 256 MB heap measured to be the edge: 200,000 still rendered, 1,000,000 did not. */
    static final int MARKUP_CHARACTERS_PER_DOCUMENT = 50_000;

    private final int budget;

    InlineBudget() {
        this(MARKUP_CHARACTERS_PER_DOCUMENT);
    }

    InlineBudget(int budget) {
        this.budget = budget;
    }

    @Override
    public InlineParser create(InlineParserContext context) {
        // The parser commonmark-java would use itself; create is called once per document, so the budget is too.
        InlineParser full = new InlineParserImpl(context);
        return new InlineParser() {
            private int left = budget;

            @Override
            public void parse(SourceLines lines, Node block) {
                int markup = markupCharacters(lines);
                if (markup > left) {
                    block.appendChild(new Text(plainText(lines)));
                    return;
                }
                left -= markup;
                full.parse(lines, block);
            }
        };
    }

    /** The characters at which the inline parser may start a node of its own, line ends included. */
    static int markupCharacters(SourceLines lines) {
        int count = 0;
        for (SourceLine line : lines.getLines()) {
            CharSequence text = line.getContent();
            count++;
            for (int i = 0; i < text.length(); i++) {
                switch (text.charAt(i)) {
                    case '*', '_', '`', '[', ']', '!', '<', '&', '\\' -> count++;
                    default -> {
                    }
                }
            }
        }
        return count;
    }

    /** The block's text as written, its lines joined by line ends (which the layout treats as spaces). */
    private static String plainText(SourceLines lines) {
        StringBuilder text = new StringBuilder();
        for (SourceLine line : lines.getLines()) {
            if (!text.isEmpty()) {
                text.append('\n');
            }
            text.append(line.getContent().toString().strip());
        }
        return text.toString();
    }
}
