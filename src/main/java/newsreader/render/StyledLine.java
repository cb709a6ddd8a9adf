package newsreader.render;

/**
 * One line of a rendered article: safe text (no control characters) no wider than the width it was laid out for,
 * and what kind of line it is.
 */
public record StyledLine(String text, LineStyle style) {
    public static StyledLine blank() {
        return new StyledLine("", LineStyle.BLANK);
    }
}
