package newsreader.store;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.jar.JarEntry;
import newsreader.config.PrivateFiles;
import newsreader.config.XdgDirectories;
import org.sqlite.util.LibraryLoaderUtil;

/**
 * SQLite's native library, kept in the user's cache folder between runs. The JDBC driver otherwise writes its 1.1 MB
 * library to the temporary folder at every start, under a random name, compares it with the jar's copy byte by byte and
 * deletes it at exit: half of the time it takes to open the read state. Here it is written once per driver build
 * (named by the jar entry's size and checksum), into a private folder, and the driver is told to load it from there
 * ({@code org.sqlite.lib.path}). Anything that goes wrong leaves the driver to do as it always did; a file the driver
 * cannot load makes it fall back to its own copy.
 */
final class SqliteLibrary {
    private static boolean prepared;

    private SqliteLibrary() {
    }

    /** Points the driver at the cached library, writing it first when needed; once per JVM, before the first open. */
    static synchronized void prepare() {
        if (prepared || System.getProperty("org.sqlite.lib.path") != null) {
            return;
        }
        prepared = true;
        try {
            Path library = keptIn(XdgDirectories.system().cache().resolve("native"));
            if (library != null) {
                System.setProperty("org.sqlite.lib.path", library.getParent().toString());
                System.setProperty("org.sqlite.lib.name", library.getFileName().toString());
            }
        } catch (IOException | RuntimeException e) {
            // the driver extracts its library itself, as it does without this
        }
    }

    /**
     * The driver's library for this machine, kept below {@code folder} (written there when not yet); null when the
     * driver holds none for this machine or not in a jar.
     */
    static Path keptIn(Path folder) throws IOException {
        String resource = LibraryLoaderUtil.getNativeLibResourcePath() + "/" + LibraryLoaderUtil.getNativeLibName();
        URL url = LibraryLoaderUtil.class.getResource(resource);
        if (url == null) {
            return null;
        }
        URLConnection connection = url.openConnection();
        if (!(connection instanceof JarURLConnection jar)) {
            return null;
        }
        JarEntry entry = jar.getJarEntry();
        if (entry.getSize() <= 0) {
            return null;
        }
        String build = "sqlite-" + entry.getSize() + "-" + Long.toHexString(entry.getCrc());
        Path kept = folder.resolve(build).resolve(LibraryLoaderUtil.getNativeLibName());
        if (Files.isRegularFile(kept) && Files.size(kept) == entry.getSize()) {
            return kept;
        }
        PrivateFiles.folder(kept.getParent());
        Path temporary = Files.createTempFile(kept.getParent(), kept.getFileName().toString(), ".tmp");
        try {
            try (InputStream in = connection.getInputStream()) {
                Files.copy(in, temporary, StandardCopyOption.REPLACE_EXISTING);
            }
            if (Files.size(temporary) != entry.getSize()) {
                return null;
            }
            Files.move(temporary, kept, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return kept;
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
