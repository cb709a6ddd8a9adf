package newsreader.tui.term;

/**
 * What to put into Lanterna's buffer for one grapheme cluster.
 *
 * @param first  the string for the cluster's first cell; Lanterna considers it double width exactly when
 *               {@code width == 2 && second == null}
 * @param second for a two-cell cluster drawn as two narrow cells (a flag as its two letters, a text-style symbol
 *               with its padding), the string for the second cell; null otherwise
 * @param width  cells the cluster takes according to the program's width function: 1 or 2
 */
public record Glyph(String first, String second, int width) {
    static Glyph narrow(String s) {
        return new Glyph(s, null, 1);
    }

    static Glyph wide(String s) {
        return new Glyph(s, null, 2);
    }

    static Glyph twoNarrow(String a, String b) {
        return new Glyph(a, b, 2);
    }
}
