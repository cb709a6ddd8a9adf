package newsreader.open.picture;

/**
 * One terminal cell of a picture: a glyph with its two colours. For a half block ({@code ▀}) the foreground is the
 * top pixel and the background the bottom one; for a space only the background shows. Public because the
 * full-screen reader paints it.
 */
public record ImageCell(char glyph, Rgb foreground, Rgb background) {
    public static final char UPPER_HALF = '\u2580';
}
