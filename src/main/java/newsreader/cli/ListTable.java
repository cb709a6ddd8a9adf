package newsreader.cli;

import java.io.PrintWriter;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
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
        // An archive has a few dozen category paths shared by thousands of posts (the loader hands out one instance
        // per distinct path): each is shown and measured once, not once a row.
        Map<List<String>, String> shown = new IdentityHashMap<>();
        int categoryWidth = 0;
        for (PostMeta post : posts) {
            List<String> path = post.categories().isEmpty() ? List.of() : post.categories().get(0);
            if (!shown.containsKey(path)) {
                String text = CategoryPath.of(path);
                shown.put(path, text);
                categoryWidth = Math.max(categoryWidth, widths.of(text));
            }
        }
        categoryWidth = Math.min(categoryWidth, MAX_CATEGORY_WIDTH);
        Map<List<String>, String> fitted = new IdentityHashMap<>();
        for (Map.Entry<List<String>, String> entry : shown.entrySet()) {
            fitted.put(entry.getKey(), truncation.fit(entry.getValue(), categoryWidth));
        }
        int dateWidth = dates.width();
        for (PostMeta post : posts) {
            StringBuilder row = new StringBuilder(128);
            String date = dates.of(post);
            row.append(isAscii(date) ? date + " ".repeat(Math.max(0, dateWidth - date.length())) : truncation.fit(date, dateWidth))
                    .append(GAP);
            if (categoryWidth > 0) {
                row.append(fitted.get(post.categories().isEmpty() ? List.of() : post.categories().get(0))).append(GAP);
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

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static String stripEnd(CharSequence s) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == ' ') {
            end--;
        }
        return s.subSequence(0, end).toString();
    }
}
