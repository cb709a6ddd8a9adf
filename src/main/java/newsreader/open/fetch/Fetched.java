package newsreader.open.fetch;

import java.nio.file.Path;

/**
 * An image on disk, ready for a viewer or the preview. Public because {@link ImageFetcher} hands it to {@code Opener}.
 *
 * @param file      the cache file, or the post's own file for local images
 * @param mimeType  its type ({@code image/png}…), from the server or the file's first bytes
 * @param fromCache it was downloaded before and reused
 */
public record Fetched(Path file, String mimeType, boolean fromCache) {
}
