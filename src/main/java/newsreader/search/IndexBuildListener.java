package newsreader.search;

/**
 * Hears what a build in another process ({@link IndexBuildProcess}) says, on the thread that reads its output; a
 * reader hands the news to its own thread.
 */
public interface IndexBuildListener {
    /** {@code done} of the {@code total} posts that needed indexing. */
    void progress(int done, int total);

    /** The index holds every post of the folder as the build found it. */
    void built();

    /** Another process holds the index (a {@code newsreader search} running): this build wrote nothing. */
    void held();

    /** The build stopped on an error it could name (a full disk): searches see what it committed before. */
    void failed(String reason);

    /**
     * The build ended without a word: killed or crashed. {@code exitCode} is 128 + the signal's number for a signal,
     * as a shell reports it.
     */
    void died(int exitCode);

    /** The build's process could not be started (no {@code java} there any more, no memory for another process). */
    void couldNotStart(String reason);
}
