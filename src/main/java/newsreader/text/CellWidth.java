package newsreader.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;

/**
 * The one width function of the program: how many terminal cells a grapheme cluster or a string takes
 * (cjk-typography.md §1). Every piece of code that measures text for the screen asks this class.
 */
public final class CellWidth {
    private final int ambiguousWidth;

    /** @param ambiguousWidth 1 or 2: the width the terminal gives East_Asian_Width=A characters. */
    public CellWidth(int ambiguousWidth) {
        if (ambiguousWidth != 1 && ambiguousWidth != 2) {
            throw new IllegalArgumentException("ambiguous width must be 1 or 2, not " + ambiguousWidth);
        }
        this.ambiguousWidth = ambiguousWidth;
    }

    /** The width used when the user says nothing: ambiguous characters narrow. */
    public static CellWidth standard() {
        return new CellWidth(1);
    }

    public int ambiguousWidth() {
        return ambiguousWidth;
    }

    /** Width in cells of one extended grapheme cluster. */
    public int ofCluster(String cluster) {
        if (cluster.isEmpty()) {
            return 0;
        }
        int base = cluster.codePointAt(0);
        if (isZeroWidth(cluster)) {
            return 0;
        }
        if (cluster.equals("\t")) {
            return 1;
        }
        if (UCharacter.hasBinaryProperty(base, UProperty.REGIONAL_INDICATOR)) {
            return 2;
        }
        if (UCharacter.hasBinaryProperty(base, UProperty.EMOJI_PRESENTATION)) {
            return 2;
        }
        if (UCharacter.hasBinaryProperty(base, UProperty.EXTENDED_PICTOGRAPHIC)
                && cluster.indexOf('\uFE0F') >= 0) {
            return 2;
        }
        int eaw = UCharacter.getIntPropertyValue(base, UProperty.EAST_ASIAN_WIDTH);
        switch (eaw) {
            case UCharacter.EastAsianWidth.WIDE:
            case UCharacter.EastAsianWidth.FULLWIDTH:
                return 2;
            case UCharacter.EastAsianWidth.AMBIGUOUS:
                return ambiguousWidth;
            default:
                return 1;
        }
    }

    /** Width in cells of a whole string, cluster by cluster. */
    public int of(CharSequence text) {
        int total = 0;
        for (String cluster : Graphemes.clusters(text)) {
            total += ofCluster(cluster);
        }
        return total;
    }

    /** A cluster made only of marks and format characters: it takes no cell and is not drawn. */
    public static boolean isZeroWidth(String cluster) {
        for (int i = 0; i < cluster.length(); ) {
            int cp = cluster.codePointAt(i);
            int type = UCharacter.getType(cp);
            boolean invisible = type == UCharacter.NON_SPACING_MARK
                    || type == UCharacter.ENCLOSING_MARK
                    || type == UCharacter.FORMAT;
            if (!invisible) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }
}
