package newsreader.search;

/**
 * Hears how far an index update has come: {@code done} of {@code total} posts that needed indexing. Called on the
 * index's own thread, a few times a second and once at the end; a reader must hand the figures to its own thread.
 */
@FunctionalInterface
public interface ProgressListener {
    ProgressListener NONE = (done, total) -> { };

    void progress(int done, int total);
}
