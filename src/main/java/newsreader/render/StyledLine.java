package newsreader.render;

import java.util.List;

/**
 * One line of a rendered article: safe text (no control characters), what kind of line it is, and where it shows
 * addresses. It is no wider than the width it was laid out for, except a line that is one whole address (show and
 * line mode print addresses unbroken; the full-screen reader folds such a line, see {@link ScreenFold}).
 *
 * @param links the parts of {@code text} that show an address, so that a terminal view can make each one a
 *     hyperlink: every piece of an address folded over several lines names the whole address
 */
public record StyledLine(String text, LineStyle style, List<LinkSpan> links) {
    public StyledLine {
        links = List.copyOf(links);
    }

    public StyledLine(String text, LineStyle style) {
        this(text, style, List.of());
    }

    public static StyledLine blank() {
        return new StyledLine("", LineStyle.BLANK);
    }

    /** Chars {@code start..end-1} of the line show (part of) {@code address}, which is given whole. */
    public record LinkSpan(int start, int end, String address) {
    }
}
