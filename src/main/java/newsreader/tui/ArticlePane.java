package newsreader.tui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import newsreader.open.OpenTarget;
import newsreader.render.StyledLine;
import newsreader.text.CellWidth;
import newsreader.tui.term.CellPainter;
import newsreader.tui.term.CellPainter.Range;

/**
 * Draws the open article's lines from its scroll position, with search matches highlighted, and notes where each
 * address was drawn so that the loop can make it a hyperlink.
 */
final class ArticlePane {
    private final Theme theme;
    private final CellWidth widths;

    ArticlePane(Theme theme, CellWidth widths) {
        this.theme = theme;
        this.widths = widths;
    }

    void draw(ReaderState state, Layout.Rect room, CellPainter painter) {
        OpenArticle article = state.article;
        state.addressSpots = List.of();
        if (room.isEmpty() || article == null) {
            return;
        }
        // The text keeps its measure on a wide screen: at the left of the room, or in its middle.
        int width = Math.min(room.width(), article.laidOutWidth);
        Layout.Rect area = new Layout.Rect(room.column() + state.textMeasure.offsetIn(room.width(), width), room.row(),
                width, room.height());
        List<ReaderState.AddressSpot> spots = new ArrayList<>();
        for (int i = 0; i < area.height(); i++) {
            int index = article.top + i;
            int row = area.row() + i;
            if (index >= article.lines.size()) {
                continue;
            }
            StyledLine line = article.lines.get(index);
            List<Range> matches = Matches.highlights(article.lines, index, article.search);
            painter.text(area.column(), row, area.endColumn(), line.text(), theme.line(line.style()),
                    matches, theme.highlight());
            for (StyledLine.LinkSpan span : line.links()) {
                addressSpot(line, span, matches, area, row).ifPresent(spots::add);
            }
        }
        state.addressSpots = List.copyOf(spots);
    }

    /**
     * An address piece that can be written again as a hyperlink: plain ASCII (so the text written over the cells
     * covers exactly them), whole on the screen, not under a search highlight (which the rewrite would paint over),
     * and an address the reader would open.
     */
    private Optional<ReaderState.AddressSpot> addressSpot(StyledLine line, StyledLine.LinkSpan span,
                                                          List<Range> matches, Layout.Rect area, int row) {
        String text = line.text().substring(span.start(), span.end());
        if (text.isEmpty() || !text.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            return Optional.empty();
        }
        for (Range match : matches) {
            if (match.start() < span.end() && span.start() < match.end()) {
                return Optional.empty();
            }
        }
        int column = area.column() + widths.of(line.text().substring(0, span.start()));
        if (column + text.length() > area.endColumn()) {
            return Optional.empty();
        }
        OpenTarget.Web target = OpeningController.webAddress(span.address());
        return target == null ? Optional.empty() : Optional.of(new ReaderState.AddressSpot(
                new ReaderState.LinkSpot(column, row, text, theme.line(line.style())), target));
    }
}
