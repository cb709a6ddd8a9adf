package newsreader.tui;

import com.googlecode.lanterna.TerminalPosition;
import newsreader.messages.Messages;
import newsreader.reading.ListOrder;
import newsreader.text.CellWidth;
import newsreader.text.SafeText;
import newsreader.text.Truncation;
import newsreader.tui.term.CellPainter;

/**
 * The bottom line: where the user is ({@code 123/4567}, the category, the filter; or the line and percentage in an
 * article) on the left, the latest message on the right; while typing a filter or search, the text being typed.
 */
final class StatusLine {
    private static final Messages WORDS = Messages.of("reader");

    private final Theme theme;
    private final Truncation truncation;
    private final CellWidth widths;

    StatusLine(Theme theme, Truncation truncation, CellWidth widths) {
        this.theme = theme;
        this.truncation = truncation;
        this.widths = widths;
    }

    /** Draws the line; returns where the cursor belongs (after the text being typed), or null to hide it. */
    TerminalPosition draw(ReaderState state, int row, int columns, CellPainter painter) {
        if (row < 0) {
            return null;
        }
        painter.fill(0, row, columns, theme.status());
        TextInput input = state.filterInput != null ? state.filterInput
                : state.promptInput != null ? state.promptInput
                : state.article != null ? state.article.searchInput : null;
        if (input != null) {
            String label = state.promptInput != null && state.filterInput == null
                    ? WORDS.get(state.prompt == ReaderState.Prompt.PIPE ? "prompt.pipe" : "prompt.save")
                    : WORDS.get(state.filterInput == null ? "prompt.search"
                    : state.promptAllText ? "prompt.search-all" : "prompt.filter");
            String shown = truncation.truncate(label + input.text(), Math.max(0, columns - 1));
            int end = painter.text(0, row, columns, shown, theme.status());
            if (state.filterInput != null) {
                // How to switch between the two, where it is typed.
                String hint = WORDS.get(state.promptAllText ? "prompt.hint.all-text" : "prompt.hint.titles");
                int hintStart = columns - 1 - widths.of(hint);
                if (hintStart > end + 2) {
                    painter.text(hintStart, row, columns - 1, hint, theme.status());
                }
            }
            return new TerminalPosition(Math.min(end, columns - 1), row);
        }
        if (state.markAllAsked != null || state.overwriteAsked != null) {
            String asked = state.markAllAsked != null ? state.markAllAsked.text()
                    : PipeAndSave.overwriteQuestion(state.overwriteAsked);
            String question = truncation.truncate(SafeText.line(asked), Math.max(0, columns - 1));
            int end = painter.text(0, row, columns, question, theme.message());
            return new TerminalPosition(Math.min(end + 1, columns - 1), row);
        }
        String position = position(state);
        // A message may take up to two thirds of the line; the "? help" hint only what the position leaves free.
        String helpHint = WORDS.get("status.help-hint");
        String right = state.message.isEmpty()
                ? (widths.of(position) + 2 + widths.of(helpHint) <= columns - 1 ? helpHint : "")
                : truncation.truncate(SafeText.line(state.message), Math.max(0, columns * 2 / 3));
        int rightWidth = widths.of(right);
        String left = truncation.truncate(position, Math.max(0, columns - rightWidth - 2));
        painter.text(0, row, columns, left, theme.status());
        // The bottom-right cell is never written, so the message ends one cell before the edge.
        int rightStart = Math.max(widths.of(left) + 1, columns - 1 - rightWidth);
        painter.text(rightStart, row, columns - 1, right, state.message.isEmpty() ? theme.status() : theme.message());
        return null;
    }

    /** "3/12": the match the search went to last, of how many lines match; "0/0" when nothing does. */
    static String matchCount(OpenArticle article) {
        return article.currentMatch + "/" + article.matchLines.size();
    }

    private String position(ReaderState state) {
        if (state.mode == ReaderState.Mode.ARTICLE && state.article != null) {
            OpenArticle article = state.article;
            int total = article.lines.size();
            int height = state.layout().article().height();
            int last = Math.min(total, article.top + height);
            int percent = total == 0 ? 100 : (int) (100L * last / total);
            // Plain numbers, as the line numbers of an editor: no thousands separators.
            String where = WORDS.get(state.columns >= 40 ? "status.line" : "status.lines",
                    String.valueOf(total == 0 ? 0 : article.top + 1), String.valueOf(last), String.valueOf(total),
                    String.valueOf(percent));
            return article.search.isEmpty() ? where
                    : where + "  /" + SafeText.line(article.search) + "  " + matchCount(article);
        }
        StringBuilder text = new StringBuilder();
        if (state.results != null) {
            SearchResults results = state.results;
            int hits = results.hits.size();
            text.append(hits == 0 ? 0 : results.selection + 1).append('/').append(hits)
                    .append("  ").append(WORDS.get("status.all-text", SafeText.line(results.query)));
            if (state.searchIndexing != null) {
                text.append("  ").append(state.searchIndexing);
            }
            return text.toString();
        }
        int count = state.listed.length;
        text.append(count == 0 ? 0 : state.listSelection + 1).append('/').append(count);
        text.append("  ").append(SafeText.line(state.selectedNode().name()));
        if (state.listChoice.unreadOnly()) {
            text.append("  ").append(WORDS.get("status.unread-only"));
        }
        if (state.listChoice.order() != ListOrder.NEWEST) {
            text.append("  ").append(orderName(state.listChoice.order()));
        }
        if (!state.filter.isEmpty()) {
            text.append("  ").append(WORDS.get("status.filter", SafeText.line(state.filter)));
        }
        if (state.loading) {
            text.append("  ").append(state.indexing != null ? state.indexing : WORDS.get("status.loading"));
        } else if (state.searchIndexing != null) {
            text.append("  ").append(state.searchIndexing);
        }
        return text.toString();
    }

    /** "newest first", "by source": the list's order in the reader's language. */
    static String orderName(ListOrder order) {
        return WORDS.get(switch (order) {
            case NEWEST -> "order.newest";
            case OLDEST -> "order.oldest";
            case SOURCE -> "order.source";
            case TITLE -> "order.title";
        });
    }
}
