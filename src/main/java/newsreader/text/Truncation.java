package newsreader.text;

/** Cuts text to a number of cells at cluster boundaries, for list columns, titles and status lines (§4). */
public final class Truncation {
    private static final String ELLIPSIS = "…";
    private final CellWidth widths;

    public Truncation(CellWidth widths) {
        this.widths = widths;
    }

    /**
     * The text, cut at a cluster boundary with an ellipsis when wider than {@code cells}; never
     * wider than {@code cells}. A wide character that would be cut in half is dropped, so the result
     * may be one cell short: {@link #fit} pads it.
     */
    public String truncate(String text, int cells) {
        if (cells <= 0) {
            return "";
        }
        int[] bounds = Graphemes.boundaries(text);
        int total = 0;
        for (int k = 0; k + 1 < bounds.length; k++) {
            total += widths.ofCluster(text, bounds[k], bounds[k + 1]);
        }
        if (total <= cells) {
            return text;
        }
        int ellipsis = widths.ofCluster(ELLIPSIS);
        boolean withEllipsis = cells >= ellipsis;
        int room = withEllipsis ? cells - ellipsis : cells;
        int used = 0;
        int end = 0;
        for (int k = 0; k + 1 < bounds.length; k++) {
            int w = widths.ofCluster(text, bounds[k], bounds[k + 1]);
            if (used + w > room) {
                break;
            }
            used += w;
            end = bounds[k + 1];
        }
        return withEllipsis ? text.substring(0, end) + ELLIPSIS : text.substring(0, end);
    }

    /** The text truncated and padded with spaces to exactly {@code cells} cells, so columns line up. */
    public String fit(String text, int cells) {
        String cut = truncate(text, cells);
        int pad = cells - widths.of(cut);
        return pad <= 0 ? cut : cut + " ".repeat(pad);
    }
}
