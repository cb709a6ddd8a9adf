package newsreader.text;

/**
 * One wrapped line, as offsets into the text that was wrapped: {@code text.substring(start, end)}
 * is the part of the text the line holds (trailing spaces already left out) and {@code width} the
 * cells it takes.
 *
 * <p>{@code placeholder} marks the one case where the source cannot be shown: a single cluster wider
 * than the whole line (a wide character at width 1). The line then shows {@link #PLACEHOLDER}, one
 * cell wide, instead of overflowing; its offsets still name the cluster, so nothing is lost.
 */
public record TextLine(int start, int end, int width, boolean placeholder) {
    /** Shown instead of a cluster wider than the line: U+25AF, East_Asian_Width N, so one cell. */
    public static final String PLACEHOLDER = "\u25AF";

    /** A line that shows its source text. */
    public TextLine(int start, int end, int width) {
        this(start, end, width, false);
    }

    /** What the line shows: its source text, or {@link #PLACEHOLDER}. */
    public String of(String text) {
        return placeholder ? PLACEHOLDER : text.substring(start, end);
    }

    /** The part of {@code text} this line stands for. */
    public String source(String text) {
        return text.substring(start, end);
    }
}
