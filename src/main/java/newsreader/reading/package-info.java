/**
 * The reading core: what every front end (the full-screen reader, line mode, the {@code list}/{@code show}/
 * {@code search} commands) decides the same way. The folder snapshot ({@link newsreader.reading.Library}), the
 * category model ({@link newsreader.reading.CategoryPaths}, {@link newsreader.reading.CategoryQuery}), the title
 * query ({@link newsreader.reading.TitleQuery}), read and star state with writes that report failure and "next
 * unread" ({@link newsreader.reading.ReadState}), the text of a list row from the settings' date format and time
 * zone ({@link newsreader.reading.PostRows}), the script Chinese is shown in
 * ({@link newsreader.reading.ChineseScript}; queries match either script through {@link newsreader.reading.Folding}),
 * and the settings a front end needs to read a folder
 * ({@link newsreader.reading.Reading}). Front ends lay these out; they do not decide them again.
 */
package newsreader.reading;
