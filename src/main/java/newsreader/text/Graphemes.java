package newsreader.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Splits text into extended grapheme clusters (UAX #29) with ICU, independent of the JDK version. */
public final class Graphemes {
    private Graphemes() {
    }

    /** The clusters of {@code text}, in order; joining them gives the text back. */
    public static List<String> clusters(CharSequence text) {
        String s = text.toString();
        int[] bounds = boundaries(s);
        List<String> out = new ArrayList<>(bounds.length);
        for (int k = 0; k + 1 < bounds.length; k++) {
            out.add(s.substring(bounds[k], bounds[k + 1]));
        }
        return out;
    }

    /** Offsets of every cluster boundary, 0 and text.length() included (just {0} for empty text). */
    public static int[] boundaries(CharSequence text) {
        int length = text.length();
        if (isOneClusterPerChar(text)) {
            int[] all = new int[length + 1];
            for (int i = 0; i <= length; i++) {
                all[i] = i;
            }
            return all;
        }
        BreakIterator it = BreakIterator.getCharacterInstance();
        it.setText(text);
        int[] buf = new int[length + 1];
        int n = 0;
        for (int b = it.first(); b != BreakIterator.DONE; b = it.next()) {
            buf[n++] = b;
        }
        return Arrays.copyOf(buf, n);
    }

    /**
     * True when every char is a cluster of its own, which holds for most Chinese news text. UAX #29
     * keeps characters together only around CR, marks, joiners, prepended characters, Hangul jamo,
     * regional indicators and surrogate pairs; a text made only of characters whose
     * Grapheme_Cluster_Break is Other, Control or LF (CR excluded) has none of those.
     */
    static boolean isOneClusterPerChar(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (CommonCharacters.isCommon(c)) {
                continue; // no look-up: the first loads ICU's property data
            }
            if (c == '\r' || Character.isSurrogate(c)) {
                return false;
            }
            int kind = UCharacter.getIntPropertyValue(c, UProperty.GRAPHEME_CLUSTER_BREAK);
            if (kind != UCharacter.GraphemeClusterBreak.OTHER
                    && kind != UCharacter.GraphemeClusterBreak.CONTROL
                    && kind != UCharacter.GraphemeClusterBreak.LF) {
                return false;
            }
        }
        return true;
    }
}
