package newsreader.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.Arrays;

/** Where UAX #14 lets a line break, as ICU computes it; kinsoku and widths come on top (see {@link LineWrapper}). */
public enum LineBreakRules {
    /** The untailored algorithm: what {@code LineBreakTest.txt} checks. */
    UNTAILORED(ULocale.ROOT, false),
    /**
     * The strict CJK tailoring ({@code lb=strict}) that the wrapper uses (cjk-typography.md §2), Korean
     * words kept whole ({@link KoreanWords}) and Latin technical words kept whole ({@link TechnicalWords}).
     */
    STRICT(new ULocale("zh@lb=strict"), true);

    private final ULocale locale;
    private final boolean tailored;

    LineBreakRules(ULocale locale, boolean tailored) {
        this.locale = locale;
        this.tailored = tailored;
    }

    /**
     * Where a text may break: {@code regular} opportunities, and {@code fallbacks} inside words kept whole, which
     * a line may use only when it holds no regular one (see {@link TechnicalWords}). Offsets in increasing order,
     * each in {@code (0, length]}; the end of a non-empty text is always a regular opportunity.
     */
    public record Opportunities(int[] regular, int[] fallbacks) {
    }

    /**
     * The offsets, in increasing order, before which a line may break: each in {@code (0, length]},
     * the end of a non-empty text always included.
     */
    public int[] opportunities(CharSequence text) {
        return find(text).regular();
    }

    /** The regular opportunities and the fallbacks of {@code text}. */
    public Opportunities find(CharSequence text) {
        BreakIterator it = BreakIterator.getLineInstance(locale);
        it.setText(text);
        int[] breaks = new int[text.length() + 1];
        int n = 0;
        for (int b = it.next(); b != BreakIterator.DONE; b = it.next()) {
            if (!(tailored && KoreanWords.joinsAt(text, b))) {
                breaks[n++] = b;
            }
        }
        breaks = Arrays.copyOf(breaks, n);
        return tailored ? keepTechnicalWords(text, breaks) : new Opportunities(breaks, new int[0]);
    }

    /**
     * The Latin tailoring ({@link TechnicalWords}) applied to the opportunities {@code breaks} of {@code text}: those
     * inside a word kept whole become fallbacks or go, and arrows add fallbacks.
     */
    static Opportunities keepTechnicalWords(CharSequence text, int[] breaks) {
        byte[] marks = TechnicalWords.mark(text);
        int[] regular = new int[breaks.length];
        int[] fallbacks = new int[text.length() + 1];
        int n = 0;
        int f = 0;
        int previous = 0;
        for (int b : breaks) {
            // Arrows add fallbacks where UAX #14 has none: between the last opportunity and this one.
            for (int a = previous + 1; a < b; a++) {
                if (marks[a] == TechnicalWords.ADDED_FALLBACK) {
                    fallbacks[f++] = a;
                }
            }
            previous = b;
            if (marks[b] == TechnicalWords.FREE) {
                regular[n++] = b;
            } else if (marks[b] != TechnicalWords.NEVER) {
                fallbacks[f++] = b;
            }
        }
        return new Opportunities(Arrays.copyOf(regular, n), Arrays.copyOf(fallbacks, f));
    }

    /**
     * Korean is set with spaces between words and breaks only there (CSS {@code word-break: keep-all},
     * what most Korean sites use), while UAX #14 lets a line break between any two Hangul syllables,
     * which splits words ({@code 인} / {@code 기}). This takes those breaks back out: between two Hangul
     * characters, and between Hangul and a Latin letter or a digit next to it, since {@code 3월} and
     * {@code AI가} are one word each, as keep-all's letter units are. Chinese and Japanese keep their
     * breaks between ideographs. A Korean word wider than the line still breaks: the wrapper's
     * emergency break between clusters does not need an opportunity.
     */
    static final class KoreanWords {
        private KoreanWords() {
        }

        /** Whether the characters either side of {@code offset} belong to one Korean word. */
        static boolean joinsAt(CharSequence text, int offset) {
            if (offset <= 0 || offset >= text.length()) {
                return false;
            }
            int before = baseBefore(text, offset);
            int after = Character.codePointAt(text, offset);
            if (before < 0) {
                return false;
            }
            boolean hangulBefore = isHangul(before);
            boolean hangulAfter = isHangul(after);
            return (hangulBefore && (hangulAfter || isLetterOrDigit(after)))
                    || (hangulAfter && isLetterOrDigit(before));
        }

        /**
         * The character before {@code offset}, looking back past combining marks and joiners, which
         * take the class of what they follow (UAX #14 LB9); -1 when there is none.
         */
        private static int baseBefore(CharSequence text, int offset) {
            int i = offset;
            while (i > 0) {
                int cp = Character.codePointBefore(text, i);
                int lb = UCharacter.getIntPropertyValue(cp, UProperty.LINE_BREAK);
                if (lb != UCharacter.LineBreak.COMBINING_MARK && lb != UCharacter.LineBreak.ZWJ) {
                    return cp;
                }
                i -= Character.charCount(cp);
            }
            return -1;
        }

        /** Hangul syllables and jamo (conjoining, compatibility, extended A and B). */
        static boolean isHangul(int cp) {
            return (cp >= 0xAC00 && cp <= 0xD7A3)
                    || (cp >= 0x1100 && cp <= 0x11FF)
                    || (cp >= 0x3130 && cp <= 0x318F)
                    || (cp >= 0xA960 && cp <= 0xA97F)
                    || (cp >= 0xD7B0 && cp <= 0xD7FF);
        }

        /** A letter or digit of UAX #14's alphabetic or numeric classes: Latin, Greek, Cyrillic, digits; not ideographs. */
        private static boolean isLetterOrDigit(int cp) {
            if (!Character.isLetterOrDigit(cp)) {
                return false;
            }
            int lb = UCharacter.getIntPropertyValue(cp, UProperty.LINE_BREAK);
            return lb == UCharacter.LineBreak.ALPHABETIC || lb == UCharacter.LineBreak.NUMERIC;
        }
    }
}
