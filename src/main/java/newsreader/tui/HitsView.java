package newsreader.tui;

import java.util.ArrayList;
import java.util.List;
import newsreader.messages.Messages;
import newsreader.render.DateLabel;
import newsreader.search.Highlight;
import newsreader.search.HighlightedText;
import newsreader.search.SearchHit;
import newsreader.text.SafeText;
import newsreader.text.Truncation;
import newsreader.tui.term.CellPainter;
import newsreader.tui.term.CellStyle;

/** The list pane while full-text search results are shown: per hit, date and title, then its snippet; matches coloured. */
final class HitsView {
    private static final Messages WORDS = Messages.of("reader");

    private final Theme theme;
    private final Truncation truncation;
    private final DateLabel dates;

    /** @param dates the settings' date format and zone, as every list shows them */
    HitsView(Theme theme, Truncation truncation, DateLabel dates) {
        this.theme = theme;
        this.truncation = truncation;
        this.dates = dates;
    }

    void draw(ReaderState state, Layout.Rect area, CellPainter painter) {
        SearchResults results = state.results;
        if (area.isEmpty() || results == null) {
            return;
        }
        painter.fillRect(area.column(), area.row(), area.width(), area.height(), theme.text());
        if (results.hits.isEmpty()) {
            String text = WORDS.get(results.searching ? "hits.searching" : "hits.none", SafeText.line(results.query));
            painter.text(area.column() + 2, area.row(), area.endColumn(), truncation.truncate(text, area.width() - 2),
                    theme.text());
            return;
        }
        int shown = Math.max(1, area.height() / SearchResults.ROWS_PER_HIT);
        for (int i = 0; i < shown; i++) {
            int index = results.top + i;
            if (index >= results.hits.size()) {
                break;
            }
            int row = area.row() + i * SearchResults.ROWS_PER_HIT;
            boolean selected = index == results.selection;
            CellStyle base = selected ? theme.selection() : theme.text();
            SearchHit hit = results.hits.get(index);
            painter.fill(area.column(), row, area.endColumn(), base);
            drawMarks(state, hit, area, row, selected ? base : theme.unread(), painter);
            String date = dates.of(hit.date());
            int after = painter.text(area.column() + 3, row, area.endColumn(), date, selected ? base : theme.date());
            int titleStart = after + 1;
            HighlightedText shownTitle = new HighlightedText(hit.title(), hit.titleHighlights()).converted(state.script::convert);
            String title = truncation.truncate(shownTitle.text(), Math.max(0, area.endColumn() - titleStart));
            painter.text(titleStart, row, area.endColumn(), title, base, ranges(shownTitle.highlights(), title),
                    theme.highlight());
            if (row + 1 < area.row() + area.height()) {
                painter.fill(area.column(), row + 1, area.endColumn(), selected ? base : theme.text());
                HighlightedText shownSnippet = new HighlightedText(SafeText.line(hit.snippet()), hit.highlights())
                        .converted(state.script::convert);
                String snippet = truncation.truncate(shownSnippet.text(), Math.max(0, area.width() - 4));
                painter.text(area.column() + 4, row + 1, area.endColumn(), snippet, selected ? base : theme.meta(),
                        ranges(shownSnippet.highlights(), snippet), theme.highlight());
            }
        }
    }

    /** The same unread and star marks as the post list's, so a hit already read looks read. */
    private static void drawMarks(ReaderState state, SearchHit hit, Layout.Rect area, int row, CellStyle style,
                                  CellPainter painter) {
        int index = state.indexOf(hit.relativePath());
        if (index < 0) {
            return;
        }
        String id = state.library.idAt(index);
        if (!state.marks.isRead(id)) {
            painter.text(area.column(), row, area.endColumn(), "*", style);
        }
        if (state.marks.isStarred(id)) {
            painter.text(area.column() + 1, row, area.endColumn(), "+", style);
        }
    }

    /** Highlights that still fall inside the (possibly truncated) text. */
    private static List<CellPainter.Range> ranges(List<Highlight> highlights, String shown) {
        List<CellPainter.Range> ranges = new ArrayList<>();
        for (Highlight h : highlights) {
            if (h.start() < shown.length()) {
                ranges.add(new CellPainter.Range(h.start(), Math.min(h.end(), shown.length())));
            }
        }
        return ranges;
    }
}
