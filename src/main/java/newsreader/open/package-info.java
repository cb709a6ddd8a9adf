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
 * <p>This package is only the face: {@code Opener}, what it is given ({@code OpenSettings}, {@code Progress},
 * {@code ScreenHandoff}), what it returns ({@code OpenTask}, {@code OpenOutcome}, {@code OpenTarget}), the terminal
 * facts the reader draws with ({@code GraphicsMode}, {@code ColorDepth}, {@code TerminalLinks}) and the
 * {@code Environment} they are read from. The work is done behind it, one concern a package, each public only in the
 * few types {@code Opener} calls:
 * <ul>
 * <li>{@link newsreader.open.address}: which address, and whether it may be opened;</li>
 * <li>{@link newsreader.open.viewer}: which program shows it, and starting it from an argument vector;</li>
 * <li>{@link newsreader.open.fetch}: downloads with limits, the image cache, image types;</li>
 * <li>{@link newsreader.open.picture}: decoding and drawing the image in the terminal; the reader also paints
 * {@code ImagePreview}'s cells from there.</li>
 * </ul>
 * The sub-packages speak in the face's own types (the target, the outcome, the settings, the environment, progress,
 * the hand-off, colour depth and graphics mode) and never call {@code Opener}; {@code viewer} and {@code fetch} also
 * refuse through {@code address}. Nothing outside {@code open} uses {@code address}, {@code viewer} or {@code fetch}.
 *
 * <p>Safety rules ({@code security.md}): newsreader runs no shell of its own; commands are split into words in
 * {@code open.viewer} and placeholders fill whole arguments, or are shell-quoted inside the script of a configured
 * {@code sh -c '…'}; only {@code http}/{@code https} addresses and files
 * inside the posts folder pass {@link newsreader.open.address.TargetPolicy}; downloads have a timeout, a redirect
 * limit and a size cap; cache files are named by hash; the only escape sequences built from post data
 * ({@link newsreader.open.TerminalLinks}) refuse every control character.
 */
package newsreader.open;
