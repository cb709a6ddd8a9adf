package newsreader.post;

import java.nio.file.Path;

/** Reads one post file in full: front matter and body. */
public final class PostReader {
    /**
     * @param file the post file
     * @param root the scanned folder it belongs to (for {@link PostMeta#relativePath()}), or null to use its parent
     */
    public Post read(Path file, Path root) throws PostException {
        throw new UnsupportedOperationException("not yet");
    }
}
