package newsreader.open.fetch;

import newsreader.messages.Messages;

/**
 * A download that failed; the message completes "download failed: …" (e.g. "timed out after 10 s"). Public because
 * {@code Opener} turns it into that status line.
 */
public final class FetchException extends Exception {
    private static final Messages WORDS = Messages.of("open");

    private final boolean cancelled;

    public FetchException(String message) {
        this(message, false);
    }

    private FetchException(String message, boolean cancelled) {
        super(message);
        this.cancelled = cancelled;
    }

    static FetchException cancelled() {
        return new FetchException("cancelled", true);
    }

    public boolean isCancelled() {
        return cancelled;
    }

    /** The status line's text. */
    public String statusMessage() {
        return cancelled ? WORDS.get("fetch.cancelled") : WORDS.get("fetch.failed", getMessage());
    }
}
