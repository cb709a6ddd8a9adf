package newsreader.text;

import java.text.Normalizer;

/**
 * Makes untrusted text safe and canonical for a terminal (security.md, cjk-typography.md §1):
 * NFC, no C0/C1 control characters or DEL, no bidi controls, no invisible format characters.
 */
public final class SafeText {
    private SafeText() {
    }

    /** Cleans one line of text: line breaks and tabs become spaces. */
    public static String line(String raw) {
        return clean(raw, false);
    }

    /** Cleans text that may hold line breaks ({@code \n}) and tabs, which are kept; {@code \r\n} becomes {@code \n}. */
    public static String multiline(String raw) {
        return clean(raw, true);
    }

    private static String clean(String raw, boolean keepLines) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        // Text of common characters is in NFC already: the JDK's check would load its normalization data first.
        String s = CommonCharacters.allCommon(raw) || Normalizer.isNormalized(raw, Normalizer.Form.NFC)
                ? raw : Normalizer.normalize(raw, Normalizer.Form.NFC);
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isPlain(c)) {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            String replacement = replacementFor(s, i, keepLines);
            if (replacement == null) {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            if (out == null) {
                out = new StringBuilder(s.length());
                out.append(s, 0, i);
            }
            out.append(replacement);
        }
        return out == null ? s : out.toString();
    }

    /** null keeps the character at {@code i}; otherwise the text that stands in for it (often nothing). */
    /**
     * Printable ASCII and the CJK blocks (U+3000 to the surrogates), which no rule below touches: most of a post, and
     * passed with two comparisons instead of every rule (the search index cleans every post's whole text).
     */
    private static boolean isPlain(char c) {
        return (c >= 0x20 && c < 0x7f) || (c >= 0x3000 && c < 0xd800);
    }

    private static String replacementFor(String s, int i, boolean keepLines) {
        char c = s.charAt(i);
        char next = i + 1 < s.length() ? s.charAt(i + 1) : 0;
        if (c == '\n') {
            return keepLines ? null : " ";
        }
        if (c == '\r') {
            return next == '\n' ? "" : (keepLines ? "\n" : " ");
        }
        if (c == '\t') {
            return keepLines ? null : " ";
        }
        if (isDropped(c)) {
            return "";
        }
        if (Character.isSurrogate(c) && !isPairedSurrogate(s, i)) {
            // Half a pair cannot be encoded: the encoder would print '?' or fail.
            return "\uFFFD";
        }
        if (c == '\u2028' || c == '\u2029') {
            return keepLines ? "\n" : " ";
        }
        return null;
    }

    /**
     * Whether {@code c} never reaches the terminal: a C0 or C1 control character, DEL, a bidi control or an invisible
     * format character. Tab and line breaks are among them; {@link #line} and {@link #multiline} decide what they become.
     */
    public static boolean isDropped(char c) {
        return c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f) || isBidiControl(c) || isInvisibleFormat(c);
    }

    static boolean isBidiControl(char c) {
        return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')
                || c == '\u200E' || c == '\u200F' || c == '\u061C';
    }

    /**
     * Format characters with no glyph: zero-width space and no-break space, soft hyphen, word
     * joiner, invisible operators, the deprecated shaping and swapping controls and the interlinear
     * annotation marks. ZWJ, ZWNJ and variation selectors stay because emoji and scripts need them.
     */
    static boolean isInvisibleFormat(char c) {
        return c == '\u200B' || c == '\uFEFF' || c == '\u00AD' || c == '\u2060' || c == '\u180E'
                || (c >= '\u2061' && c <= '\u2064') || (c >= '\u206A' && c <= '\u206F')
                || (c >= '\uFFF9' && c <= '\uFFFB');
    }

    private static boolean isPairedSurrogate(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }
}
