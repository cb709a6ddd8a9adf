package newsreader.render;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.lang.UScript;

/**
 * Collects the inline text of one block and collapses white space as browsers do (cjk-typography.md §3):
 * runs of spaces, tabs and newlines become one space, except that a run holding a newline between two CJK
 * characters disappears (CSS Text segment-break rule), so {@code 中文\n报道} reads {@code 中文报道}.
 */
final class InlineText {
    private final StringBuilder out = new StringBuilder();
    /** Pending white space not yet written: 0 none, 1 spaces only, 2 a run holding a segment break. */
    private int pendingSpace;

    /** Appends source text (already made safe); its white space is collapsed. */
    void append(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\n' || cp == '\r' || cp == '\f') {
                pendingSpace = 2;
            } else if (cp == ' ' || cp == '\t') {
                pendingSpace = Math.max(pendingSpace, 1);
            } else {
                writePending(cp);
                out.appendCodePoint(cp);
            }
        }
    }

    /** Appends text that is shown as it is, such as a reference marker; spaces around it still collapse. */
    void appendAtom(String atom) {
        if (atom.isEmpty()) {
            return;
        }
        writePending(atom.codePointAt(0));
        out.append(atom);
    }

    /** A forced line break ({@code <br>}): white space around it disappears. */
    void lineBreak() {
        pendingSpace = 0;
        trimTrailingSpaces();
        out.append('\n');
    }

    /** Separates the texts of two block elements met where only inline text can go (a cell, a heading). */
    void separate() {
        if (out.length() > 0) {
            pendingSpace = Math.max(pendingSpace, 1);
        }
    }

    boolean isBlank() {
        for (int i = 0; i < out.length(); i++) {
            char c = out.charAt(i);
            if (c != ' ' && c != '\n') {
                return false;
            }
        }
        return true;
    }

    /** The collapsed text, without leading or trailing white space or line breaks; the buffer is emptied. */
    String take() {
        String text = out.toString();
        out.setLength(0);
        pendingSpace = 0;
        return strip(text);
    }

    private void writePending(int next) {
        if (pendingSpace == 0) {
            return;
        }
        boolean atLineStart = out.length() == 0 || out.charAt(out.length() - 1) == '\n';
        boolean drop = atLineStart
                || (pendingSpace == 2 && out.length() > 0 && isCjk(Character.codePointBefore(out, out.length())) && isCjk(next));
        if (!drop) {
            out.append(' ');
        }
        pendingSpace = 0;
    }

    private void trimTrailingSpaces() {
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == ' ') {
            end--;
        }
        out.setLength(end);
    }

    private static String strip(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && (text.charAt(start) == ' ' || text.charAt(start) == '\n')) {
            start++;
        }
        while (end > start && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == '\n')) {
            end--;
        }
        return text.substring(start, end);
    }

    /** East_Asian_Width F, W or H and not Hangul: the characters between which a source newline vanishes. */
    static boolean isCjk(int cp) {
        int eaw = UCharacter.getIntPropertyValue(cp, UProperty.EAST_ASIAN_WIDTH);
        boolean wideOrHalf = eaw == UCharacter.EastAsianWidth.FULLWIDTH
                || eaw == UCharacter.EastAsianWidth.WIDE
                || eaw == UCharacter.EastAsianWidth.HALFWIDTH;
        return wideOrHalf && UScript.getScript(cp) != UScript.HANGUL;
    }
}
