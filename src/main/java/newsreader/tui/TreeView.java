package newsreader.tui;

import java.util.List;
import newsreader.text.Truncation;
import newsreader.tui.term.CellPainter;
import newsreader.tui.term.CellStyle;

/** Draws the category tree: one entry per row, indented by depth, with unread/total counts on the right. */
final class TreeView {
    /** Triangles, not + and -: + is the list's star mark. Both are narrow in every terminal (East Asian width N). */
    static final String COLLAPSED = "▸ ";
    static final String EXPANDED = "▾ ";

    private final Theme theme;
    private final Truncation truncation;
    private final UnreadCounts unread;

    TreeView(Theme theme, Truncation truncation, UnreadCounts unread) {
        this.theme = theme;
        this.truncation = truncation;
        this.unread = unread;
    }

    void draw(ReaderState state, Layout.Rect area, CellPainter painter) {
        if (area.isEmpty()) {
            return;
        }
        List<CategoryNode> rows = state.treeRows();
        int selected = state.treeSelection();
        boolean focused = state.focus == ReaderState.Pane.TREE;
        for (int i = 0; i < area.height(); i++) {
            int index = state.treeTop + i;
            int row = area.row() + i;
            if (index >= rows.size()) {
                painter.fill(area.column(), row, area.endColumn(), theme.text());
                continue;
            }
            CategoryNode node = rows.get(index);
            CellStyle style = index == selected ? (focused ? theme.selection() : theme.selectionUnfocused())
                    : node.kind() == CategoryNode.Kind.PROBLEMS && !state.library.problems().isEmpty()
                    ? theme.problem() : theme.text();
            drawRow(state, node, area, row, style, painter);
        }
    }

    private void drawRow(ReaderState state, CategoryNode node, Layout.Rect area, int row, CellStyle style,
                         CellPainter painter) {
        painter.fill(area.column(), row, area.endColumn(), style);
        String counts = counts(state, node);
        int countsWidth = painter.widths().of(counts);
        boolean roomForCounts = area.width() >= countsWidth + 6;
        int labelWidth = roomForCounts ? area.width() - countsWidth - 1 : area.width();
        String marker = node.hasChildren() ? (state.expanded.contains(node.key()) ? EXPANDED : COLLAPSED) : "  ";
        String indent = "  ".repeat(Math.max(0, node.depth() - 1));
        // The reader's own names ("All posts", "Starred") are in its language already; only the posts' categories are
        // shown in the chosen script.
        String name = node.kind() == CategoryNode.Kind.CATEGORY ? state.script.convert(node.name()) : node.name();
        String label = node.kind() == CategoryNode.Kind.ALL ? name : indent + marker + name;
        painter.text(area.column(), row, area.column() + labelWidth, truncation.truncate(label, labelWidth), style);
        if (roomForCounts) {
            painter.text(area.endColumn() - countsWidth, row, area.endColumn(), counts, style);
        }
    }

    private String counts(ReaderState state, CategoryNode node) {
        if (node.kind() == CategoryNode.Kind.PROBLEMS) {
            return String.valueOf(state.library.problems().size());
        }
        int unreadPosts = unread.of(node, state);
        // A large library's unread posts are still being looked up: the total alone for that moment.
        return unreadPosts < 0 ? String.valueOf(node.posts().length) : unreadPosts + "/" + node.posts().length;
    }
}
