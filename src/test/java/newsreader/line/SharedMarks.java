package newsreader.line;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import newsreader.post.PostMeta;
import newsreader.post.PostScanner;
import newsreader.store.PostIdentity;
import newsreader.store.SqliteStateStore;

/** The shared state store as a test reads it: by a post's path below the folder, as the tests name posts. */
final class SharedMarks {
    private final Map<String, Boolean> readByPath = new HashMap<>();
    private final Map<String, Boolean> starredByPath = new HashMap<>();

    private SharedMarks() {
    }

    static SharedMarks of(Path dataDirectory, Path folder) {
        SharedMarks marks = new SharedMarks();
        try (SqliteStateStore store = SqliteStateStore.open(SqliteStateStore.fileIn(dataDirectory))) {
            for (PostMeta post : new PostScanner().scan(folder).posts()) {
                marks.readByPath.put(post.relativePath(), store.isRead(PostIdentity.of(post)));
                marks.starredByPath.put(post.relativePath(), store.isStarred(PostIdentity.of(post)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return marks;
    }

    long starredCount() {
        return starredByPath.values().stream().filter(Boolean::booleanValue).count();
    }

    boolean isStarred(String relativePath) {
        return starredByPath.getOrDefault(relativePath, false);
    }

    boolean isRead(String relativePath) {
        return readByPath.getOrDefault(relativePath, false);
    }
}
