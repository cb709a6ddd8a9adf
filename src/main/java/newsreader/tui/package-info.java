/**
 * The full-screen reader: category tree, post list and article view, keyboard only — a front end over the reading
 * core ({@code newsreader.reading}), which decides categories, title queries, dates, read marks and "next unread".
 *
 * <p>State → update → effects → view, in one direction:
 * <ul>
 *   <li><b>Model</b>: {@link newsreader.tui.ReaderState} holds everything the screen shows ({@code OpenArticle},
 *       {@code SearchResults}, {@code CategoryTree}, {@code TextInput} are parts of it).</li>
 *   <li><b>Update</b>: {@code ReaderController} (with {@code BrowseController}, {@code ArticleController},
 *       {@code OpeningController}, {@code SearchController}, {@code ReadMarks}, {@code PipeAndSave}) turns each event — a key, a scan's
 *       posts, a resize, what an effect found — into changes of the state and a list of {@link
 *       newsreader.tui.Effect}s. It reads no file, writes no mark and touches no terminal.</li>
 *   <li><b>Effects</b>: {@code EffectRunner} carries them out on one background thread, in order (read and lay out
 *       a post, write a mark, open an image, search, save an article's text with {@code ArticleSaving}), and hands what they found back as {@code ReaderEvent}s.</li>
 *   <li><b>View</b>: {@code ReaderView} and its parts ({@code TreeView}, {@code ListView}, {@code HitsView},
 *       {@code ArticlePane}, {@code StatusLine}, {@code OverlayView}, {@code PictureView}) draw the whole screen from
 *       the state on every frame.</li>
 *   <li><b>Runtime</b>: {@code ReaderLoop} takes events from one queue, applies them and draws when the queue is
 *       empty; {@code FolderServices} streams the folder in and keeps it up to date; {@code TerminalLending}
 *       hands the terminal to viewers and to the command {@code |} pipes an article to ({@code ArticlePipe}) and, through {@code Suspension} and {@code StopSignals}, to the shell on
 *       Ctrl-z or SIGTSTP; {@code tui.term} makes Lanterna draw wide text right.</li>
 * </ul>
 * The roles share one package because the update functions and the views work on the state's fields directly;
 * tests drive the update with effects run at once (every key's whole consequence is there when it returns), draw
 * the views on Lanterna's virtual terminal, and run the real program in tmux.
 *
 * <p>{@link newsreader.tui.FullScreenReader#run} is the entry point; it refuses to start without a terminal and
 * restores the terminal on every way out.
 */
package newsreader.tui;
