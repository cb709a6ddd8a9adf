package newsreader.text;

import java.util.Arrays;
import java.util.List;

/**
 * A text measured once for wrapping: its grapheme clusters, their widths as running sums, and per
 * cluster what the wrapper needs to know about the gap before it. Plain arrays, because a 100 KB
 * article has tens of thousands of clusters and the layout must take milliseconds.
 */
final class MeasuredText {
    /**
     * A space that hangs at a break: U+0020, and U+3000 (the ideographic space, which CSS also
     * hangs at a line end). Spaces that lead a paragraph are printed, the Chinese indentation.
     */
    static final byte SPACE = 1;
    static final byte NEWLINE = 2;
    /** UAX #14 (strict) allows a break before this cluster. */
    static final byte OPPORTUNITY = 4;
    /** Kinsoku allows a break before this cluster. */
    static final byte KINSOKU_OK = 8;
    /** A fallback inside a word kept whole: for a line that holds no OPPORTUNITY ({@link TechnicalWords}). */
    static final byte FALLBACK = 16;

    final String text;
    final int count;
    /** Offset of cluster k is {@code bounds[k]}; {@code bounds[count] == text.length()}. */
    final int[] bounds;
    /** Cells taken by clusters 0..k-1 is {@code cells[k]}. */
    final int[] cells;
    /** SPACE, NEWLINE, OPPORTUNITY, KINSOKU_OK and FALLBACK bits per cluster. */
    final byte[] flags;
    /**
     * For a cluster inside an address that is kept whole: the cluster just after that address; -1 elsewhere.
     * Null when the text has no such address.
     */
    private final int[] addressEnd;

    MeasuredText(String text, CellWidth widths) {
        this(text, widths, List.of());
    }

    /** Measures {@code text}, with {@code addresses} (char spans, in order) kept whole: no opportunity inside them. */
    MeasuredText(String text, CellWidth widths, List<Addresses.Span> addresses) {
        this.text = text;
        this.bounds = Graphemes.boundaries(text);
        this.count = bounds.length - 1;
        this.cells = new int[count + 1];
        this.flags = new byte[count + 1];
        for (int k = 0; k < count; k++) {
            int from = bounds[k];
            int to = bounds[k + 1];
            char first = text.charAt(from);
            if ((first == ' ' || first == '\u3000') && to - from == 1) {
                flags[k] = SPACE;
            } else if (first == '\n' || (first == '\r' && to - from == 2)) {
                flags[k] = NEWLINE;
            }
            cells[k + 1] = cells[k] + widths.ofCluster(text, from, to);
        }
        markKinsoku();
        markOpportunities();
        this.addressEnd = addresses.isEmpty() ? null : markAddresses(addresses);
    }

    /** The cluster just after the kept-whole address that holds cluster {@code k}, or -1 when none holds it. */
    int addressEnd(int k) {
        return addressEnd == null ? -1 : addressEnd[k];
    }

    /**
     * An address may break only before and after itself: its inner opportunities (at {@code /}, {@code -},
     * {@code ?}) are taken away, and its edges become opportunities (kinsoku still judges them), so that a
     * Chinese word glued to it ({@code 见https://…}) can stay on the line before.
     */
    private int[] markAddresses(List<Addresses.Span> addresses) {
        int[] ends = new int[count + 1];
        Arrays.fill(ends, -1);
        for (Addresses.Span span : addresses) {
            int first = clusterAt(span.start());
            int after = clusterAt(span.end());
            if (first < 0 || after < 0 || after <= first) {
                continue; // not on cluster boundaries: a mark joined to its first or last character; left as text
            }
            flags[first] |= OPPORTUNITY;
            for (int k = first; k < after; k++) {
                ends[k] = after;
                if (k > first) {
                    flags[k] &= (byte) ~(OPPORTUNITY | FALLBACK);
                }
            }
            if (after < count) {
                flags[after] |= OPPORTUNITY;
            }
        }
        return ends;
    }

    /** The cluster that starts at char {@code offset} ({@code count} at the end), or -1 when none starts there. */
    private int clusterAt(int offset) {
        int k = Arrays.binarySearch(bounds, offset);
        return k >= 0 ? k : -1;
    }

    boolean is(int k, byte flag) {
        return (flags[k] & flag) != 0;
    }

    /** Cells taken by clusters {@code from..to-1}. */
    int width(int from, int to) {
        return cells[to] - cells[from];
    }

    private int firstCodePoint(int k) {
        return text.codePointAt(bounds[k]);
    }

    /**
     * Kinsoku judges the printed characters on either side of a break, so spaces between them (which
     * hang at the end of the line) are looked through; a paragraph end stops the look.
     */
    private void markKinsoku() {
        boolean[] nextCannotStart = new boolean[count + 1];
        boolean blocked = false;
        for (int k = count - 1; k >= 0; k--) {
            if (is(k, NEWLINE)) {
                blocked = false;
            } else if (!is(k, SPACE)) {
                blocked = Kinsoku.cannotStartLine(firstCodePoint(k));
            }
            nextCannotStart[k] = blocked;
        }
        int lastPrinted = -1;
        for (int k = 1; k < count; k++) {
            int before = k - 1;
            if (is(before, NEWLINE)) {
                lastPrinted = -1;
            } else if (!is(before, SPACE)) {
                lastPrinted = before;
            }
            boolean ok = !nextCannotStart[k];
            if (ok && lastPrinted >= 0) {
                int last = firstCodePoint(lastPrinted);
                ok = !Kinsoku.cannotEndLine(last)
                        && !(lastPrinted == before && Kinsoku.isUnsplittablePair(last, firstCodePoint(k)));
            }
            if (ok) {
                flags[k] |= KINSOKU_OK;
            }
        }
    }

    /**
     * Marks UAX #14 strict opportunities (with their tailoring, see {@link LineBreakRules#STRICT}) and the
     * tailoring's fallbacks that fall on cluster boundaries.
     */
    private void markOpportunities() {
        LineBreakRules.Opportunities found = LineBreakRules.STRICT.find(text);
        mark(found.regular(), OPPORTUNITY);
        mark(found.fallbacks(), FALLBACK);
    }

    private void mark(int[] offsets, byte flag) {
        int k = 0;
        for (int b : offsets) {
            while (k < count && bounds[k] < b) {
                k++;
            }
            if (k < count && bounds[k] == b) {
                flags[k] |= flag;
            }
        }
    }
}
