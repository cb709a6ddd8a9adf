package newsreader.text;

import com.ibm.icu.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;

/** Splits text into extended grapheme clusters (UAX #29) with ICU, independent of the JDK version. */
public final class Graphemes {
    private Graphemes() {
    }

    /** The clusters of {@code text}, in order; joining them gives the text back. */
    public static List<String> clusters(CharSequence text) {
        String s = text.toString();
        List<String> out = new ArrayList<>(s.length());
        if (s.isEmpty()) {
            return out;
        }
        if (isSimple(s)) {
            // Fast path: ASCII-free-of-CR text without combining marks splits per char.
            for (int i = 0; i < s.length(); i++) {
                out.add(String.valueOf(s.charAt(i)));
            }
            return out;
        }
        BreakIterator it = BreakIterator.getCharacterInstance();
        it.setText(s);
        int start = it.first();
        for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
            out.add(s.substring(start, end));
        }
        return out;
    }

    /** Offsets of every cluster boundary, 0 and text.length() included. */
    public static int[] boundaries(CharSequence text) {
        String s = text.toString();
        BreakIterator it = BreakIterator.getCharacterInstance();
        it.setText(s);
        int[] buf = new int[s.length() + 1];
        int n = 0;
        for (int b = it.first(); b != BreakIterator.DONE; b = it.next()) {
            buf[n++] = b;
        }
        return java.util.Arrays.copyOf(buf, n);
    }

    private static boolean isSimple(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c > 0x7e) {
                return false;
            }
        }
        return true;
    }
}
