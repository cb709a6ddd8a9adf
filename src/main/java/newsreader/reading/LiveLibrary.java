package newsreader.reading;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.PriorityQueue;
import newsreader.post.PostList;
import newsreader.post.PostMeta;
import newsreader.post.PostProblem;
import newsreader.post.ScanBatch;
import newsreader.post.ScanResult;

/**
 * The folder as it is known so far, while a scan streams batches in and later while the watcher reports changes;
 * it makes the immutable {@link Library} snapshots the screen shows. Used off the screen's thread (the scan's and
 * the watcher's), so that sorting never holds up a key press; one caller at a time.
 */
public final class LiveLibrary {
    private final Path root;
    private final PostList posts = new PostList();
    private final Map<String, PostProblem> problems = new LinkedHashMap<>();
    /** The latest snapshot: given again while nothing changed, so that the screen can tell it needs no redraw. */
    private Library last;

    public LiveLibrary(Path root) {
        this.root = root;
    }

    /** Posts and problems a running scan found; each replaces what was known under its path. */
    public synchronized void add(ScanBatch batch) {
        posts.merge(batch.posts());
        for (PostMeta post : batch.posts()) {
            problems.remove(post.relativePath());
        }
        List<String> nowProblems = new ArrayList<>();
        for (PostProblem problem : batch.problems()) {
            problems.put(problem.relativePath(), problem);
            nowProblems.add(problem.relativePath());
        }
        posts.remove(nowProblems);
    }

    /** A complete result (a finished scan, or everything after a rescan): replaces all that was known. */
    public synchronized Library replace(ScanResult result) {
        posts.replaceAll(result.posts());
        problems.clear();
        for (PostProblem problem : result.problems()) {
            problems.put(problem.relativePath(), problem);
        }
        return snapshot();
    }

    /**
     * What is known now, as the screen shows it: newest first. The same object as
     * the previous snapshot when nothing changed since.
     */
    public synchronized Library snapshot() {
        List<PostMeta> list = List.copyOf(posts.posts());
        List<PostProblem> problemList = new ArrayList<>(problems.values());
        if (last != null && sameObjects(last.posts(), list) && last.problems().equals(problemList)) {
            return last;
        }
        // No identities are made here: a post makes its own when first asked for (a row drawn, a mark looked up).
        last = new Library(root, list, problemList);
        return last;
    }

    private static boolean sameObjects(List<PostMeta> a, List<PostMeta> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A first look at a large batch: only its newest {@code count} posts, found without sorting them all, so that a
     * screenful can be drawn before the whole list is sorted, hashed and counted.
     */
    public static Library newest(Path root, List<PostMeta> posts, int count) {
        PriorityQueue<PostMeta> oldestOnTop = new PriorityQueue<>(count + 1, PostList.NEWEST_FIRST.reversed());
        for (PostMeta post : posts) {
            oldestOnTop.add(post);
            if (oldestOnTop.size() > count) {
                oldestOnTop.poll();
            }
        }
        List<PostMeta> newest = new ArrayList<>(oldestOnTop);
        newest.sort(PostList.NEWEST_FIRST);
        return new Library(root, newest, List.of());
    }
}
