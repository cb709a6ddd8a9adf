package newsreader.line;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import newsreader.post.PostMeta;
import newsreader.search.ProgressListener;
import newsreader.search.SearchHit;
import newsreader.search.SearchIndex;

/**
 * {@code find}: the posts whose titles or text match, through the same search index as the reader's {@code F} and
 * {@code newsreader search} (CJK bigrams, phrases, {@code title:}, {@code -WORD}), best match first.
 */
final class TextFinder {
    /** More hits than anyone pages through at a prompt; the rest are not worth the index's time. */
    static final int MOST_HITS = 500;

    private final Path root;
    private final Path cacheRoot;

    /** @param cacheRoot where indexes live ({@code SearchLocation.cacheRoot()}) */
    TextFinder(Path root, Path cacheRoot) {
        this.root = root;
        this.cacheRoot = cacheRoot;
    }

    /**
     * The index is brought up to date with {@code posts} first (only new and changed posts are read); when it cannot
     * be written, what it already holds is searched and {@link Found#problem} says why.
     *
     * @throws IOException when the index cannot be opened or read
     */
    Found find(List<PostMeta> posts, String query) throws IOException {
        try (SearchIndex index = SearchIndex.open(root, cacheRoot)) {
            String problem = "";
            try {
                index.update(posts, ProgressListener.NONE).get();
            } catch (ExecutionException e) {
                problem = newsreader.messages.Messages.of("line").get("find.stale", e.getCause().getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                problem = newsreader.messages.Messages.of("line").get("find.interrupted");
            }
            List<String> paths = index.search(query, MOST_HITS, 0).stream().map(SearchHit::relativePath).toList();
            return new Found(paths, problem);
        }
    }

    /**
     * @param relativePaths the matching posts, best first
     * @param problem       empty, or why the hits may be incomplete
     */
    record Found(List<String> relativePaths, String problem) {
    }
}
