package newsreader.text;

/** Cuts text to a number of cells at cluster boundaries, for list columns, titles and status lines (§4). */
public final class Truncation {
    private static final String ELLIPSIS = "…";
    private final CellWidth widths;

    public Truncation(CellWidth widths) {
        this.widths = widths;
    }

    /** The text, cut with an ellipsis when wider than {@code cells}; never wider than {@code cells}. */
    public String truncate(String text, int cells) {
        if (cells <= 0) {
            return "";
        }
        if (widths.of(text) <= cells) {
            return text;
        }
        int ellipsis = widths.ofCluster(ELLIPSIS);
        boolean withEllipsis = cells >= ellipsis;
        int room = withEllipsis ? cells - ellipsis : cells;
        StringBuilder out = new StringBuilder();
        int used = 0;
        for (String cluster : Graphemes.clusters(text)) {
            int w = widths.ofCluster(cluster);
            if (used + w > room) {
                break;
            }
            out.append(cluster);
            used += w;
        }
        if (withEllipsis) {
            out.append(ELLIPSIS);
        }
        return out.toString();
    }

    /** The text truncated and padded with spaces to exactly {@code cells} cells, so columns line up. */
    public String fit(String text, int cells) {
        String cut = truncate(text, cells);
        int pad = cells - widths.of(cut);
        return pad <= 0 ? cut : cut + " ".repeat(pad);
    }
}
