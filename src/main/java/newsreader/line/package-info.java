/**
 * Line mode: a prompt-driven reader for places a full screen cannot serve — {@code TERM=dumb}, Emacs shell buffers,
 * serial consoles, screen readers.
 *
 * <p>{@link newsreader.line.LineMode} owns the terminal through JLine and loops: a {@code Prompt} gives a typed line
 * ({@code EditingPrompt}, JLine's line editor with history and tab completion, or {@code PlainPrompt} for terminals
 * that edit lines themselves), which goes to {@code CommandParser}, which makes an {@code Input} naming a
 * {@code Command}; {@code CommandRunner} carries it out against the {@code Session} (the folder's posts, the list being
 * looked at as a {@code PostView}, the page last shown, the open post) and answers through the {@code Printer}.
 * {@code ListPrinter} lays out list pages, {@code ArticleSource} reads and renders a post with the same
 * {@code ArticleRenderer} as the other modes. Categories, title queries, row text, dates, read marks and "next
 * unread" come from the reading core ({@code newsreader.reading}), shared with the full-screen reader and the
 * commands; {@code CategoryIndex} and {@code LineCompleter} give categories and completion, {@code TerminalSize} the
 * width and page length.
 *
 * <p>Decisions worth knowing:
 * <ul>
 *   <li>Output is plain lines: no colour, no cursor movement, so a screen reader reads it line by line. Everything
 *       printed passes through {@code Printer}, which cleans it with {@code SafeText} whatever its source.</li>
 *   <li>Post numbers count in the list being looked at ({@code cat} and {@code search} make a new list), so the
 *       numbers a user sees are the numbers they type.</li>
 *   <li>Search and category names compare NFKC-case-folded text, so full-width letters from a Chinese input method
 *       and any case match; Chinese words are found anywhere in a title.</li>
 *   <li>TAB completes on dumb terminals too (JLine would insert it), and a terminal that reports no size gets the
 *       size line mode uses, without which JLine neither echoes typed text nor lists candidates.</li>
 *   <li>Inside Emacs ({@code INSIDE_EMACS}) input is read plainly: Emacs echoes, edits, completes and remembers
 *       lines itself, and JLine's echo would show each line twice.</li>
 *   <li>Long output is not paged: a screen reader or an Emacs buffer scrolls by itself.</li>
 * </ul>
 */
package newsreader.line;
