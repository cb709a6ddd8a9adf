package newsreader.post;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.ZoneId;

/** Reads one post file in full: front matter and body. */
public final class PostReader {
    private final PostFileLoader loader;

    /** Dates without a zone are read in the machine's zone, as Hexo does. */
    public PostReader() {
        this(PostLimits.DEFAULT, ZoneId.systemDefault());
    }

    /** @param localZone the zone of dates written without one */
    public PostReader(ZoneId localZone) {
        this(PostLimits.DEFAULT, localZone);
    }

    public PostReader(PostLimits limits, ZoneId localZone) {
        this.loader = new PostFileLoader(limits, localZone);
    }

    /**
     * @param file the post file
     * @param root the scanned folder it belongs to (for {@link PostMeta#relativePath()}), or null to use its parent
     * @throws PostException with the one-line reason when the file cannot be read as a post
     */
    public Post read(Path file, Path root) throws PostException {
        Path path = file.toAbsolutePath().normalize();
        Path base = root != null ? root.toAbsolutePath().normalize() : path.getParent();
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(path, BasicFileAttributes.class);
        } catch (IOException e) {
            throw new PostException(Files.isSymbolicLink(path) && e instanceof NoSuchFileException
                    ? "broken symbolic link (its target does not exist)" : IoReasons.of(e), e);
        }
        if (attributes.isDirectory()) {
            throw new PostException("a folder, not a post file");
        }
        if (!attributes.isRegularFile()) {
            throw new PostException("not a regular file");
        }
        FileFacts facts = new FileFacts(path, relativePath(base, path), attributes.lastModifiedTime().toMillis(),
                attributes.size());
        try {
            return loader.loadPost(facts);
        } catch (RuntimeException | StackOverflowError e) {
            throw new PostException("unexpected error: " + OneLine.of(e.getClass().getSimpleName() + " " + e.getMessage()), e);
        }
    }

    /** Below {@code base} with {@code /} separators; the file name alone when the file is not below it. */
    static String relativePath(Path base, Path file) {
        if (base == null || !file.startsWith(base) || file.equals(base)) {
            return file.getFileName().toString();
        }
        StringBuilder relative = new StringBuilder();
        for (Path part : base.relativize(file)) {
            if (relative.length() > 0) {
                relative.append('/');
            }
            relative.append(part);
        }
        return relative.toString();
    }
}
