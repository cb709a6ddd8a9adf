package newsreader.store;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * The relative paths of the posts that hold a mark or once held one since the store was last read: a post whose path
 * is not here holds none, and a list of a million posts learns that it is unread without spelling its identity. Paths
 * are added and never taken away until the next reload (a path whose marks were all taken away only costs the full
 * look-up); not thread-safe: the store's lock guards it.
 */
final class MarkedPaths {
    private final Set<String> paths = new HashSet<>();

    void add(String postId) {
        paths.add(PostIdentity.pathOf(postId));
    }

    void addAll(Collection<String> postIds) {
        for (String id : postIds) {
            add(id);
        }
    }

    void clear() {
        paths.clear();
    }

    boolean mayHold(String relativePath) {
        return paths.contains(relativePath);
    }
}
