package newsreader.store;

import java.io.IOException;
import java.util.Collection;
import java.util.Set;

/**
 * Which posts of one folder the user has read, by post identity (the path below the folder).
 * Kept small on purpose: a later store (SQLite) implements the same few calls.
 */
public interface ReadStateStore {
    boolean isRead(String postId);

    void setRead(String postId, boolean read);

    /** Marks every one of {@code postIds} read in one step (one save, not one per post). */
    void markAllRead(Collection<String> postIds);

    /** Writes pending changes; a no-op when nothing changed. */
    void save() throws IOException;

    /** Whether the post is starred; stores that keep no stars say false. */
    default boolean isStarred(String postId) {
        return false;
    }

    /** Stars or unstars a post; stores that keep no stars ignore it. */
    default void setStarred(String postId, boolean starred) {
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
