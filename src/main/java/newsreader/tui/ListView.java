package newsreader.tui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import newsreader.post.PostMeta;
import newsreader.post.PostProblem;
import newsreader.store.ReadStateStore;
import newsreader.text.SafeText;
import newsreader.text.Truncation;
import newsreader.tui.term.CellPainter;
import newsreader.tui.term.CellStyle;

/**
 * Draws the post list: unread marker, date, category and title, each column starting at a fixed cell whatever the
 * script of the text before it (every column is cut to its width with {@link Truncation#fit}).
 */
final class ListView {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final String NO_DATE = "----------";

    private final Theme theme;
    private final Truncation truncation;
    private final ReadStateStore readState;
    private final ZoneId zone;

    ListView(Theme theme, Truncation truncation, ReadStateStore readState, ZoneId zone) {
        this.theme = theme;
        this.truncation = truncation;
        this.readState = readState;
        this.zone = zone;
    }

    /** The columns of a list of a given width: where each starts and how wide it is (0: not shown). */
    record Columns(int date, int dateWidth, int category, int categoryWidth, int title, int titleWidth) {
        static Columns of(int width) {
            int marker = 2;
            int dateWidth = width >= 30 ? 10 : 0;
            int categoryWidth = width >= 60 ? Math.min(20, width / 5) : 0;
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
        Columns columns = Columns.of(area.width());
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
                drawPost(state.library.posts().get(state.listed[index]), state.library.idAt(state.listed[index]), columns, area, row, selected, base, painter);
            }
        }
    }

    private static String emptyText(ReaderState state) {
        if (state.loading) {
            return "Loading…";
        }
        if (state.listingProblems) {
            return "No problems";
        }
        return state.filter.isEmpty() ? "No posts" : "No titles match";
    }

    private void drawPost(PostMeta post, String id, Columns columns, Layout.Rect area, int row, boolean selected,
                          CellStyle base, CellPainter painter) {
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
        if (columns.dateWidth() > 0) {
            painter.text(left + columns.date(), row, end, truncation.fit(date(post.date()), columns.dateWidth()),
                    selected ? base : theme.date());
        }
        if (columns.categoryWidth() > 0) {
            painter.text(left + columns.category(), row, end,
                    truncation.fit(category(post.categories()), columns.categoryWidth()),
                    selected ? base : theme.category());
        }
        CellStyle titleStyle = selected ? base : unread ? theme.unread() : theme.text();
        painter.text(left + columns.title(), row, end,
                truncation.fit(SafeText.line(post.title()), columns.titleWidth()), titleStyle);
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

    private String date(Instant instant) {
        return instant == null ? NO_DATE : DATE.format(instant.atZone(zone));
    }

    /** The innermost category of the first path: in a narrow column it tells most (cnBeta › 最新 shows 最新). */
    private static String category(List<List<String>> categories) {
        if (categories == null || categories.isEmpty() || categories.get(0).isEmpty()) {
            return "";
        }
        List<String> path = categories.get(0);
        return SafeText.line(path.get(path.size() - 1));
    }
}
