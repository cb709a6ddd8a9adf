package newsreader.testing;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import newsreader.post.BodyFormat;
import newsreader.post.PostMeta;

/** Post metadata for tests that need no file. */
public final class Posts {
    private Posts() {
    }

    /** A dated post titled by its path, filed under the given category paths. */
    @SafeVarargs
    public static PostMeta post(String relativePath, List<String>... categories) {
        return new PostMeta(Path.of("/posts").resolve(relativePath), relativePath, relativePath,
                Instant.parse("2024-01-01T00:00:00Z"), null, null, copy(categories), List.of(), null, null,
                BodyFormat.MARKDOWN, 0L, 1L, Map.of());
    }

    /** A copy element by element: handing the varargs array itself on would let it escape. */
    @SafeVarargs
    private static List<List<String>> copy(List<String>... paths) {
        List<List<String>> out = new ArrayList<>(paths.length);
        for (List<String> path : paths) {
            out.add(path);
        }
        return out;
    }
}
