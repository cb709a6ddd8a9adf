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
     * @param root the scanned folder it belongs to (for {@link PostMeta#relativePath()}; the file must lie inside it,
     *             links followed), or null for a file the user named, read wherever it is
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
                    ? ProblemReason.of("file.broken-link") : IoReasons.of(e), e);
        }
        if (root != null) {
            requireInside(path, base);
        }
        if (attributes.isDirectory()) {
            throw new PostException(ProblemReason.of("io.folder"));
        }
        if (!attributes.isRegularFile()) {
            throw new PostException(ProblemReason.of("io.not-regular"));
        }
        FileFacts facts = new FileFacts(path, relativePath(base, path), attributes.lastModifiedTime().toMillis(),
                attributes.size());
        try {
            return loader.loadPost(facts);
        } catch (RuntimeException | StackOverflowError e) {
            throw new PostException(ProblemReason.of("file.unexpected", OneLine.of(e.getClass().getSimpleName() + " " + e.getMessage())), e);
        }
    }

    /**
     * A post of a walked folder is read only while it is inside it: the walk left links out, and a link changed since
     * (or a path from an old cache or index) must not read a file outside. A file the user names alone ({@code show
     * FILE}, no root) is read wherever it leads: the user chose it, as with {@code cat}; the worry is links a stranger's
     * archive brings along, not the user's own.
     */
    private static void requireInside(Path path, Path root) throws PostException {
        Path real;
        try {
            real = path.toRealPath();
        } catch (IOException e) {
            throw new PostException(IoReasons.of(e), e);
        }
        Path realRoot;
        try {
            realRoot = root.toRealPath();
        } catch (IOException e) {
            realRoot = null; // no folder: nothing is inside it
        }
        if (realRoot == null || !real.startsWith(realRoot)) {
            throw new PostException(Files.isSymbolicLink(path) ? IoReasons.LINKS_OUTSIDE : ProblemReason.of("file.outside"));
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
