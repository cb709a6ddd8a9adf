package newsreader.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import newsreader.post.PostMeta;

/**
 * Carries the marks of the old per-folder text store ({@link FileReadStateStore}, keyed by path alone) into the
 * shared store, once: the old file is renamed afterwards, so a mark removed later does not come back.
 */
public final class OldReadMarks {
    private OldReadMarks() {
    }

    /** Imports when the old file of {@code postsFolder} exists; returns how many posts were marked read. */
    public static int importOnce(ReadStateStore into, Path dataDirectory, Path postsFolder, List<PostMeta> posts) {
        FileReadStateStore old = FileReadStateStore.open(dataDirectory, postsFolder);
        if (!Files.isRegularFile(old.file())) {
            return 0;
        }
        List<String> ids = new ArrayList<>();
        for (PostMeta post : posts) {
            if (old.isRead(post.relativePath())) {
                ids.add(PostIdentity.of(post));
            }
        }
        if (!ids.isEmpty()) {
            into.markAllRead(ids);
        }
        try {
            Files.move(old.file(), old.file().resolveSibling(old.file().getFileName() + ".imported"),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            // Importing again next time only marks the same posts read again: harmless.
        }
        return ids.size();
    }
}
