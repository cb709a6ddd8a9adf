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

    /**
     * Before the first batch, when the cache keeps them apart: its newest posts, newest first, and how many files the
     * whole cache holds, for a first screen while the rest of the cache is decoded. The first batch then delivers
     * them again with all the others.
     */
    default void newest(java.util.List<PostMeta> posts, int cached) {
    }

    /** The whole, sorted result: it replaces everything delivered in batches. */
    default void finished(ScanResult result) {
    }
}
