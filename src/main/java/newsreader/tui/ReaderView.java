package newsreader.tui;

import com.googlecode.lanterna.TerminalPosition;
import newsreader.open.ColorDepth;
import newsreader.reading.Reading;
import newsreader.render.DateLabel;
import newsreader.text.CellWidth;
import newsreader.text.Truncation;
import newsreader.tui.term.CellPainter;

/** Draws the whole screen from the state: panes, divider, status line, then any overlay. */
final class ReaderView {
    private final Theme theme;
    private final CellWidth widths;
    private final TreeView tree;
    private final ListView list;
    private final ArticlePane article;
    private final StatusLine status;
    private final OverlayView overlay;
    private final PictureView picture;
    private final HitsView hits;

    /** @param dates the settings' date format and time zone */
    ReaderView(Theme theme, CellWidth widths, DateLabel dates) {
        Truncation truncation = new Truncation(widths);
        this.theme = theme;
        this.widths = widths;
        this.tree = new TreeView(theme, truncation, new UnreadCounts());
        this.list = new ListView(theme, truncation, new Reading(dates, widths));
        this.article = new ArticlePane(theme, widths);
        this.status = new StatusLine(theme, truncation, widths);
        this.overlay = new OverlayView(theme, truncation);
        this.hits = new HitsView(theme, truncation, dates);
        this.picture = new PictureView(theme, truncation, widths, ColorDepth.INDEXED_256);
    }

    /** The colours pictures are drawn in (256 unless the terminal says it has true colour). */
    ReaderView withColorDepth(ColorDepth depth) {
        picture.useColorDepth(depth);
        return this;
    }

    /** Draws everything; returns where the terminal cursor should be, or null to hide it. */
    TerminalPosition draw(ReaderState state, CellPainter painter) {
        painter.clear();
        Layout layout = state.layout();
        tree.draw(state, layout.tree(), painter);
        if (state.results != null) {
            hits.draw(state, layout.list(), painter);
        } else {
            list.draw(state, layout.list(), painter);
        }
        article.draw(state, layout.article(), painter);
        drawDivider(layout, painter);
        TerminalPosition cursor = status.draw(state, layout.statusRow(), state.columns, painter);
        overlay.draw(state, painter);
        picture.draw(state, painter);
        return cursor;
    }

    /** Drawn after the panes, so that nothing a pane drew can cover it. */
    private void drawDivider(Layout layout, CellPainter painter) {
        if (layout.dividerColumn() < 0) {
            return;
        }
        // U+2502 is East Asian ambiguous: where the user says ambiguous characters are wide, use ASCII.
        String bar = widths.ambiguousWidth() == 1 ? "│" : "|";
        for (int row = 0; row < layout.tree().height(); row++) {
            painter.text(layout.dividerColumn(), row, layout.dividerColumn() + 1, bar, theme.divider());
        }
    }
}
