/**
 * The full-screen reader: category tree, post list and article view, keyboard only.
 *
 * <p>State flows one way. {@link newsreader.tui.ReaderState} holds everything the screen shows;
 * {@code ReaderController} (with {@code BrowseController} and {@code ArticleController}) turns each key, finished
 * scan or resize into changes of that state; {@code ReaderView} and its parts ({@code TreeView}, {@code ListView},
 * {@code ArticlePane}, {@code StatusLine}, {@code OverlayView}) draw the whole screen from the state on every frame.
 * Nothing in the controllers touches a terminal, so every key is tested without one; the views are tested by cell
 * on Lanterna's virtual terminal; {@code ReaderLoop} connects the two to a real screen through one event queue.
 *
 * <p>{@link newsreader.tui.FullScreenReader#run} is the entry point; it refuses to start without a terminal and
 * restores the terminal on every way out.
 */
package newsreader.tui;
