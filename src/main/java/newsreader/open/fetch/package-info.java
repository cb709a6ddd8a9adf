/**
 * Getting an image onto disk: {@link newsreader.open.fetch.ImageFetcher} copies local images into the cache through
 * a link-free open of the real path that was checked (so a link swapped in afterwards is not followed) and downloads
 * web images with a timeout, a redirect limit (each target checked again), a size cap and a type check, trying the
 * address behind a CORS proxy when the proxy fails; {@link newsreader.open.fetch.ImageCache} keeps downloads under
 * hashed names and trims itself; {@link newsreader.open.fetch.MimeTypes} tells image types from names, headers and
 * first bytes.
 *
 * <p>Separate because it is the only network code and everything in it is about limits: a hostile server must not
 * make newsreader wait, fill the disk or write a file it names. Public are the types {@code Opener} calls or is
 * handed (and {@code Sizes}, which the face's {@code Progress} shares); the CORS-proxy rule stays package-private.
 */
package newsreader.open.fetch;
