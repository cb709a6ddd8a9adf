package newsreader.open;

import newsreader.messages.Messages;
import newsreader.text.Sizes;

/**
 * Told how a download advances, from the download's thread; the UI should hand the numbers to its own thread. Public
 * because the reader passes one and shows {@link #describe}.
 */
@FunctionalInterface
public interface Progress {
    Progress NONE = (bytes, total) -> { };

    /**
     * @param bytes bytes received so far
     * @param total the size the server announced, or -1 when it did not
     */
    void update(long bytes, long total);

    /** The status line's text: "downloading… 40%", or "downloading… 1.2 MB" when the size is unknown. */
    static String describe(long bytes, long total) {
        if (total > 0) {
            return Messages.of("open").get("progress.percent", String.valueOf(Math.min(100, bytes * 100 / total)));
        }
        return Messages.of("open").get("progress.bytes", Sizes.bytes(bytes));
    }
}
