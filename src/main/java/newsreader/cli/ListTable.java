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
    /** What {@link PrintWriter#println()} ends a line with. */
    private static final String LINE_BREAK = System.lineSeparator();
    /** Rows are handed to the writer in pieces of about this many characters. */
    private static final int CHUNK_CHARS = 16 * 1024;

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
        // Rows are written a few hundred at a time: a write per row went through the lock, the control filter and
        // the encoder twice (row, then line break), a third of the time of 100,000 rows.
        StringBuilder chunk = new StringBuilder(CHUNK_CHARS + 1024);
        for (PostMeta post : posts) {
            appendRow(chunk, post, dateWidth, categoryWidth, titleRoom);
            if (chunk.length() >= CHUNK_CHARS) {
                out.append(chunk);
                chunk.setLength(0);
            }
        }
        out.append(chunk);
    }

    /**
     * One row and its line break, in a method of its own: this loop runs once per command and stays interpreted for
     * most of its turns, while a method called for each row is compiled after its first few hundred calls.
     */
    private void appendRow(StringBuilder chunk, PostMeta post, int dateWidth, int categoryWidth, int titleRoom) {
        int start = chunk.length();
        chunk.append(rows.date(post, dateWidth)).append(GAP);
        if (categoryWidth > 0) {
            chunk.append(rows.category(post, categoryWidth)).append(GAP);
        }
        chunk.append(lineWidth > 0 ? rows.title(post, Math.max(0, titleRoom)) : rows.title(post));
        int end = chunk.length();
        while (end > start && chunk.charAt(end - 1) == ' ') {
            end--;
        }
        chunk.setLength(end);
        chunk.append(LINE_BREAK);
    }
}
