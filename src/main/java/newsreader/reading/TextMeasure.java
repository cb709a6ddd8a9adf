package newsreader.reading;

/**
 * The reading measure: an article is laid out no wider than {@code width} cells however wide the terminal (lines of
 * 150 characters are hard to follow back to their start), and placed at the left, after the usual margin, or in the
 * middle of the room. The settings' {@code text-width} and {@code text-align}.
 *
 * @param width   the most cells a line of an article takes
 * @param centred whether the text stands in the middle of the room rather than at its left
 */
public record TextMeasure(int width, boolean centred) {
    /** About 40 Chinese characters or 80–90 Latin ones: the measure books and most readers keep. */
    public static final int DEFAULT_WIDTH = 86;
    public static final int MIN_WIDTH = 20;
    public static final int MAX_WIDTH = 1000;

    public TextMeasure {
        if (width < MIN_WIDTH || width > MAX_WIDTH) {
            throw new IllegalArgumentException("text width must be " + MIN_WIDTH + " to " + MAX_WIDTH + ", not " + width);
        }
    }

    public static TextMeasure defaults() {
        return new TextMeasure(DEFAULT_WIDTH, false);
    }

    /** The width to lay an article out at, given {@code available} cells. */
    public int widthIn(int available) {
        return Math.max(1, Math.min(available, width));
    }

    /** Where a text of {@code laidOut} cells starts in {@code available} cells: 0 at the left. */
    public int offsetIn(int available, int laidOut) {
        return centred ? Math.max(0, (available - laidOut) / 2) : 0;
    }
}
