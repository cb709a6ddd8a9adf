/**
 * The terminal layer, which knows nothing about posts: Lanterna 3.1 made correct for wide text
 * ({@code ../shared/design/lanterna-notes.md}).
 *
 * <p>{@link newsreader.tui.term.NewsTerminal} writes whole clusters as UTF-8, never a control character, and fixes
 * Lanterna's terminal set-up; {@link newsreader.tui.term.GlyphMapper} makes Lanterna's idea of each cluster's width
 * agree with the program's {@code CellWidth}; {@link newsreader.tui.term.CellPainter} is the only code that puts
 * cells on the screen, and keeps wide characters off the last column of any area.
 */
package newsreader.tui.term;
