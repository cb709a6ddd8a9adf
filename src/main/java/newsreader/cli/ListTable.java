package newsreader.cli;

import java.io.PrintWriter;
import java.util.List;
import newsreader.post.PostMeta;
import newsreader.render.CategoryPath;
import newsreader.render.DateLabel;
import newsreader.text.CellWidth;
import newsreader.text.SafeText;
import newsreader.text.Truncation;

/**
 * The columns of {@code newsreader list}: date, category path, title. Widths are counted in cells, so a CJK title
 * beside an ASCII one never shifts a column.
 */
final class ListTable {
    private static final int MAX_CATEGORY_WIDTH = 30;
    private static final String GAP = "  ";

    private final CellWidth widths;
    private final Truncation truncation;
    private final DateLabel dates;
    /** The line width to cut titles at, or 0 to print titles whole (output to a pipe). */
    private final int lineWidth;

    ListTable(CellWidth widths, DateLabel dates, int lineWidth) {
        this.widths = widths;
        this.dates = dates;
        this.truncation = new Truncation(widths);
        this.lineWidth = lineWidth;
    }

    void print(List<PostMeta> posts, PrintWriter out) {
        int categoryWidth = 0;
        for (PostMeta post : posts) {
            categoryWidth = Math.max(categoryWidth, widths.of(category(post)));
        }
        categoryWidth = Math.min(categoryWidth, MAX_CATEGORY_WIDTH);
        int dateWidth = dates.width();
        for (PostMeta post : posts) {
            StringBuilder row = new StringBuilder();
            row.append(truncation.fit(dates.of(post), dateWidth)).append(GAP);
            if (categoryWidth > 0) {
                row.append(truncation.fit(category(post), categoryWidth)).append(GAP);
            }
            String title = SafeText.line(post.title()).strip();
            if (lineWidth > 0) {
                int room = lineWidth - dateWidth - GAP.length() - (categoryWidth > 0 ? categoryWidth + GAP.length() : 0);
                title = truncation.truncate(title, Math.max(0, room));
            }
            row.append(title);
            out.println(stripEnd(row));
        }
    }

    private static String category(PostMeta post) {
        return post.categories().isEmpty() ? "" : CategoryPath.of(post.categories().get(0));
    }

    private static String stripEnd(CharSequence s) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == ' ') {
            end--;
        }
        return s.subSequence(0, end).toString();
    }
}
