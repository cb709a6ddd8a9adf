package newsreader.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Lays out preformatted text ({@code <pre>}, fenced code) by cjk-typography.md §2: its own line
 * breaks and spacing are kept, TABs expand to the next multiple of 8 cells, and a line wider than
 * the width is folded at the last cluster that fits, each continuation marked with {@code ↪ }.
 *
 * <p>The marker counts in the width. Below 4 cells it shrinks to {@code ↪} (2 and 3 cells) and
 * disappears at width 1, so that every line keeps room for content. A cluster wider than the room
 * left after the marker (a wide character at width 1, or on a continuation at width 2 or 3) shows
 * as {@link TextLine#PLACEHOLDER}, as in {@link LineWrapper}: never wider than the width.
 */
public final class Preformatted {
    /** The mark that starts each continuation of a folded line. */
    public static final String CONTINUATION = "↪ ";
    private static final String SHORT_CONTINUATION = "↪";
    private static final int TAB_STOP = 8;

    private final CellWidth widths;

    public Preformatted(CellWidth widths) {
        this.widths = widths;
    }

    /** The line with each TAB replaced by spaces up to the next multiple of 8 cells from its start. */
    public String expandTabs(String line) {
        if (line.indexOf('\t') < 0) {
            return line;
        }
        StringBuilder out = new StringBuilder(line.length() + 16);
        int[] bounds = Graphemes.boundaries(line);
        int column = 0;
        for (int k = 0; k + 1 < bounds.length; k++) {
            if (line.charAt(bounds[k]) == '\t') {
                int spaces = TAB_STOP - column % TAB_STOP;
                out.append(" ".repeat(spaces));
                column += spaces;
            } else {
                out.append(line, bounds[k], bounds[k + 1]);
                column += widths.ofCluster(line, bounds[k], bounds[k + 1]);
            }
        }
        return out.toString();
    }

    /**
     * One source line (no {@code \n}) as one or more screen lines, marker included, each at most
     * {@code width} cells: {@link #foldLines} for callers that only print.
     */
    public List<String> fold(String sourceLine, int width) {
        List<String> out = new ArrayList<>();
        for (FoldedLine line : foldLines(sourceLine, width)) {
            out.add(line.display());
        }
        return out;
    }

    /**
     * Folds one source line (no {@code \n}) to {@code width} cells (below 1 counts as 1), after
     * expanding its TABs, keeping marker and text apart so that the marker can be styled. An empty
     * line gives one empty line.
     */
    public List<FoldedLine> foldLines(String sourceLine, int width) {
        int maxWidth = Math.max(1, width);
        String line = expandTabs(sourceLine);
        String marker = maxWidth >= 4 ? CONTINUATION : maxWidth >= 2 ? SHORT_CONTINUATION : "";
        int markerWidth = widths.of(marker);
        int placeholderWidth = widths.ofCluster(TextLine.PLACEHOLDER);

        List<FoldedLine> out = new ArrayList<>();
        int[] bounds = Graphemes.boundaries(line);
        int count = bounds.length - 1;
        StringBuilder text = new StringBuilder();
        String currentMarker = "";
        int used = 0;
        int emptyLineWidth = 0;
        int lineStart = 0;
        boolean placeholderShown = false;
        for (int k = 0; k < count; k++) {
            int cells = widths.ofCluster(line, bounds[k], bounds[k + 1]);
            if (used + cells > maxWidth && used > emptyLineWidth) {
                int fold = placeholderShown ? k : kinsokuFold(line, bounds, lineStart, k);
                if (fold < k) {
                    text.setLength(bounds[fold] - bounds[lineStart]);
                    used = emptyLineWidth + widths.of(text.toString());
                    k = fold;
                    cells = widths.ofCluster(line, bounds[k], bounds[k + 1]);
                }
                out.add(new FoldedLine(currentMarker, text.toString(), used));
                text.setLength(0);
                currentMarker = marker;
                used = markerWidth;
                emptyLineWidth = markerWidth;
                lineStart = k;
                placeholderShown = false;
            }
            if (used + cells > maxWidth) {
                text.append(TextLine.PLACEHOLDER);
                used += placeholderWidth;
                placeholderShown = true;
            } else {
                text.append(line, bounds[k], bounds[k + 1]);
                used += cells;
            }
        }
        out.add(new FoldedLine(currentMarker, text.toString(), used));
        return out;
    }

    /**
     * Where a fold of prose before cluster {@code fold} goes so that kinsoku holds (cjk-typography.md §2): a line
     * of a Chinese article wrapped in {@code <pre>} must not end with {@code 【} nor the next start with {@code ，}.
     * The fold moves back (push-out) to the last cluster boundary after the line's first cluster where kinsoku
     * allows it; when there is none, the width wins and the fold stays. Code keeps its hard folds: the rule applies
     * only where a character beside the fold is not ASCII, so {@code f(x,} / {@code y)} folds where it fills.
     */
    private static int kinsokuFold(String line, int[] bounds, int lineStart, int fold) {
        for (int k = fold; k > lineStart; k--) {
            if (!breaksKinsoku(line, bounds, k)) {
                return k;
            }
        }
        return fold;
    }

    /** Whether a fold before cluster {@code k} of a prose-like stretch breaks kinsoku. */
    private static boolean breaksKinsoku(String line, int[] bounds, int k) {
        int last = line.codePointAt(bounds[k - 1]);
        int first = line.codePointAt(bounds[k]);
        if (last < 0x80 && first < 0x80) {
            return false;
        }
        return !Kinsoku.allowsBreakBetween(last, first, true);
    }

    /** Folds a block of preformatted text line by line; its {@code \n} are the only line ends. */
    public List<FoldedLine> foldBlock(String block, int width) {
        List<FoldedLine> out = new ArrayList<>();
        for (String line : block.split("\n", -1)) {
            out.addAll(foldLines(line, width));
        }
        return out;
    }
}
