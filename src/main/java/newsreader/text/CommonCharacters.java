package newsreader.text;

/**
 * What is known, without Unicode data, of the characters Chinese news is mostly made of: ASCII, Latin-1, the
 * punctuation of general use and of CJK, kana, CJK ideographs, Hangul syllables and the fullwidth forms.
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
                    || (c >= 0x2030 && c <= 0x205E);
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
            return switch (GENERAL_PUNCTUATION.charAt(cp - GENERAL_PUNCTUATION_FROM)) {
                case 'A' -> AMBIGUOUS;
                case '1' -> 1;
                default -> UNKNOWN;
            };
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
