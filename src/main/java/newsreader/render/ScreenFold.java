package newsreader.render;

import java.util.ArrayList;
import java.util.List;
import newsreader.text.Addresses;
import newsreader.text.CellWidth;
import newsreader.text.Graphemes;

/**
 * Fits a rendered article to a screen that must cut every line at its edge (the full-screen reader). The layout
 * keeps an address whole even when it is wider than the width (cjk-typography.md §2); here such a line is folded
 * between grapheme clusters, and every address on every line is marked with a {@link StyledLine.LinkSpan} naming the
 * whole address, so that the view can carry one hyperlink (OSC 8) over all the pieces of a folded address.
 */
final class ScreenFold {
    private final CellWidth widths;

    ScreenFold(CellWidth widths) {
        this.widths = widths;
    }

    RenderedArticle fold(RenderedArticle article) {
        List<StyledLine> out = new ArrayList<>(article.lines().size());
        for (StyledLine line : article.lines()) {
            fold(line, article.width(), out);
        }
        return new RenderedArticle(List.copyOf(out), article.references(), article.width());
    }

    private void fold(StyledLine line, int width, List<StyledLine> out) {
        String text = line.text();
        List<Addresses.Span> addresses = Addresses.find(text);
        if (addresses.isEmpty()) {
            out.add(line);
            return;
        }
        int[] bounds = Graphemes.boundaries(text);
        int pieceStart = 0;
        int cells = 0;
        for (int k = 0; k + 1 < bounds.length; k++) {
            int cluster = widths.ofCluster(text, bounds[k], bounds[k + 1]);
            if (cells + cluster > width && bounds[k] > pieceStart) {
                out.add(piece(line, pieceStart, bounds[k], addresses));
                pieceStart = bounds[k];
                cells = 0;
            }
            cells += cluster;
        }
        out.add(piece(line, pieceStart, text.length(), addresses));
    }

    /** Chars {@code from..to-1} of a line, with the parts of its addresses that fall in them. */
    private static StyledLine piece(StyledLine line, int from, int to, List<Addresses.Span> addresses) {
        String text = line.text();
        List<StyledLine.LinkSpan> links = new ArrayList<>();
        for (Addresses.Span span : addresses) {
            int start = Math.max(from, span.start());
            int end = Math.min(to, span.end());
            if (start < end) {
                links.add(new StyledLine.LinkSpan(start - from, end - from, text.substring(span.start(), span.end())));
            }
        }
        return new StyledLine(text.substring(from, to), line.style(), links);
    }
}
