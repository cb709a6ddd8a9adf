package newsreader.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Lines of preformatted text ({@code <pre>}, fenced code): never re-flowed; TABs expand to the next multiple of 8;
 * a line wider than the width is folded at the last cluster that fits, each continuation marked with
 * {@link #CONTINUATION} so that the reader sees the fold (cjk-typography.md §2).
 */
public final class Preformatted {
    public static final String CONTINUATION = "↪ ";
    private static final int TAB = 8;

    private final CellWidth widths;

    public Preformatted(CellWidth widths) {
        this.widths = widths;
    }

    /** One source line (no {@code \n}) as one or more screen lines, each at most {@code width} cells. */
    public List<String> fold(String sourceLine, int width) {
        int max = Math.max(1, width);
        List<String> out = new ArrayList<>();
        String marker = widths.of(CONTINUATION) < max ? CONTINUATION : "";
        int markerWidth = widths.of(marker);
        StringBuilder line = new StringBuilder();
        int used = 0;
        int column = 0; // source column, for tab stops
        int prefixWidth = 0; // the continuation marker's width on the current line
        for (String cluster : Graphemes.clusters(sourceLine)) {
            if (cluster.equals("\t")) {
                int spaces = TAB - column % TAB;
                column += spaces;
                for (int i = 0; i < spaces; i++) {
                    if (used + 1 > max) {
                        out.add(line.toString());
                        line.setLength(0);
                        line.append(marker);
                        used = markerWidth;
                        prefixWidth = used;
                    }
                    line.append(' ');
                    used++;
                }
                continue;
            }
            int w = widths.ofCluster(cluster);
            column += w;
            if (used + w > max && used > prefixWidth) {
                out.add(line.toString());
                line.setLength(0);
                // Too narrow for the marker and this cluster: the cluster goes alone rather than overflow.
                boolean marked = markerWidth + w <= max;
                line.append(marked ? marker : "");
                used = marked ? markerWidth : 0;
                prefixWidth = used;
            }
            line.append(cluster);
            used += w;
        }
        out.add(line.toString());
        return out;
    }
}
