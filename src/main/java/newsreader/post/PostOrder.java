package newsreader.post;

import java.util.Comparator;

/**
 * The list order: dated posts newest first, then undated posts by file modification time, newest first; equal keys
 * fall back to the relative path so that the order never depends on the file system or on threads.
 */
final class PostOrder {
    private PostOrder() {
    }

    static final Comparator<PostMeta> NEWEST_FIRST = PostOrder::compare;

    private static int compare(PostMeta a, PostMeta b) {
        int byKey;
        if (a.undated() != b.undated()) {
            return a.undated() ? 1 : -1;
        } else if (a.undated()) {
            byKey = Long.compare(b.modified(), a.modified());
        } else {
            byKey = b.compareDates(a);
        }
        return byKey != 0 ? byKey : a.relativePath().compareTo(b.relativePath());
    }

    static final Comparator<PostProblem> BY_PATH = Comparator.comparing(PostProblem::relativePath);
}
