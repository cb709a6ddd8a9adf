/**
 * Pictures newsreader draws itself when no viewer can show an image: {@link newsreader.open.picture.ImageDecoder}
 * decodes the first frame within a pixel limit (lower for WebP), subsampled to what is drawn,
 * {@link newsreader.open.picture.DecodeQueue} runs decodes one at a time with a deadline and stops them when
 * cancelled, and {@link newsreader.open.picture.ImagePreview} turns it, at
 * whatever size the screen has, into half blocks or coloured spaces ({@link newsreader.open.picture.CellPicture}),
 * text with colour codes, or sixel or kitty graphics.
 *
 * <p>Separate because it is pixel work with no I/O and no policy: resampling, the xterm palette and the encoders are
 * tested image by image. Public are {@code ImagePreview} and the cells the full-screen reader paints
 * ({@code CellPicture}, {@code ImageCell}, {@code Rgb}, {@code LanternaColors}), {@code ImageDecoder} and
 * {@code DecodeQueue} for {@code Opener} and {@code Passthrough} for the face's {@code TerminalLinks}; resampling, the palette, the encoders
 * and the reading of a terminal's device attributes (not used by the reader yet) stay package-private.
 */
package newsreader.open.picture;
