package newsreader.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;

/**
 * The one width function of the program: how many terminal cells a grapheme cluster or a string takes
 * (cjk-typography.md §1). Every piece of code that measures text for the screen asks this class.
 *
 * <p>The width of a cluster, in order of precedence:
 * <ol>
 *   <li>0 for a cluster made only of marks and format characters (Mn, Me, Cf), which is not drawn;
 *       0 also for a control character other than TAB, which never reaches the terminal
 *       (deviation from "1 for everything else": a control is dropped, so it takes no cell);</li>
 *   <li>1 for TAB, which is a space outside preformatted text ({@link Preformatted} expands it);</li>
 *   <li>2 for an emoji presented as emoji: a regional indicator (a flag is a pair of them), a base
 *       with Emoji_Presentation=Yes, an Extended_Pictographic base followed by U+FE0F, and, as
 *       extensions that UTS #51 also presents as emoji, an Extended_Pictographic base followed by a
 *       skin-tone modifier or joined by U+200D to another pictograph (a ZWJ sequence counts once),
 *       and a keycap sequence ({@code 1️⃣});</li>
 *   <li>by the East_Asian_Width of the base: 2 for W and F, the configured 1 or 2 for A, else 1.</li>
 * </ol>
 */
public final class CellWidth {
    private static final int ZWJ = 0x200D;
    private static final int EMOJI_VS = 0xFE0F;
    private static final int KEYCAP = 0x20E3;
    /** Width classes are the widths themselves, plus this one for "ambiguous: ask the setting". */
    private static final byte AMBIGUOUS = CommonCharacters.AMBIGUOUS;

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
        return ofCluster(cluster, 0, cluster.length());
    }

    /**
     * Width in cells of the cluster {@code text[start, end)}, without copying it: the layout calls
     * this once per cluster, so it must not allocate.
     */
    public int ofCluster(CharSequence text, int start, int end) {
        if (start >= end) {
            return 0;
        }
        char first = text.charAt(start);
        if (end - start == 1 && !Character.isSurrogate(first)) {
            return resolve(classifyCodePoint(first));
        }
        return resolve(classifySequence(text, start, end));
    }

    /**
     * Whether {@code c} on its own is drawn as the plain text it is: a common character of Chinese news or of the
     * reader's screen that no emoji handling applies to. Known without Unicode data (see {@code CommonCharacters}).
     */
    public static boolean isPlainCharacter(char c) {
        return CommonCharacters.isCommon(c) && !CommonCharacters.isPictographic(c);
    }

    /** Width in cells of a cluster made of this one code point. */
    public int ofCodePoint(int codePoint) {
        return resolve(classifyCodePoint(codePoint));
    }

    /** Width in cells of a whole string, cluster by cluster. */
    public int of(CharSequence text) {
        int[] bounds = Graphemes.boundaries(text);
        int total = 0;
        for (int k = 0; k + 1 < bounds.length; k++) {
            total += ofCluster(text, bounds[k], bounds[k + 1]);
        }
        return total;
    }

    /** A cluster made only of marks and format characters: it takes no cell and is not drawn. */
    public static boolean isZeroWidth(String cluster) {
        return isInvisible(cluster, 0, cluster.length());
    }

    private int resolve(byte widthClass) {
        return widthClass == AMBIGUOUS ? ambiguousWidth : widthClass;
    }

    private static byte classifySequence(CharSequence text, int start, int end) {
        if (isInvisible(text, start, end)) {
            return 0;
        }
        int base = Character.codePointAt(text, start);
        int afterBase = start + Character.charCount(base);
        // A prepended format character (U+0600 and kin) is not what the cluster shows.
        while (afterBase < end && UCharacter.getType(base) == UCharacter.FORMAT) {
            base = Character.codePointAt(text, afterBase);
            afterBase += Character.charCount(base);
        }
        if (afterBase < end && presentedAsEmoji(base, text, afterBase, end)) {
            return 2;
        }
        return classifyCodePoint(base);
    }

    /** The emoji sequences that draw as one wide picture even when the base alone is narrow. */
    private static boolean presentedAsEmoji(int base, CharSequence text, int afterBase, int end) {
        int next = Character.codePointAt(text, afterBase);
        if (UCharacter.hasBinaryProperty(base, UProperty.EXTENDED_PICTOGRAPHIC)) {
            if (next == EMOJI_VS || UCharacter.hasBinaryProperty(next, UProperty.EMOJI_MODIFIER)) {
                return true;
            }
            for (int i = afterBase; i < end; ) {
                int cp = Character.codePointAt(text, i);
                i += Character.charCount(cp);
                if (cp == ZWJ && i < end
                        && UCharacter.hasBinaryProperty(Character.codePointAt(text, i), UProperty.EXTENDED_PICTOGRAPHIC)) {
                    return true;
                }
            }
            return false;
        }
        return isKeycapBase(base) && (next == KEYCAP
                || (next == EMOJI_VS && afterBase + 1 < end && text.charAt(afterBase + 1) == KEYCAP));
    }

    private static boolean isKeycapBase(int cp) {
        return (cp >= '0' && cp <= '9') || cp == '#' || cp == '*';
    }

    private static boolean isInvisible(CharSequence text, int start, int end) {
        for (int i = start; i < end; ) {
            int cp = Character.codePointAt(text, i);
            if (!isMarkOrFormat(UCharacter.getType(cp))) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    private static boolean isMarkOrFormat(int generalCategory) {
        return generalCategory == UCharacter.NON_SPACING_MARK
                || generalCategory == UCharacter.ENCLOSING_MARK
                || generalCategory == UCharacter.FORMAT;
    }

    /** The width class of a cluster made of one code point. */
    static byte classifyCodePoint(int cp) {
        // Most news text is ASCII, CJK ideographs, their punctuation and the fullwidth forms: no property look-up
        // for those (WidthConformanceTest checks them against the data like every other code point).
        byte common = CommonCharacters.widthClass(cp);
        if (common != CommonCharacters.UNKNOWN) {
            return common;
        }
        if (cp >= PUNCTUATION_FROM && cp <= PUNCTUATION_TO) {
            return CommonPunctuation.PUNCTUATION[cp - PUNCTUATION_FROM];
        }
        if (cp >= FULLWIDTH_FROM && cp <= FULLWIDTH_TO) {
            return CommonPunctuation.FULLWIDTH[cp - FULLWIDTH_FROM];
        }
        return lookUp(cp);
    }

    // General punctuation to katakana (quotes, dashes, ellipsis, CJK punctuation, kana), and the
    // fullwidth and halfwidth forms: the rest of what Chinese news is made of.
    private static final int PUNCTUATION_FROM = 0x2000;
    private static final int PUNCTUATION_TO = 0x30FF;
    private static final int FULLWIDTH_FROM = 0xFF00;
    private static final int FULLWIDTH_TO = 0xFFEF;

    /** Width classes of the common punctuation ranges, computed once when first needed, never written after. */
    private static final class CommonPunctuation {
        static final byte[] PUNCTUATION = classify(PUNCTUATION_FROM, PUNCTUATION_TO);
        static final byte[] FULLWIDTH = classify(FULLWIDTH_FROM, FULLWIDTH_TO);

        private static byte[] classify(int from, int to) {
            byte[] table = new byte[to - from + 1];
            for (int cp = from; cp <= to; cp++) {
                table[cp - from] = lookUp(cp);
            }
            return table;
        }
    }

    /** The width class from the Unicode properties of the code point. */
    private static byte lookUp(int cp) {
        if (cp == '\t') {
            return 1;
        }
        int type = UCharacter.getType(cp);
        if (type == UCharacter.CONTROL || isMarkOrFormat(type)) {
            return 0;
        }
        if (UCharacter.hasBinaryProperty(cp, UProperty.EMOJI_PRESENTATION)
                || UCharacter.hasBinaryProperty(cp, UProperty.REGIONAL_INDICATOR)) {
            return 2;
        }
        switch (UCharacter.getIntPropertyValue(cp, UProperty.EAST_ASIAN_WIDTH)) {
            case UCharacter.EastAsianWidth.WIDE:
            case UCharacter.EastAsianWidth.FULLWIDTH:
                return 2;
            case UCharacter.EastAsianWidth.AMBIGUOUS:
                return AMBIGUOUS;
            default:
                return 1;
        }
    }
}
