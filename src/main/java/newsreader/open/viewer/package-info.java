/**
 * Which program shows an image or opens a link, and starting it: {@link newsreader.open.viewer.ViewerChooser} lists
 * the configured viewer, mailcap entries, {@code $BROWSER} and {@code xdg-open}/{@code open} that are on PATH and
 * usable here (a display, or a program that draws in the terminal); {@link newsreader.open.viewer.ViewerLauncher}
 * starts one from its argument vector, detached or in the lent terminal.
 *
 * <p>Separate because it is the one place that creates processes: commands are split into words here (newsreader
 * runs no shell of its own), placeholders fill whole arguments, and only programs found on PATH start. A command that
 * is itself a shell with {@code -c} ({@code sh -c '…'} in a setting, {@code $BROWSER} or a mailcap line) gets its
 * placeholders shell-quoted inside the script, and {@code %t} is only ever a known image type. Public are only the
 * types {@code Opener} uses (the chooser and its choice, the viewer, the launcher, the process starter and the
 * mailcap it may be given); command templates, word splitting, shell quoting, PATH lookup and what is known about
 * programs by name stay package-private.
 */
package newsreader.open.viewer;
