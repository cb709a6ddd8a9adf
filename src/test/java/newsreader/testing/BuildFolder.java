package newsreader.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Scratch space for what a test cannot keep in a JUnit {@code @TempDir}: it lives under the build folder (surefire
 * passes it as {@code newsreader.buildDir}), so a run that dies half-way still leaves nothing in {@code /tmp}.
 */
public final class BuildFolder {
    private BuildFolder() {
    }

    /** The build folder ({@code target}, or whatever {@code -DbuildDir} named); {@code target} outside Maven. */
    public static Path root() {
        return Path.of(System.getProperty("newsreader.buildDir", "target")).toAbsolutePath();
    }

    /** A new, empty folder under {@code <build>/test-scratch}; delete it with {@link #delete} when done. */
    public static Path scratch(String prefix) {
        try {
            Path parent = Files.createDirectories(root().resolve("test-scratch"));
            return Files.createTempDirectory(parent, prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes a file or a folder with everything in it; a missing one is fine. */
    public static void delete(Path path) {
        if (!Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> all = Files.walk(path)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + path, e);
        }
    }
}
