package newsreader.post;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Posts kept newest first (the order of {@link ScanResult#posts()}) while batches and changes arrive, one post per
 * relative path: what a screen filled during a scan holds. Merging a batch of k posts into n costs n + k log k, so a
 * scan of 100,000 posts delivered in batches stays cheap. Not thread-safe: use it on one thread (the screen's).
 */
public final class PostList {
    /** Dated posts newest first, then undated ones by file modification time, newest first; ties by relative path. */
    public static final Comparator<PostMeta> NEWEST_FIRST = PostOrder.NEWEST_FIRST;

    private final PathTable<PostMeta> byPath = new PathTable<>(PostMeta::relativePath, 0);
    private List<PostMeta> sorted = new ArrayList<>();

    /** Adds the posts, each replacing the one with its relative path if there is one. */
    public void merge(Collection<PostMeta> posts) {
        if (posts.isEmpty()) {
            return;
        }
        if (sorted.isEmpty()) {
            // The first batch (a warm cache hands over the whole folder in one): nothing to merge with.
            for (PostMeta post : posts) {
                byPath.put(post);
            }
            PostMeta[] all = byPath.size() == posts.size() ? posts.toArray(PostMeta[]::new) : kept();
            Arrays.parallelSort(all, NEWEST_FIRST);
            sorted = new ArrayList<>(Arrays.asList(all));
            return;
        }
        Map<String, PostMeta> incoming = new HashMap<>();
        for (PostMeta post : posts) {
            incoming.put(post.relativePath(), post);
        }
        Set<PostMeta> replaced = Collections.newSetFromMap(new IdentityHashMap<>());
        for (PostMeta post : incoming.values()) {
            PostMeta old = byPath.put(post);
            if (old != null) {
                replaced.add(old);
            }
        }
        List<PostMeta> batch = new ArrayList<>(incoming.values());
        batch.sort(NEWEST_FIRST);
        List<PostMeta> kept = sorted;
        if (!replaced.isEmpty()) {
            kept = new ArrayList<>(sorted);
            kept.removeIf(replaced::contains);
        }
        // Each post of the batch finds its place by binary search and the runs of kept posts between are copied
        // whole: a scan streaming 100,000 posts merges some fifty batches, and comparing every kept post with the
        // batch at each of them took a quarter of the scanning thread's time.
        List<PostMeta> merged = new ArrayList<>(kept.size() + batch.size());
        int from = 0;
        for (PostMeta post : batch) {
            int at = firstAfter(kept, post, from);
            merged.addAll(kept.subList(from, at));
            merged.add(post);
            from = at;
        }
        merged.addAll(kept.subList(from, kept.size()));
        sorted = merged;
    }

    /** The first index at or after {@code from} whose post comes after {@code post}; the list's size if none does. */
    private static int firstAfter(List<PostMeta> list, PostMeta post, int from) {
        int low = from;
        int high = list.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (NEWEST_FIRST.compare(post, list.get(middle)) < 0) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return low;
    }

    private PostMeta[] kept() {
        List<PostMeta> kept = new ArrayList<>(byPath.size());
        byPath.forEach(kept::add);
        return kept.toArray(PostMeta[]::new);
    }

    /** Removes the posts with these relative paths (those not here are ignored). */
    public void remove(Collection<String> relativePaths) {
        Set<PostMeta> gone = Collections.newSetFromMap(new IdentityHashMap<>());
        for (String path : relativePaths) {
            PostMeta old = byPath.remove(path);
            if (old != null) {
                gone.add(old);
            }
        }
        if (!gone.isEmpty()) {
            sorted.removeIf(gone::contains);
        }
    }

    /** Applies what a rescan found. */
    public void apply(FolderChanges changes) {
        remove(changes.removed().stream().map(PostMeta::relativePath).toList());
        List<PostMeta> upserts = new ArrayList<>(changes.added());
        upserts.addAll(changes.changed());
        merge(upserts);
    }

    /** Replaces everything with a scan's final, sorted posts. */
    public void replaceAll(List<PostMeta> newestFirst) {
        byPath.clear();
        for (PostMeta post : newestFirst) {
            byPath.put(post);
        }
        sorted = new ArrayList<>(newestFirst);
    }

    /** The posts, newest first; a view that changes with this list. */
    public List<PostMeta> posts() {
        return Collections.unmodifiableList(sorted);
    }

    public int size() {
        return sorted.size();
    }

    /** Where the post with this relative path is now (to keep a selection on it), or -1. */
    public int indexOf(String relativePath) {
        PostMeta post = byPath.get(relativePath);
        if (post == null) {
            return -1;
        }
        int found = Collections.binarySearch(sorted, post, NEWEST_FIRST);
        return found >= 0 ? found : -1;
    }
}
