package newsreader.cli;

import java.io.PrintWriter;
import java.util.List;
import newsreader.post.PostMeta;
import newsreader.reading.PostRows;

/**
 * The columns of {@code newsreader list}: date, category path, title, their text from the reading core's
 * {@link PostRows}. Widths are counted in cells, so a CJK title beside an ASCII one never shifts a column.
 */
final class ListTable {
    private static final int MAX_CATEGORY_WIDTH = 30;
    private static final String GAP = "  ";

    private final PostRows rows;
    /** The line width to cut titles at, or 0 to print titles whole (output to a pipe). */
    private final int lineWidth;

    ListTable(PostRows rows, int lineWidth) {
        this.rows = rows;
        this.lineWidth = lineWidth;
    }

    void print(List<PostMeta> posts, PrintWriter out) {
        int categoryWidth = rows.categoryWidth(posts, MAX_CATEGORY_WIDTH);
        int dateWidth = rows.dateWidth();
        int titleRoom = lineWidth - dateWidth - GAP.length() - (categoryWidth > 0 ? categoryWidth + GAP.length() : 0);
        for (PostMeta post : posts) {
            out.println(row(post, dateWidth, categoryWidth, titleRoom));
        }
    }

    /**
     * One row, in a method of its own: this loop runs once per command and stays interpreted for most of its turns,
     * while a method called for each row is compiled after its first few hundred calls.
     */
    private String row(PostMeta post, int dateWidth, int categoryWidth, int titleRoom) {
        StringBuilder row = new StringBuilder(128);
        row.append(rows.date(post, dateWidth)).append(GAP);
        if (categoryWidth > 0) {
            row.append(rows.category(post, categoryWidth)).append(GAP);
        }
        row.append(lineWidth > 0 ? rows.title(post, Math.max(0, titleRoom)) : rows.title(post));
        return stripEnd(row);
    }

    private static String stripEnd(CharSequence s) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == ' ') {
            end--;
        }
        return s.subSequence(0, end).toString();
    }
}
