/**
 * Which address to open and whether it may be opened: {@link newsreader.open.address.HeaderImage} picks a post's
 * header image, {@link newsreader.open.address.TargetPolicy} lets through only {@code http}/{@code https} addresses
 * and regular files inside the posts folder, and says why anything else is a
 * {@link newsreader.open.address.Refusal}.
 *
 * <p>Separate because it is the security boundary ({@code security.md}): everything a post writes passes here before
 * any viewer, download or escape sequence sees it, so it is read and tested on its own. It knows nothing of viewers,
 * downloads or pictures; it returns the face's {@link newsreader.open.OpenTarget}.
 */
package newsreader.open.address;
