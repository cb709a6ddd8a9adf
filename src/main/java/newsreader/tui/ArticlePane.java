package newsreader.tui;

import java.util.List;
import newsreader.render.StyledLine;
import newsreader.tui.term.CellPainter;
import newsreader.tui.term.CellPainter.Range;

/** Draws the open article's lines from its scroll position, with search matches highlighted. */
final class ArticlePane {
    private final Theme theme;

    ArticlePane(Theme theme) {
        this.theme = theme;
    }

    void draw(ReaderState state, Layout.Rect area, CellPainter painter) {
        OpenArticle article = state.article;
        if (area.isEmpty() || article == null) {
            return;
        }
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
        }
    }
}
