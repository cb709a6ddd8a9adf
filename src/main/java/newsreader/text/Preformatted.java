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
     * line gives one empty line. An address ({@link Addresses}) is never folded: a line is folded
     * before it instead, and one wider than the width stands whole on its own line (after its
     * indentation, if any), past the width: as in prose, a broken address can be neither copied nor
     * clicked.
     */
    public List<FoldedLine> foldLines(String sourceLine, int width) {
        int maxWidth = Math.max(1, width);
        String line = expandTabs(sourceLine);
        String marker = maxWidth >= 4 ? CONTINUATION : maxWidth >= 2 ? SHORT_CONTINUATION : "";
        int markerWidth = widths.of(marker);
        int placeholderWidth = widths.ofCluster(TextLine.PLACEHOLDER);
        List<Addresses.Span> addresses = Addresses.find(line);

        List<FoldedLine> out = new ArrayList<>();
        int[] bounds = Graphemes.boundaries(line);
        int count = bounds.length - 1;
        StringBuilder text = new StringBuilder();
        String currentMarker = "";
        int used = 0;
        int emptyLineWidth = 0;
        int lineStart = 0;
        boolean placeholderShown = false;
        // Where the address being laid out began in this screen line's text, and the width before it; -1 for none.
        int addressText = -1;
        int addressUsed = 0;
        int addressCluster = 0;
        for (int k = 0; k < count; k++) {
            Addresses.Span address = spanAround(addresses, bounds[k], bounds[k + 1]);
            if (address != null && address.start() == bounds[k]) {
                addressText = text.length();
                addressUsed = used;
                addressCluster = k;
            } else if (address == null) {
                addressText = -1;
            }
            int cells = widths.ofCluster(line, bounds[k], bounds[k + 1]);
            boolean overflows = used + cells > maxWidth;
            if (overflows && address != null && addressText >= 0 && !text.substring(0, addressText).isBlank()) {
                // Fold before the address, so that it goes on whole (after its indentation only, it stays).
                out.add(new FoldedLine(currentMarker, text.substring(0, addressText), addressUsed));
                String begun = text.substring(addressText);
                text.setLength(0);
                text.append(begun);
                currentMarker = marker;
                used = markerWidth + (used - addressUsed);
                emptyLineWidth = markerWidth;
                addressText = 0;
                addressUsed = markerWidth;
                lineStart = addressCluster;
                placeholderShown = false;
            } else if (overflows && address == null && used > emptyLineWidth) {
                int fold = placeholderShown ? k : kinsokuFold(line, bounds, lineStart, k, addresses);
                if (fold < k) {
                    text.setLength(bounds[fold] - bounds[lineStart]);
                    used = emptyLineWidth + widths.of(text.toString());
                    k = fold;
                    cells = widths.ofCluster(line, bounds[k], bounds[k + 1]);
                    address = spanAround(addresses, bounds[k], bounds[k + 1]);
                }
                out.add(new FoldedLine(currentMarker, text.toString(), used));
                text.setLength(0);
                currentMarker = marker;
                used = markerWidth;
                emptyLineWidth = markerWidth;
                lineStart = k;
                placeholderShown = false;
                if (address != null) {
                    // The fold moved back to where an address begins: it starts this line.
                    addressText = 0;
                    addressUsed = used;
                    addressCluster = k;
                }
            }
            if (address == null && used + cells > maxWidth) {
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

    /** The address that cluster {@code start..end-1} is wholly part of, or null. */
    private static Addresses.Span spanAround(List<Addresses.Span> addresses, int start, int end) {
        for (Addresses.Span span : addresses) {
            if (span.start() <= start && end <= span.end()) {
                return span;
            }
        }
        return null;
    }

    /** Whether {@code index} falls strictly inside an address: a fold there would break it. */
    private static boolean insideAddress(List<Addresses.Span> addresses, int index) {
        for (Addresses.Span span : addresses) {
            if (span.start() < index && index < span.end()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where a fold of prose before cluster {@code fold} goes so that kinsoku holds (cjk-typography.md §2): a line
     * of a Chinese article wrapped in {@code <pre>} must not end with {@code 【} nor the next start with {@code ，}.
     * The fold moves back (push-out) to the last cluster boundary after the line's first cluster where kinsoku
     * allows it; when there is none, the width wins and the fold stays. Code keeps its hard folds: the rule applies
     * only where a character beside the fold is not ASCII, so {@code f(x,} / {@code y)} folds where it fills.
     */
    private static int kinsokuFold(String line, int[] bounds, int lineStart, int fold, List<Addresses.Span> addresses) {
        for (int k = fold; k > lineStart; k--) {
            if (!breaksKinsoku(line, bounds, k) && !insideAddress(addresses, bounds[k])) {
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
