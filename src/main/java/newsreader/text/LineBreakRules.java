package newsreader.text;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.Arrays;

/** Where UAX #14 lets a line break, as ICU computes it; kinsoku and widths come on top (see {@link LineWrapper}). */
public enum LineBreakRules {
    /** The untailored algorithm: what {@code LineBreakTest.txt} checks. */
    UNTAILORED(ULocale.ROOT),
    /** The strict CJK tailoring ({@code lb=strict}) that the wrapper uses (cjk-typography.md §2). */
    STRICT(new ULocale("zh@lb=strict"));

    private final ULocale locale;

    LineBreakRules(ULocale locale) {
        this.locale = locale;
    }

    /**
     * The offsets, in increasing order, before which a line may break: each in {@code (0, length]},
     * the end of a non-empty text always included.
     */
    public int[] opportunities(CharSequence text) {
        BreakIterator it = iterator(text);
        int[] buf = new int[text.length() + 1];
        int n = 0;
        for (int b = it.next(); b != BreakIterator.DONE; b = it.next()) {
            buf[n++] = b;
        }
        return Arrays.copyOf(buf, n);
    }

    /** A fresh ICU line iterator over {@code text}, positioned at its start. */
    BreakIterator iterator(CharSequence text) {
        BreakIterator it = BreakIterator.getLineInstance(locale);
        it.setText(text);
        return it;
    }
}
