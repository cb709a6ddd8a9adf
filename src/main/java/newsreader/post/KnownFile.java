package newsreader.post;

import java.nio.file.Path;

/**
 * What a scan learnt about one post file: its size and modification time when read, and the outcome (a
 * {@link PostMeta} or a {@link PostProblem}). A later scan trusts the outcome while size and time are unchanged.
 *
 * @param settled false when the file was modified so shortly before it was read that a change in the same clock tick
 *                could go unseen (the "racy" case git knows): such a file is read again next time, and never cached
 */
record KnownFile(long size, long modified, Object outcome, boolean settled) {
    /**
     * How long before a read a modification must lie for the read to be trusted: file systems keep times to anything
     * from a nanosecond to two seconds (FAT), and network file systems add clock skew.
     */
    static final long RACY_MILLIS = 2_000;

    KnownFile {
        if (!(outcome instanceof PostMeta) && !(outcome instanceof PostProblem)) {
            throw new IllegalArgumentException("an outcome is a post or a problem");
        }
    }

    static KnownFile read(FileFacts file, Object outcome, long readStartedMillis) {
        return new KnownFile(file.size(), file.modified(), outcome, file.modified() < readStartedMillis - RACY_MILLIS);
    }

    /** Whether the file as the walk found it now is still the one read. */
    boolean stillDescribes(FileFacts file) {
        return settled && size == file.size() && modified == file.modified();
    }

    /** The relative path the outcome holds. */
    String relativePath() {
        return outcome instanceof PostMeta meta ? meta.relativePath() : ((PostProblem) outcome).relativePath();
    }

    /**
     * As {@link #at(Path)} for a file the walk found: its path is {@code start} resolved with its relative path, so a
     * post read back from {@code start}'s cache is already at it, told without making the path.
     */
    KnownFile at(FileFacts file, Path start) {
        return outcome instanceof PostMeta meta && meta.isBelow(start) ? this : at(file.path());
    }

    /** The same outcome for the file at {@code path} (the folder may have been reached by another spelling). */
    KnownFile at(Path path) {
        if (outcome instanceof PostMeta meta && !meta.isAt(path)) {
            return new KnownFile(size, modified, new PostMeta(path, meta.relativePath(), meta.title(), meta.date(),
                    meta.rawDate(), meta.updated(), meta.categories(), meta.tags(), meta.author(), meta.image(),
                    meta.format(), meta.modified(), meta.size(), meta.extra()), settled);
        }
        if (outcome instanceof PostProblem problem && !problem.path().equals(path)) {
            return new KnownFile(size, modified, new PostProblem(path, problem.relativePath(), problem.why()), settled);
        }
        return this;
    }
}
