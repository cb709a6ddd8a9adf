package newsreader.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Wraps a paragraph to a width in cells (cjk-typography.md §2): UAX #14 strict breaking from ICU,
 * kinsoku on top of it, hanging spaces, and a cluster-exact emergency break for runs that cannot fit.
 *
 * <p>The rules, in order of preference, for where a line that does not fit ends:
 * <ol>
 *   <li>at the last break opportunity that fits and that kinsoku allows (so characters that may not
 *       start a line take the last characters of this line down with them: push-out);</li>
 *   <li>with none, at the last fallback inside a technical word kept whole that fits ({@code RISC-|V}
 *       on a line narrower than the word, see {@link TechnicalWords});</li>
 *   <li>with no such opportunity, between the grapheme clusters of the run: at the last boundary
 *       that fits where kinsoku allows a break, else at the last boundary that fits;</li>
 *   <li>a single cluster wider than the whole width (a wide character at width 1) becomes a line of
 *       its own that shows {@link TextLine#PLACEHOLDER} (deviation: the spec has no rule for a
 *       width below one cluster; the placeholder keeps lines within the width and shows that
 *       something is there, while the line's offsets keep the source).</li>
 * </ol>
 * A line never exceeds the width, so a wide character that would start in the last cell moves down, with one
 * exception when the wrapper {@link #keepingAddressesWhole() keeps addresses whole}: an address wider than the
 * line stands whole on a line of its own (with the characters kinsoku glues to it), wider than the width.
 * Spaces (U+0020, and the ideographic space U+3000) at a break hang: they belong to no line and are
 * not counted, so a line never ends in one and only a paragraph's first line starts with one (the
 * leading ideographic spaces of a paragraph, its indentation, are printed).
 */
public final class LineWrapper {
    private final CellWidth widths;
    private final boolean addressesWhole;

    public LineWrapper(CellWidth widths) {
        this(widths, false);
    }

    private LineWrapper(CellWidth widths, boolean addressesWhole) {
        this.widths = widths;
        this.addressesWhole = addressesWhole;
    }

    /**
     * A wrapper that never breaks an address ({@link Addresses}): for output that is copied or clicked from a
     * terminal's scrollback (show, line mode), where a broken address is useless. The full-screen reader must cut
     * lines at its edge and uses the plain wrapper.
     */
    public LineWrapper keepingAddressesWhole() {
        return new LineWrapper(widths, true);
    }

    public CellWidth widths() {
        return widths;
    }

    /**
     * Wraps {@code text} (already cleaned with {@link SafeText}, TABs already spaces; {@code \n} is a
     * forced break) to {@code width} cells; a width below 1 counts as 1. Every character except the
     * spaces at a break and the {@code \n} ends up in exactly one line, in order. Each {@code \n} ends a
     * paragraph of at least one line (an empty paragraph gives one empty line); nothing after the
     * last {@code \n} gives no line.
     */
    public List<TextLine> wrap(String text, int width) {
        int maxWidth = Math.max(1, width);
        List<TextLine> lines = new ArrayList<>();
        if (text.isEmpty()) {
            return lines;
        }
        MeasuredText measured = new MeasuredText(text, widths, addressesWhole ? Addresses.find(text) : List.of());
        int paragraphStart = 0;
        for (int k = 0; k <= measured.count; k++) {
            if (k == measured.count || measured.is(k, MeasuredText.NEWLINE)) {
                if (k > paragraphStart || k < measured.count) {
                    new ParagraphLayout(measured, maxWidth, lines).layOut(paragraphStart, k);
                }
                paragraphStart = k + 1;
            }
        }
        return lines;
    }

    /** Wraps and returns what the lines show: a convenience for callers that need no offsets. */
    public List<String> wrapToStrings(String text, int width) {
        List<String> out = new ArrayList<>();
        for (TextLine line : wrap(text, width)) {
            out.add(line.of(text));
        }
        return out;
    }

    /** Greedy line filling of one paragraph: clusters {@code from..to-1}, no newline among them. */
    private final class ParagraphLayout {
        private final MeasuredText m;
        private final int maxWidth;
        private final List<TextLine> out;

        ParagraphLayout(MeasuredText measured, int maxWidth, List<TextLine> out) {
            this.m = measured;
            this.maxWidth = maxWidth;
            this.out = out;
        }

        void layOut(int from, int to) {
            int start = from;
            do {
                start = layOutLine(start, to);
            } while (start < to);
        }

        /** Emits the line that starts at cluster {@code start}; returns where the next one starts. */
        private int layOutLine(int start, int to) {
            int lastOpportunity = -1;
            int lastFallback = -1;
            int firstPrinted = -1;
            for (int k = start; k < to; k++) {
                // Never break before a space: it would start the next line and look like an indent.
                boolean breakable = firstPrinted >= 0 && m.is(k, MeasuredText.KINSOKU_OK) && !m.is(k, MeasuredText.SPACE);
                if (breakable && m.is(k, MeasuredText.OPPORTUNITY)) {
                    lastOpportunity = k;
                } else if (breakable && m.is(k, MeasuredText.FALLBACK)) {
                    lastFallback = k;
                }
                if (m.is(k, MeasuredText.SPACE)) {
                    continue;
                }
                if (m.width(start, k + 1) > maxWidth) {
                    return cut(start, k, lastOpportunity > start ? lastOpportunity : lastFallback, firstPrinted, to);
                }
                if (firstPrinted < 0) {
                    firstPrinted = k;
                }
            }
            emit(start, to);
            return to;
        }

        /** Ends the line that overflows at cluster {@code overflow}; returns where the next starts. */
        private int cut(int start, int overflow, int lastOpportunity, int firstPrinted, int to) {
            int end;
            if (lastOpportunity > start) {
                end = lastOpportunity;
            } else if (m.addressEnd(overflow) >= 0) {
                end = afterAddress(m.addressEnd(overflow), to);
            } else if (firstPrinted < 0) {
                if (overflow == start) {
                    out.add(new TextLine(m.bounds[start], m.bounds[start + 1],
                            widths.ofCodePoint(TextLine.PLACEHOLDER.codePointAt(0)), true));
                    return skipSpaces(start + 1, to);
                }
                // Only leading spaces fit before a cluster too wide for them: they hang on a blank line.
                end = overflow;
            } else {
                end = overflow;
                for (int k = overflow; k > firstPrinted; k--) {
                    if (m.is(k, MeasuredText.KINSOKU_OK)) {
                        end = k;
                        break;
                    }
                }
            }
            emit(start, end);
            return skipSpaces(end, to);
        }

        /**
         * Where a line that holds an address too wide for it ends: after the address and whatever may not start
         * a line (a closing bracket, a comma), which kinsoku keeps with it.
         */
        private int afterAddress(int addressEnd, int to) {
            int end = addressEnd;
            while (end < to && !m.is(end, MeasuredText.KINSOKU_OK)) {
                end++;
            }
            return end;
        }

        private int skipSpaces(int k, int to) {
            while (k < to && m.is(k, MeasuredText.SPACE)) {
                k++;
            }
            return k;
        }

        private void emit(int start, int end) {
            int last = end;
            while (last > start && m.is(last - 1, MeasuredText.SPACE)) {
                last--;
            }
            out.add(new TextLine(m.bounds[start], m.bounds[last], m.width(start, last)));
        }
    }
}
