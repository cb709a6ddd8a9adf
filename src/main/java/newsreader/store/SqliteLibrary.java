package newsreader.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
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
        URL url = libraryInJar();
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
            // written into the file createTempFile made 0600 (Files.copy would replace it with one of the default mode)
            try (InputStream in = connection.getInputStream(); OutputStream out = Files.newOutputStream(temporary)) {
                in.transferTo(out);
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

    /**
     * The driver's library for this machine in its jar. The driver's own way to name the machine's folder
     * ({@code OSInfo}) starts {@code uname -o} and resolves every file mapped into the process to look for musl: 50-130
     * ms of each reader start on a 2-core virtual machine, while the screen waited for the read state. The usual
     * machines are named here from what the JVM says and one read of {@code /proc/self/maps}; any other is left to it.
     */
    private static URL libraryInJar() {
        String folder = commonFolder(System.getProperty("os.name", ""), System.getProperty("os.arch", ""),
                System.getProperty("java.runtime.name", ""), SqliteLibrary::mappedFiles);
        if (folder != null) {
            URL url = LibraryLoaderUtil.class.getResource(
                    DRIVER_NATIVE + folder + "/" + LibraryLoaderUtil.getNativeLibName());
            if (url != null) {
                return url;
            }
        }
        return LibraryLoaderUtil.class.getResource(
                LibraryLoaderUtil.getNativeLibResourcePath() + "/" + LibraryLoaderUtil.getNativeLibName());
    }

    /** Where the driver's jar keeps its libraries, one folder per machine ("Linux/x86_64"). */
    private static final String DRIVER_NATIVE = "/org/sqlite/native/";

    /**
     * The driver's folder name for Linux (glibc or musl) and macOS on x86_64 and aarch64, as its {@code OSInfo} names
     * them; null for anything else, Android included, or when the mapped files cannot be read.
     *
     * @param mappedFiles the text of {@code /proc/self/maps}, or null when it cannot be read
     */
    static String commonFolder(String osName, String osArch, String runtimeName,
                               java.util.function.Supplier<String> mappedFiles) {
        String arch = switch (osArch.toLowerCase(java.util.Locale.ROOT)) {
            case "amd64", "x86_64" -> "x86_64";
            case "aarch64" -> "aarch64";
            default -> null;
        };
        if (arch == null || runtimeName.toLowerCase(java.util.Locale.ROOT).contains("android")) {
            return null;
        }
        if (osName.contains("Mac") || osName.contains("Darwin")) {
            return "Mac/" + arch;
        }
        if (!osName.contains("Linux") || Files.exists(Path.of("/system/lib/libGLESv1_CM.so"))
                || Files.exists(Path.of("/system/lib64/libGLESv1_CM.so"))) {
            return null; // another system, or Linux running Android (Termux)
        }
        String maps = mappedFiles.get();
        if (maps == null) {
            return null;
        }
        return (maps.toLowerCase(java.util.Locale.ROOT).contains("musl") ? "Linux-Musl/" : "Linux/") + arch;
    }

    private static String mappedFiles() {
        try {
            return Files.readString(Path.of("/proc/self/maps"));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
