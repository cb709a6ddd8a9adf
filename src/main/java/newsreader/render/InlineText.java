package newsreader.render;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the inline text of one block and collapses white space as browsers do (cjk-typography.md §3):
 * runs of spaces, tabs and newlines become one space, except that a run holding a newline between two CJK
 * characters disappears (CSS Text segment-break rule), so {@code 中文\n报道} reads {@code 中文报道}.
 */
final class InlineText {
    private final StringBuilder out = new StringBuilder();
    /** Pending white space not yet written: 0 none, 1 spaces only, 2 a run holding a segment break. */
    private int pendingSpace;
    /** Markers that go after the word they were given in, put in place when the text is taken. */
    private final List<Marker> markers = new ArrayList<>();
    /** The most single characters a link marker moves over to reach the end of a word the dictionary does not know. */
    private static final int UNKNOWN_WORD_TAIL = 2;
    /** Characters that end a word rather than continue it: particles, conjunctions, common prepositions. */
    private static final String PARTICLES = "的了和与及或是在等也都就把被对从向为之而其着过吗呢吧啊，。";

    /** A marker given at {@code at}, after a linked text {@code linked} characters long. */
    private record Marker(int at, String text, int linked) {
    }

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

    /**
     * Appends a marker that belongs after the word it was given in: a link that ends inside a word
     * ({@code 酷睿<a>芯</a>片}) has its marker after the whole word ({@code 酷睿芯片[4]}), never inside it.
     * Chinese and Japanese words are found with ICU's dictionary, the others at spaces and punctuation.
     */
    void appendAfterWord(String marker, String linkedText) {
        if (!marker.isEmpty()) {
            markers.add(new Marker(out.length(), marker, linkedText.codePointCount(0, linkedText.length())));
        }
    }

    /** Opens a span such as a deletion: white space before it is kept, none right after it. */
    void open(String mark) {
        writePending(mark.codePointAt(0));
        out.append(mark);
        pendingSpace = 0;
    }

    /** Closes a span: the mark follows the text at once; white space before it moves after it. */
    void close(String mark) {
        out.append(mark);
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

    /** Nothing to show: only spaces, line breaks and no-break spaces (a {@code <p>&nbsp;</p>} spacer). */
    boolean isBlank() {
        if (!markers.isEmpty()) {
            return false;
        }
        for (int i = 0; i < out.length(); i++) {
            char c = out.charAt(i);
            if (c != ' ' && c != '\n' && c != '\u00A0') {
                return false;
            }
        }
        return true;
    }

    /** The collapsed text, without leading or trailing white space or line breaks; the buffer is emptied. */
    String take() {
        String text = markers.isEmpty() ? out.toString() : withMarkers(out.toString());
        out.setLength(0);
        markers.clear();
        pendingSpace = 0;
        return strip(text);
    }

    /**
     * Where a marker given at {@code at} goes: at the end of the word it falls in, by ICU's word boundaries (which
     * use a dictionary for Chinese and Japanese). Names that the dictionary does not know come out as single
     * characters ({@code 酷|睿|芯|片}); when a short link (one or two characters: a piece of a word rather than a
     * name, which {@code 英伟达} is) ends on such a character, the marker also moves over the single characters that
     * follow it, up to {@link #UNKNOWN_WORD_TAIL} of them and never over a particle such as {@code 的}, so that
     * {@code 酷睿<a>芯</a>片的} reads {@code 酷睿芯片[4]的} and {@code <a>微内</a>核开发} reads {@code 微内核[4]开发}.
     */
    private static int wordEnd(String text, int at, int linked, BreakIterator words) {
        if (at >= text.length() || at == 0) {
            return at;
        }
        if (!words.isBoundary(at)) {
            return words.following(at);
        }
        int before = text.codePointBefore(at);
        if (linked > 2 || !isIdeographic(before) || words.preceding(at) != at - Character.charCount(before)) {
            return at;
        }
        int end = at;
        for (int i = 0; i < UNKNOWN_WORD_TAIL && end < text.length(); i++) {
            int cp = text.codePointAt(end);
            int next = end + Character.charCount(cp);
            if (!isIdeographic(cp) || PARTICLES.indexOf(cp) >= 0 || words.following(end) != next) {
                break;
            }
            end = next;
        }
        return end;
    }

    private static boolean isIdeographic(int cp) {
        int script = UScript.getScript(cp);
        return script == UScript.HAN || script == UScript.HIRAGANA || script == UScript.KATAKANA;
    }

    /** The text with each pending marker at the first word end at or after where it was given. */
    private String withMarkers(String text) {
        BreakIterator words = BreakIterator.getWordInstance(ULocale.ROOT);
        words.setText(text);
        StringBuilder result = new StringBuilder(text.length() + markers.size() * 4);
        int copied = 0;
        for (Marker marker : markers) {
            int at = Math.min(marker.at(), text.length());
            int end = at <= copied ? copied : wordEnd(text, at, marker.linked(), words);
            result.append(text, copied, end).append(marker.text());
            copied = end;
        }
        return result.append(text, copied, text.length()).toString();
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
