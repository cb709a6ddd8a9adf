package newsreader.store;

import java.io.IOException;
import java.util.Collection;

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

    /** A store that remembers nothing across runs: used when the data directory cannot be written. */
    static ReadStateStore inMemory() {
        return new MemoryReadStateStore();
    }
}
