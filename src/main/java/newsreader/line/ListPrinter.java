package newsreader.line;

import java.util.List;
import newsreader.post.PostMeta;
import newsreader.reading.PostRows;
import newsreader.reading.ReadState;

/**
 * Prints one page of a list: a sentence saying what it is, then one row a post — number, unread mark, date,
 * category, title — in columns measured in cells, so a Chinese title beside an English one never shifts a column.
 * The text of each column comes from the reading core's {@link PostRows}, as in the full-screen reader and
 * {@code list}.
 */
final class ListPrinter {
    static final String UNREAD_MARK = "*";
    private static final newsreader.messages.Messages WORDS = newsreader.messages.Messages.of("line");
    private static final String GAP = "  ";
    private static final int MAX_CATEGORY_CELLS = 24;
    /** Below this many cells for the title, the category column goes, then the date: the title matters most. */
    private static final int MIN_TITLE_CELLS = 12;

    private final Printer printer;
    private final PostRows rows;
    private final ReadState readState;
    private final boolean wholeTitles;

    /** @param wholeTitles print titles whole, not cut to the width (output to a pipe or a file) */
    ListPrinter(Printer printer, PostRows rows, ReadState readState, boolean wholeTitles) {
        this.printer = printer;
        this.rows = rows;
        this.readState = readState;
        this.wholeTitles = wholeTitles;
    }

    /** The script titles and categories are shown in, for the other lists of the session ({@code cat}). */
    newsreader.reading.ChineseScript script() {
        return rows.script();
    }

    /** A post's title as the list shows it: one safe line, in the session's Chinese script. */
    String title(PostMeta post) {
        return rows.title(post);
    }

    /** Prints page {@code page} (0 is the first) of {@code view}; the caller has checked that it exists. */
    void print(PostView view, int page, int pageSize) {
        int pages = pageCount(view.size(), pageSize);
        if (view.isEmpty()) {
            printer.say(capitalised(WORDS.get("page.empty", view.describe(rows.script()))));
            return;
        }
        int from = page * pageSize;
        int to = Math.min(view.size(), from + pageSize);
        printer.say(capitalised(pages > 1 ? WORDS.get("page.header.pages", view.describe(rows.script()), unread(view), page + 1, pages)
                : WORDS.get("page.header", view.describe(rows.script()), unread(view))));
        List<PostMeta> rows = view.posts().subList(from, to);
        Columns columns = columns(rows, String.valueOf(view.size()).length());
        for (int i = 0; i < rows.size(); i++) {
            printer.row(row(rows.get(i), from + i + 1, columns));
        }
        if (page + 1 < pages) {
            printer.say(WORDS.get("page.more", page + 2));
        }
    }

    /** How many of the list are unread, said so that the mark is explained where it is first needed. */
    private String unread(PostView view) {
        int unread = 0;
        for (PostMeta post : view.posts()) {
            if (!readState.isRead(post)) {
                unread++;
            }
        }
        if (unread == 0) {
            return WORDS.get(view.size() == 1 ? "page.read-one" : "page.read-all");
        }
        return WORDS.get(unread == view.size() && unread > 1 ? "page.unread-all" : "page.unread-some", unread, UNREAD_MARK);
    }

    static int pageCount(int posts, int pageSize) {
        return Math.max(1, (posts + pageSize - 1) / pageSize);
    }

    /** Cells of each column for these rows at the current width; 0 means the column is left out. */
    private record Columns(int number, int date, int category, int title) {
    }

    private Columns columns(List<PostMeta> rows, int numberCells) {
        int width = printer.width();
        int category = this.rows.categoryWidth(rows, Math.min(MAX_CATEGORY_CELLS, width / 4));
        int date = this.rows.dateWidth();
        int lead = numberCells + UNREAD_MARK.length() + 1;
        if (titleRoom(width, lead, date, category) < MIN_TITLE_CELLS) {
            category = 0;
        }
        if (titleRoom(width, lead, date, category) < MIN_TITLE_CELLS) {
            date = 0;
        }
        return new Columns(numberCells, date, category, Math.max(1, titleRoom(width, lead, date, category)));
    }

    private static int titleRoom(int width, int lead, int date, int category) {
        return width - lead - (date > 0 ? date + GAP.length() : 0) - (category > 0 ? category + GAP.length() : 0);
    }

    private String row(PostMeta post, int number, Columns columns) {
        StringBuilder row = new StringBuilder();
        String digits = String.valueOf(number);
        row.append(" ".repeat(columns.number() - digits.length())).append(digits);
        row.append(readState.isRead(post) ? " " : UNREAD_MARK).append(' ');
        if (columns.date() > 0) {
            row.append(rows.date(post, columns.date())).append(GAP);
        }
        if (columns.category() > 0) {
            row.append(rows.category(post, columns.category())).append(GAP);
        }
        row.append(wholeTitles ? rows.title(post) : rows.title(post, columns.title()));
        return row.toString();
    }

    static String capitalised(String phrase) {
        return phrase.isEmpty() ? phrase : Character.toUpperCase(phrase.charAt(0)) + phrase.substring(1);
    }
}
