package newsreader.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import newsreader.post.PostMeta;

/** Test helpers around a {@link SearchIndex}: update and wait, search and name the hits. */
final class OpenIndex {
    private OpenIndex() {
    }

    static SearchIndex open(Path folder, Path cache) {
        try {
            return SearchIndex.open(folder, cache, 2);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static UpdateReport update(SearchIndex index, List<PostMeta> posts) {
        try {
            return index.update(posts, ProgressListener.NONE).get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("update failed", e);
        }
    }

    static List<SearchHit> search(SearchIndex index, String query) {
        try {
            return index.search(query, 50);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The relative paths of the hits, best first. */
    static List<String> paths(SearchIndex index, String query) {
        return search(index, query).stream().map(SearchHit::relativePath).toList();
    }
}
