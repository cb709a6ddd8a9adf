package newsreader.open;

import java.util.Locale;

/** How many colours the terminal shows. Public because the reader paints pictures at this depth. */
public enum ColorDepth {
    TRUE_COLOR,
    INDEXED_256;

    /** {@code $COLORTERM} of {@code truecolor} or {@code 24bit} means 24-bit colour; anything else 256 colours. */
    public static ColorDepth detect(Environment env) {
        String colorterm = env.get("COLORTERM");
        if (colorterm == null) {
            return INDEXED_256;
        }
        String value = colorterm.toLowerCase(Locale.ROOT);
        return value.equals("truecolor") || value.equals("24bit") ? TRUE_COLOR : INDEXED_256;
    }
}
