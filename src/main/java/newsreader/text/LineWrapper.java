package newsreader.text;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;

/**
 * Wraps a paragraph to a width in cells (cjk-typography.md §2): UAX #14 strict breaking from ICU,
 * kinsoku on top of it, hanging spaces, and a cluster-exact emergency break for runs that cannot fit.
 */
public final class LineWrapper {
    private static final ULocale STRICT = new ULocale("zh@lb=strict");

    private final CellWidth widths;

    public LineWrapper(CellWidth widths) {
        this.widths = widths;
    }

    public CellWidth widths() {
        return widths;
    }

    /**
     * Wraps {@code text} (already cleaned with {@link SafeText}; {@code \n} is a forced break) to
     * {@code width} cells. Every character except the spaces at a break ends up in exactly one line.
     */
    public List<TextLine> wrap(String text, int width) {
        int maxWidth = Math.max(1, width);
        List<TextLine> lines = new ArrayList<>();
        if (text.isEmpty()) {
            return lines;
        }
        int[] starts = Graphemes.boundaries(text);
        int n = starts.length - 1;
        int[] prefix = new int[n + 1];
        for (int k = 0; k < n; k++) {
            prefix[k + 1] = prefix[k] + widths.ofCluster(text.substring(starts[k], starts[k + 1]));
        }
        boolean[] allowed = breakOpportunities(text, starts);

        int lineStart = 0;
        int lastBreak = -1;
        for (int k = 0; k < n; k++) {
            char first = text.charAt(starts[k]);
            if (first == '\n') {
                lines.add(line(text, starts, prefix, lineStart, k));
                lineStart = k + 1;
                lastBreak = -1;
                continue;
            }
            if (first == ' ') {
                if (allowed[k + 1]) {
                    lastBreak = k + 1;
                }
                continue;
            }
            while (prefix[k + 1] - prefix[lineStart] > maxWidth && k >= lineStart) {
                int cut;
                if (lastBreak > lineStart) {
                    cut = lastBreak;
                } else {
                    cut = emergencyCut(text, starts, prefix, lineStart, k, maxWidth);
                }
                lines.add(line(text, starts, prefix, lineStart, cut));
                lineStart = cut;
                while (lineStart <= k && text.charAt(starts[lineStart]) == ' ') {
                    lineStart++;
                }
                lastBreak = -1;
            }
            if (allowed[k + 1]) {
                lastBreak = k + 1;
            }
        }
        if (lineStart < n) {
            lines.add(line(text, starts, prefix, lineStart, n));
        }
        return lines;
    }

    /** Wraps and returns the lines' texts: a convenience for callers that need no offsets. */
    public List<String> wrapToStrings(String text, int width) {
        List<String> out = new ArrayList<>();
        for (TextLine line : wrap(text, width)) {
            out.add(line.of(text));
        }
        return out;
    }

    /**
     * A cut for a run with no allowed break: the last cluster boundary that fits, moved back where
     * possible so that kinsoku holds; at least one cluster always goes on the line.
     */
    private int emergencyCut(String text, int[] starts, int[] prefix, int lineStart, int k, int maxWidth) {
        int fit = lineStart + 1;
        while (fit + 1 <= k && prefix[fit + 1] - prefix[lineStart] <= maxWidth) {
            fit++;
        }
        for (int c = fit; c > lineStart; c--) {
            if (kinsokuAllows(text, starts[c])) {
                return c;
            }
        }
        return fit;
    }

    private TextLine line(String text, int[] starts, int[] prefix, int from, int to) {
        int end = to;
        while (end > from && text.charAt(starts[end - 1]) == ' ') {
            end--;
        }
        return new TextLine(starts[from], starts[end], prefix[end] - prefix[from]);
    }

    /** allowed[k]: a line may break before cluster k (k in 1..n-1). */
    private boolean[] breakOpportunities(String text, int[] starts) {
        int n = starts.length - 1;
        boolean[] allowed = new boolean[n + 1];
        BreakIterator it = BreakIterator.getLineInstance(STRICT);
        it.setText(text);
        int k = 0;
        for (int b = it.first(); b != BreakIterator.DONE; b = it.next()) {
            while (k < n && starts[k] < b) {
                k++;
            }
            if (k < n && starts[k] == b && k > 0 && kinsokuAllows(text, b)) {
                allowed[k] = true;
            }
        }
        return allowed;
    }

    /** Kinsoku at a break before {@code offset}: what would end this line and start the next. */
    static boolean kinsokuAllows(String text, int offset) {
        if (offset <= 0 || offset >= text.length()) {
            return true;
        }
        int before = text.codePointBefore(offset);
        int after = text.codePointAt(offset);
        if (Kinsoku.cannotStartLine(after) || Kinsoku.cannotEndLine(before)) {
            return false;
        }
        return !Kinsoku.isUnsplittablePair(before, after);
    }
}
