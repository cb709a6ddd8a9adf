package newsreader.post;

/**
 * Follows a scan as it goes, for a screen that shows posts before the whole folder is read. Every call comes from the
 * thread that runs the scan, in order; a listener that updates a screen hands the values over to the screen's thread.
 */
public interface ScanListener {
    /** Wants nothing. */
    ScanListener NONE = new ScanListener() {
    };

    /**
     * Posts and problems read since the last batch, and the progress; called at most about ten times a second, and
     * with empty lists when only the progress moved.
     */
    default void batch(ScanBatch batch) {
    }

    /** The whole, sorted result: it replaces everything delivered in batches. */
    default void finished(ScanResult result) {
    }
}
