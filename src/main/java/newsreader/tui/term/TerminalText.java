package newsreader.tui.term;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;

/** Last-line checks on text about to be written as bytes to the terminal. */
final class TerminalText {
    private TerminalText() {
    }

    /**
     * The text without C0/C1 controls, DEL, bidi controls, lone surrogates and the width marker: nothing a terminal
     * could execute and nothing Lanterna added for its own bookkeeping.
     */
    static String printable(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean keep = !isControl(c) && !isBidiControl(c) && c != GlyphMapper.WIDTH_MARKER && !isLoneSurrogate(text, i);
            if (!keep && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            } else if (keep && out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    /**
     * Whether every terminal agrees on the width of this cluster: a single code point that is plain ASCII, or a
     * wide CJK character from the blocks whose width never changed between Unicode versions. Anything else (emoji,
     * ambiguous characters, combining sequences, newer characters) may be drawn one cell narrower or wider.
     */
    static boolean hasCertainWidth(String cluster) {
        if (cluster.length() != 1) {
            return false;
        }
        char c = cluster.charAt(0);
        if (c >= 0x20 && c < 0x7f) {
            return true;
        }
        boolean cjk = (c >= '\u4E00' && c <= '\u9FFF') || (c >= '\u3400' && c <= '\u4DBF')
                || (c >= '\uAC00' && c <= '\uD7A3') || (c >= '\u3041' && c <= '\u30FF')
                || (c >= '\u3001' && c <= '\u303E') || (c >= '\uFF01' && c <= '\uFF60');
        if (cjk) {
            return true;
        }
        if (c >= 0x0300) {
            return false; // without a look-up: the first loads ICU's property data
        }
        int eaw = UCharacter.getIntPropertyValue(c, UProperty.EAST_ASIAN_WIDTH);
        return eaw == UCharacter.EastAsianWidth.NARROW || eaw == UCharacter.EastAsianWidth.NEUTRAL;
    }

    private static boolean isControl(char c) {
        return c < 0x20 || (c >= 0x7f && c <= 0x9f);
    }

    private static boolean isBidiControl(char c) {
        return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')
                || c == '\u200E' || c == '\u200F' || c == '\u061C';
    }

    private static boolean isLoneSurrogate(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
        }
        return false;
    }
}
