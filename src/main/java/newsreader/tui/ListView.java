package newsreader.tui;

import newsreader.messages.Messages;
import newsreader.post.PostMeta;
import newsreader.post.PostProblem;
import newsreader.reading.PostRows;
import newsreader.reading.ReadState;
import newsreader.reading.Reading;
import newsreader.text.SafeText;
import newsreader.text.Truncation;
import newsreader.tui.term.CellPainter;
import newsreader.tui.term.CellStyle;

/**
 * Draws the post list: unread marker, date, category and title, each column starting at a fixed cell whatever the
 * script of the text before it (every column is cut to its width with {@link Truncation#fit}). The text of each
 * column comes from the reading core's {@link PostRows}, as in line mode and {@code list}.
 */
final class ListView {
    private static final Messages WORDS = Messages.of("reader");

    private final Theme theme;
    private final Truncation truncation;
    private final Reading reading;
    /** The rows in the script last drawn ({@code C} switches it; a new one starts with empty caches). */
    private PostRows rows;
    /**
     * The columns' text of the posts drawn lately, by path, for the columns and rows they were made for: a key that
     * changes no row (the filter prompt, the tree, j within the page) draws every row again, and making a row's text
     * (decoding the title, finding its clusters and their widths, the date) is most of a frame's time in the first
     * seconds, before the code is compiled. By path, not by post: the whole list of a large folder arrives as new
     * objects for the posts already shown.
     */
    private final java.util.Map<String, RowText> recent = new java.util.HashMap<>();
    private Columns recentColumns;
    private PostRows recentRows;

    /** A row's text and the post it was made for (equals compares everything a row shows and more). */
    private record RowText(PostMeta post, String date, String category, String title) {
        /** The same text for a post that reads the same (the same file in a new list). */
        RowText forPost(PostMeta same) {
            return new RowText(same, date, category, title);
        }
    }

    ListView(Theme theme, Truncation truncation, Reading reading) {
        this.theme = theme;
        this.truncation = truncation;
        this.reading = reading;
        this.rows = reading.rows();
    }

    /** The category column of a list too narrow for more: a feed name. */
    static final int SHORT_CATEGORY = 8;

    /** The columns of a list of a given width: where each starts and how wide it is (0: not shown). */
    record Columns(int date, int dateWidth, int category, int categoryWidth, int title, int titleWidth) {
        /** Equality written out, as in {@code CellStyle}: the first frame must not bootstrap a record's own. */
        @Override
        public boolean equals(Object other) {
            return other instanceof Columns c && date == c.date && dateWidth == c.dateWidth && category == c.category
                    && categoryWidth == c.categoryWidth && title == c.title && titleWidth == c.titleWidth;
        }

        @Override
        public int hashCode() {
            return java.util.Arrays.hashCode(new int[] {date, dateWidth, category, categoryWidth, title, titleWidth});
        }

        /** @param dateCells cells of the widest date label the settings give */
        static Columns of(int width, int dateCells) {
            // Unread and star marks, then a blank: a star right against the date read as part of it (" +2022-09-22").
            int marker = 3;
            // The title matters most: the date goes first when it would leave the title less than half.
            int dateWidth = width >= 30 && width - dateCells >= width / 2 + marker ? dateCells : 0;
            // At 80 columns beside the tree (55 cells) a short source column stays: "cnBeta", four Chinese characters.
            int categoryWidth = width >= 60 ? Math.min(20, width / 5) : width >= 50 ? SHORT_CATEGORY : 0;
            int date = marker;
            int category = date + (dateWidth > 0 ? dateWidth + 1 : 0);
            int title = category + (categoryWidth > 0 ? categoryWidth + 1 : 0);
            return new Columns(date, dateWidth, category, categoryWidth, title, Math.max(0, width - title));
        }
    }

    void draw(ReaderState state, Layout.Rect area, CellPainter painter) {
        if (area.isEmpty()) {
            return;
        }
        boolean focused = state.focus == ReaderState.Pane.LIST;
        if (rows.script() != state.script) {
            rows = reading.withScript(state.script).rows();
        }
        Columns columns = Columns.of(area.width(), rows.dateWidth());
        if (!columns.equals(recentColumns) || rows != recentRows || recent.size() > 4 * area.height()) {
            recent.clear();
            recentColumns = columns;
            recentRows = rows;
        }
        for (int i = 0; i < area.height(); i++) {
            int index = state.listTop + i;
            int row = area.row() + i;
            if (index >= state.listed.length) {
                painter.fill(area.column(), row, area.endColumn(), theme.text());
                if (i == 0) {
                    painter.text(area.column() + 2, row, area.endColumn(), emptyText(state), theme.text());
                }
                continue;
            }
            boolean selected = index == state.listSelection;
            CellStyle base = selected ? (focused ? theme.selection() : theme.selectionUnfocused()) : theme.text();
            painter.fill(area.column(), row, area.endColumn(), base);
            if (state.listingProblems) {
                drawProblem(state.library.problems().get(state.listed[index]), area, row, base, painter);
            } else {
                drawPost(state.library.posts().get(state.listed[index]), state.library.idAt(state.listed[index]),
                        state.marks, columns, area, row, selected, base, painter);
            }
        }
    }

    private static String emptyText(ReaderState state) {
        if (state.loading) {
            return WORDS.get("list.loading");
        }
        if (state.listingProblems) {
            return WORDS.get("list.no-problems");
        }
        return WORDS.get(state.filter.isEmpty() ? "list.no-posts" : "list.no-match");
    }

    private void drawPost(PostMeta post, String id, ReadState readState, Columns columns, Layout.Rect area, int row,
                          boolean selected, CellStyle base, CellPainter painter) {
        boolean unread = !readState.isRead(id);
        int left = area.column();
        int end = area.endColumn();
        if (unread) {
            painter.text(left, row, end, "*", selected ? base : theme.unread());
        }
        if (readState.isStarred(id)) {
            // Beside the unread marker, so a starred unread post shows both.
            painter.text(left + 1, row, end, "+", selected ? base : theme.unread());
        }
        RowText text = recent.get(post.relativePath());
        if (text == null || text.post() != post) {
            // Kept under this post from now on, so that the next frames compare by identity alone.
            text = text != null && text.post().equals(post) ? text.forPost(post) : rowText(post, columns);
            recent.put(post.relativePath(), text);
        }
        if (columns.dateWidth() > 0) {
            painter.text(left + columns.date(), row, end, text.date(), selected ? base : theme.date());
        }
        if (columns.categoryWidth() > 0) {
            painter.text(left + columns.category(), row, end, text.category(), selected ? base : theme.category());
        }
        CellStyle titleStyle = selected ? base : unread ? theme.unread() : theme.text();
        painter.text(left + columns.title(), row, end, text.title(), titleStyle);
    }

    private RowText rowText(PostMeta post, Columns columns) {
        return new RowText(post, columns.dateWidth() > 0 ? rows.date(post, columns.dateWidth()) : "",
                columns.categoryWidth() > 0 ? rows.category(post, columns.categoryWidth()) : "",
                truncation.fit(rows.title(post), columns.titleWidth()));
    }

    private void drawProblem(PostProblem problem, Layout.Rect area, int row, CellStyle base, CellPainter painter) {
        int pathWidth = Math.max(1, area.width() / 2 - 1);
        int left = area.column();
        painter.text(left + 2, row, area.endColumn(),
                truncation.fit(SafeText.line(problem.relativePath()), pathWidth - 2), base);
        painter.text(left + pathWidth + 1, row, area.endColumn(),
                truncation.fit(SafeText.line(problem.reason()), Math.max(0, area.width() - pathWidth - 1)),
                base == theme.text() ? theme.problem() : base);
    }
}
