package newsreader.open;

import java.nio.file.Path;
import java.time.Duration;
import newsreader.post.PlaceholderImages;

/**
 * How images and links are opened; filled from the config file and the command line. Public because the reader
 * builds it from its options.
 *
 * @param postsFolder    the folder of posts: local images are opened only from inside it
 * @param viewer         the configured viewer command ({@code feh --scale-down {file}}), null to find one
 * @param viewerTerminal the configured viewer draws inside the terminal (chafa, timg…) rather than in a window
 * @param maxBytes       largest image download
 * @param timeout        connect timeout and the time one request (headers and body) may take
 * @param maxRedirects   redirects followed before giving up
 * @param maxPixels      largest image (width × height) decoded for the in-terminal preview
 * @param graphics       how the in-terminal preview is drawn
 * @param cacheFolder    where downloads are kept; null for {@code $XDG_CACHE_HOME/newsreader/images}
 * @param launchGrace    how long a started desktop viewer is watched for an immediate failure
 * @param decodeDeadline how long decoding one image for the in-terminal preview may take before it is abandoned
 * @param placeholders   header images that are random placeholders: {@code o} opens the post's own picture instead
 */
public record OpenSettings(
        Path postsFolder,
        String viewer,
        boolean viewerTerminal,
        long maxBytes,
        Duration timeout,
        int maxRedirects,
        long maxPixels,
        GraphicsMode graphics,
        Path cacheFolder,
        Duration launchGrace,
        Duration decodeDeadline,
        PlaceholderImages placeholders) {

    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
    public static final int DEFAULT_MAX_REDIRECTS = 5;
    public static final long DEFAULT_MAX_PIXELS = 100_000_000L;
    public static final Duration DEFAULT_LAUNCH_GRACE = Duration.ofMillis(300);
    /** Real header images decode in well under a second; a file that takes this long is hostile or broken. */
    public static final Duration DEFAULT_DECODE_DEADLINE = Duration.ofSeconds(10);

    /** The defaults for a posts folder, with the viewer and limits of the user's settings. */
    public static OpenSettings of(Path postsFolder, String viewer, boolean viewerTerminal, long maxBytes,
                                  int timeoutSeconds) {
        return new OpenSettings(postsFolder, viewer, viewerTerminal, maxBytes, Duration.ofSeconds(timeoutSeconds),
                DEFAULT_MAX_REDIRECTS, DEFAULT_MAX_PIXELS, GraphicsMode.AUTO, null, DEFAULT_LAUNCH_GRACE,
                DEFAULT_DECODE_DEADLINE, PlaceholderImages.defaults());
    }

    public static OpenSettings defaults(Path postsFolder) {
        return of(postsFolder, null, false, DEFAULT_MAX_BYTES, (int) DEFAULT_TIMEOUT.toSeconds());
    }

    public OpenSettings withViewer(String command, boolean terminal) {
        return new OpenSettings(postsFolder, command, terminal, maxBytes, timeout, maxRedirects, maxPixels, graphics,
                cacheFolder, launchGrace, decodeDeadline, placeholders);
    }

    public OpenSettings withPlaceholders(PlaceholderImages value) {
        return new OpenSettings(postsFolder, viewer, viewerTerminal, maxBytes, timeout, maxRedirects, maxPixels, graphics,
                cacheFolder, launchGrace, decodeDeadline, value);
    }

    public OpenSettings withTimeout(Duration value) {
        return new OpenSettings(postsFolder, viewer, viewerTerminal, maxBytes, value, maxRedirects, maxPixels, graphics,
                cacheFolder, launchGrace, decodeDeadline, placeholders);
    }

    public OpenSettings withMaxBytes(long value) {
        return new OpenSettings(postsFolder, viewer, viewerTerminal, value, timeout, maxRedirects, maxPixels, graphics,
                cacheFolder, launchGrace, decodeDeadline, placeholders);
    }

    public OpenSettings withMaxPixels(long value) {
        return new OpenSettings(postsFolder, viewer, viewerTerminal, maxBytes, timeout, maxRedirects, value, graphics,
                cacheFolder, launchGrace, decodeDeadline, placeholders);
    }

    public OpenSettings withGraphics(GraphicsMode value) {
        return new OpenSettings(postsFolder, viewer, viewerTerminal, maxBytes, timeout, maxRedirects, maxPixels, value,
                cacheFolder, launchGrace, decodeDeadline, placeholders);
    }

    public OpenSettings withCacheFolder(Path value) {
        return new OpenSettings(postsFolder, viewer, viewerTerminal, maxBytes, timeout, maxRedirects, maxPixels, graphics,
                value, launchGrace, decodeDeadline, placeholders);
    }

    public OpenSettings withLaunchGrace(Duration value) {
        return new OpenSettings(postsFolder, viewer, viewerTerminal, maxBytes, timeout, maxRedirects, maxPixels, graphics,
                cacheFolder, value, decodeDeadline, placeholders);
    }

    public OpenSettings withDecodeDeadline(Duration value) {
        return new OpenSettings(postsFolder, viewer, viewerTerminal, maxBytes, timeout, maxRedirects, maxPixels, graphics,
                cacheFolder, launchGrace, value, placeholders);
    }
}
