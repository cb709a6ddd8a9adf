package newsreader.store;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/** Read state held in memory only. */
final class MemoryReadStateStore implements ReadStateStore {
    private final Set<String> read = new HashSet<>();
    private final Set<String> starred = new HashSet<>();
    private final MarkedPaths marked = new MarkedPaths();

    @Override
    public boolean mayHoldMarks(String relativePath) {
        return marked.mayHold(relativePath);
    }

    @Override
    public boolean isRead(String postId) {
        return read.contains(postId);
    }

    @Override
    public void setRead(String postId, boolean isRead) {
        if (isRead) {
            marked.add(postId);
            read.add(postId);
        } else {
            read.remove(postId);
        }
    }

    @Override
    public void markAllRead(Collection<String> postIds) {
        marked.addAll(postIds);
        read.addAll(postIds);
    }

    @Override
    public void markAllUnread(Collection<String> postIds) {
        read.removeAll(postIds);
    }

    @Override
    public boolean isStarred(String postId) {
        return starred.contains(postId);
    }

    @Override
    public void setStarred(String postId, boolean isStarred) {
        if (isStarred) {
            marked.add(postId);
            starred.add(postId);
        } else {
            starred.remove(postId);
        }
    }

    @Override
    public Set<String> starred() {
        return Set.copyOf(starred);
    }
}
