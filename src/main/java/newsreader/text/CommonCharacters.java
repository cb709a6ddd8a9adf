package newsreader.text;

/**
 * What is known, without Unicode data, of the characters Chinese news is mostly made of: ASCII, Latin-1, the
 * punctuation of general use and of CJK, kana, CJK ideographs, Hangul syllables and the fullwidth forms; and of the
 * arrows, box drawing and shapes the reader's own screen draws.
 *
 * <p>A process's first look-up in ICU's property data loads it from the jar (30–50 ms), and Java's NFC check
 * loads its own: {@code newsreader list} printed one row of a Chinese title 40–60 ms later than none. Text made only
 * of these characters needs neither. {@code CommonCharactersTest} checks every character named here against ICU's
 * data, so that a range that is wrong, or that a new Unicode version changes, fails the build.
 */
final class CommonCharacters {
    /** Width class of a character whose width the terminal setting decides (East_Asian_Width A). */
    static final byte AMBIGUOUS = 3;
    /** Returned by {@link #widthClass} for a character this class does not know. */
    static final byte UNKNOWN = -1;

    /**
     * The general punctuation U+2010–U+205E, by its East_Asian_Width: the quotation marks, dashes and the ellipsis of
     * Chinese text are ambiguous; the rest one cell. Index: the character minus U+2010.
     */
    private static final String GENERAL_PUNCTUATION = ""
            // 2010 ‐ A, 2011–2012 N, 2013–2016 A, 2017 N, 2018–2019 A, 201A–201B N, 201C–201D A, 201E–201F N
            + "A11AAAA1AA11AA11"
            // 2020–2022 A, 2023 N, 2024–2027 A, 2028–202F (not known: separators, bidi controls, a space)
            + "AAA1AAAA????????"
            // 2030 A, 2031 N, 2032–2033 A, 2034 N, 2035 A, 2036–203A N, 203B A, 203C–203D N, 203E A, 203F N
            + "A1AA1A11111A11A1"
            // 2040–204F N
            + "1111111111111111"
            // 2050–205E N
            + "111111111111111";
    private static final int GENERAL_PUNCTUATION_FROM = 0x2010;

    /**
     * The arrows U+2190–U+21FF, by East_Asian_Width (A: ambiguous, 1: one cell), as ICU 78 gives them: the reader's
     * help and key hints draw some. Index: the character minus U+2190.
     */
    private static final String ARROWS = ""
            + "AAAAAAAAAA111111" // 2190
            + "1111111111111111" // 21A0
            + "11111111AA111111" // 21B0
            + "1111111111111111" // 21C0
            + "11A1A11111111111" // 21D0
            + "1111111A11111111" // 21E0
            + "1111111111111111"; // 21F0
    private static final int ARROWS_FROM = 0x2190;

    /**
     * Box drawing, block elements and geometric shapes U+2500–U+25FF, by East_Asian_Width as ICU 78 gives them; the two
     * shapes shown as emoji (U+25FD, U+25FE) are left to the data ("?"). The reader's divider (U+2502) and its tree's
     * marks are among them: their first look-up loaded ICU's property data on the screen's thread before the first
     * frame. Index: the character minus U+2500.
     */
    private static final String BOXES_AND_SHAPES = ""
            + "AAAAAAAAAAAAAAAA" // 2500
            + "AAAAAAAAAAAAAAAA" // 2510
            + "AAAAAAAAAAAAAAAA" // 2520
            + "AAAAAAAAAAAAAAAA" // 2530
            + "AAAAAAAAAAAA1111" // 2540
            + "AAAAAAAAAAAAAAAA" // 2550
            + "AAAAAAAAAAAAAAAA" // 2560
            + "AAAA111111111111" // 2570
            + "AAAAAAAAAAAAAAAA" // 2580
            + "11AAAA1111111111" // 2590
            + "AA1AAAAAAA111111" // 25A0
            + "11AA11AA1111AA11" // 25B0
            + "AA1111AAA11A11AA" // 25C0
            + "AA11111111111111" // 25D0
            + "11AAAA111111111A" // 25E0
            + "1111111111111??1"; // 25F0
    private static final int BOXES_AND_SHAPES_FROM = 0x2500;

    private CommonCharacters() {
    }

    /**
     * Whether {@code c} is one of the characters named here: a grapheme cluster of its own beside any other of them
     * (Grapheme_Cluster_Break Other, or a Hangul syllable, which joins only jamo), in NFC beside any other of them
     * (NFC_Quick_Check Yes and combining class 0: nothing composes with it or reorders), and no control character.
     */
    static boolean isCommon(char c) {
        if (c < 0x3000) {
            return (c >= 0x20 && c < 0x7F)
                    || (c >= 0xA0 && c <= 0xFF && c != 0xAD) // Latin-1 but the soft hyphen (a format character)
                    || (c >= 0x2010 && c <= 0x2027)
                    || (c >= 0x2030 && c <= 0x205E)
                    || (c >= 0x2190 && c <= 0x21FF) // arrows
                    || (c >= 0x2500 && c <= 0x25FF); // box drawing, block elements, geometric shapes
        }
        return c <= 0x3029 // CJK symbols and punctuation, before the ideographic tone marks
                || (c >= 0x3030 && c <= 0x303F)
                || (c >= 0x3041 && c <= 0x3096) // hiragana
                || (c >= 0x309B && c <= 0x30FF) // after the combining voiced sound marks: kana
                || (c >= 0x3400 && c <= 0x4DBF) // CJK ideographs, extension A
                || (c >= 0x4E00 && c <= 0x9FFF) // CJK unified ideographs
                || (c >= 0xAC00 && c <= 0xD7A3) // Hangul syllables
                || (c >= 0xFF01 && c <= 0xFF9D) // fullwidth forms, halfwidth katakana before its sound marks
                || (c >= 0xFFE0 && c <= 0xFFE6) // fullwidth signs
                || (c >= 0xFFE8 && c <= 0xFFEE); // halfwidth signs
    }

    /**
     * The width class of {@code cp} as a cluster of its own — 1 or 2 cells, or {@link #AMBIGUOUS} — or {@link #UNKNOWN}
     * when it takes the Unicode data to say.
     */
    static byte widthClass(int cp) {
        if (cp >= 0x20 && cp < 0x7F) {
            return 1;
        }
        if ((cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0x3400 && cp <= 0x4DBF)) {
            return 2;
        }
        if (cp >= GENERAL_PUNCTUATION_FROM && cp < GENERAL_PUNCTUATION_FROM + GENERAL_PUNCTUATION.length()) {
            return fromTable(GENERAL_PUNCTUATION, cp - GENERAL_PUNCTUATION_FROM);
        }
        if (cp >= ARROWS_FROM && cp < ARROWS_FROM + ARROWS.length()) {
            return fromTable(ARROWS, cp - ARROWS_FROM);
        }
        if (cp >= BOXES_AND_SHAPES_FROM && cp < BOXES_AND_SHAPES_FROM + BOXES_AND_SHAPES.length()) {
            return fromTable(BOXES_AND_SHAPES, cp - BOXES_AND_SHAPES_FROM);
        }
        if ((cp >= 0x3000 && cp <= 0x3029) || (cp >= 0x3030 && cp <= 0x303E) || (cp >= 0x3041 && cp <= 0x3096)
                || (cp >= 0x309B && cp <= 0x30FF) || (cp >= 0xFF01 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6)) {
            return 2; // East_Asian_Width W or F
        }
        if (cp == 0x303F || (cp >= 0xFF61 && cp <= 0xFF9D) || (cp >= 0xFFE8 && cp <= 0xFFEE)) {
            return 1; // the half fill space, halfwidth forms
        }
        return UNKNOWN;
    }

    /**
     * Whether {@code c}, a {@linkplain #isCommon common} character, is Extended_Pictographic: one an emoji
     * presentation selector or a joiner can make a picture of (©, ®, ‼, ⁉, some arrows and shapes, 〰, 〽). The others
     * are drawn as the text they are. {@code CommonCharactersTest} checks the list against ICU's data.
     */
    static boolean isPictographic(char c) {
        return c == 0xA9 || c == 0xAE || c == 0x203C || c == 0x2049 || (c >= 0x2194 && c <= 0x2199) || c == 0x21A9
                || c == 0x21AA || c == 0x25AA || c == 0x25AB || c == 0x25B6 || c == 0x25C0
                || (c >= 0x25FB && c <= 0x25FE)
                || c == 0x3030 || c == 0x303D;
    }

    private static byte fromTable(String table, int index) {
        return switch (table.charAt(index)) {
            case 'A' -> AMBIGUOUS;
            case '1' -> 1;
            default -> UNKNOWN;
        };
    }

    /** Whether every character of {@code text} is {@linkplain #isCommon common}. */
    static boolean allCommon(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (!isCommon(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
