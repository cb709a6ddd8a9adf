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
    /** Rows appended by one call of {@link #appendRows}. */
    private static final int BATCH_ROWS = 64;

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
        // the encoder twice (row, then line break).
        StringBuilder chunk = new StringBuilder(CHUNK_CHARS + 1024);
        char[] chars = new char[0];
        for (int from = 0; from < posts.size(); from += BATCH_ROWS) {
            appendRows(chunk, posts, from, Math.min(posts.size(), from + BATCH_ROWS), dateWidth, categoryWidth, titleRoom);
            if (chunk.length() >= CHUNK_CHARS) {
                chars = write(chunk, chars, out);
            }
        }
        write(chunk, chars, out);
    }

    /**
     * Writes and empties {@code chunk} through {@code chars}, reused from piece to piece (grown when too small, and
     * returned): appending the builder would make a {@code String} of it each time, a copy of the whole output.
     */
    private static char[] write(StringBuilder chunk, char[] chars, PrintWriter out) {
        char[] buffer = chars.length >= chunk.length() ? chars : new char[chunk.length()];
        chunk.getChars(0, chunk.length(), buffer, 0);
        out.write(buffer, 0, chunk.length());
        chunk.setLength(0);
        return buffer;
    }

    /**
     * A batch of rows, in a method of its own: the loop of {@link #print} runs once per command, and a loop that runs
     * once stays interpreted until it has turned some 60,000 times; this one is compiled after its first hundred calls.
     */
    private void appendRows(StringBuilder chunk, List<PostMeta> posts, int from, int to, int dateWidth,
                            int categoryWidth, int titleRoom) {
        for (int i = from; i < to; i++) {
            appendRow(chunk, posts.get(i), dateWidth, categoryWidth, titleRoom);
        }
    }

    /** One row and its line break, trailing spaces left out. */
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
