/**
 * Opening a post's images and links: which image, whether an address may be opened, which viewer, downloading,
 * starting the viewer, and drawing the image inside the terminal when no viewer can show it.
 *
 * <p>The reader uses one {@link newsreader.open.Opener} for the session:
 * <pre>{@code
 * Opener opener = new Opener(OpenSettings.of(postsFolder, settings.viewer(), settings.viewerTerminal(),
 *         settings.downloadMaxBytes(), settings.downloadTimeoutSeconds()));
 * OpenTask task = opener.openHeaderImage(meta, references, (bytes, total) -> post(Progress.describe(bytes, total)));
 * task.result().thenAccept(outcome -> post(outcome));   // handle the outcome on the UI thread
 * }</pre>
 * An {@link newsreader.open.OpenOutcome} is one of: {@code Done} and {@code Failed} (show the message),
 * {@code RunInTerminal} (call {@code run(handoff)} on the UI thread), {@code ShowHere} (draw
 * {@code preview().halfBlocks(columns, rows)}, or {@code opener.showInline(...)} for kitty/sixel) and
 * {@code ShowLink} (show the address; offer {@link newsreader.open.TerminalLinks}).
 *
 * <p>Safety rules ({@code security.md}): no shell ever runs; commands are split by
 * {@link newsreader.open.CommandWords} and placeholders fill whole arguments; only {@code http}/{@code https}
 * addresses and files inside the posts folder pass {@link newsreader.open.TargetPolicy}; downloads have a timeout,
 * a redirect limit and a size cap; cache files are named by hash; the only escape sequences built from post data
 * ({@link newsreader.open.TerminalLinks}) refuse every control character.
 */
package newsreader.open;
