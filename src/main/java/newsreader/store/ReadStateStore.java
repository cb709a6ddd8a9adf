package newsreader.store;

import java.io.IOException;
import java.util.Collection;
import java.util.Set;

/**
 * Which posts the user has read and starred, by post identity ({@link PostIdentity}). Reads come from memory; every
 * write is kept before it returns, or throws, so that no front end says "Marked read" when nothing was saved. Front
 * ends use it through {@code newsreader.reading.ReadState}.
 */
public interface ReadStateStore {
    boolean isRead(String postId);

    /** Marks or unmarks a post; kept when it returns. */
    void setRead(String postId, boolean read) throws IOException;

    /** Marks every one of {@code postIds} read in one step: all are kept, or none. */
    void markAllRead(Collection<String> postIds) throws IOException;

    /** Marks every one of {@code postIds} unread in one step (undoing a "mark all read"): all are kept, or none. */
    void markAllUnread(Collection<String> postIds) throws IOException;

    /**
     * Whether a post at this relative path may hold a read mark or a star: false only when none can, so that counting
     * the unread posts of a large folder need not make every post's identity ({@link PostIdentity}). Stores that
     * cannot tell say true.
     */
    default boolean mayHoldMarks(String relativePath) {
        return true;
    }

    /** Whether the post is starred; stores that keep no stars say false. */
    default boolean isStarred(String postId) {
        return false;
    }

    /** Stars or unstars a post; kept when it returns. Stores that keep no stars ignore it. */
    default void setStarred(String postId, boolean starred) throws IOException {
    }

    /** Every starred post's identity. */
    default Set<String> starred() {
        return Set.of();
    }

    /** Reads the flags again, to see what another instance wrote; a no-op for stores only this process writes. */
    default void reload() throws IOException {
    }

    /** A store that remembers nothing across runs: used when the data directory cannot be written. */
    static ReadStateStore inMemory() {
        return new MemoryReadStateStore();
    }
}
