package newsreader.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/**
 * Where search indexes live: {@code $XDG_CACHE_HOME/newsreader/search/<hash>/}, one folder of posts each, named by a
 * hash of the folder's real path so that two spellings of one folder share an index and two folders never do.
 */
public final class SearchLocation {
    private SearchLocation() {
    }

    /** The directory holding every folder's index, for this process's environment and home directory. */
    public static Path cacheRoot() {
        return cacheRoot(System.getenv(), Path.of(System.getProperty("user.home")));
    }

    /**
     * {@code $XDG_CACHE_HOME/newsreader/search}, or {@code ~/.cache/newsreader/search} when the variable is unset,
     * empty or relative (as the XDG spec says); injectable so tests never touch the real home.
     */
    public static Path cacheRoot(Map<String, String> environment, Path home) {
        String xdg = environment.get("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg).resolve("newsreader").resolve("search");
        }
        return home.resolve(".cache").resolve("newsreader").resolve("search");
    }

    /**
     * The index directory of {@code folder} below {@code cacheRoot}.
     *
     * @throws IOException when the folder does not exist or its real path cannot be found
     */
    public static Path indexDirectory(Path folder, Path cacheRoot) throws IOException {
        return cacheRoot.resolve(nameOf(folder.toRealPath()));
    }

    static String nameOf(Path realFolder) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(realFolder.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
