package newsreader.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Map;
import newsreader.config.XdgDirectories;

/**
 * Where search indexes live: {@code $XDG_CACHE_HOME/newsreader/search/<hash>/}, one folder of posts each, named by a
 * hash of the folder's real path so that two spellings of one folder share an index and two folders never do.
 */
public final class SearchLocation {
    private SearchLocation() {
    }

    /** The directory holding every folder's index, for this process's environment and home directory. */
    public static Path cacheRoot() {
        return cacheRoot(XdgDirectories.system());
    }

    /**
     * {@code $XDG_CACHE_HOME/newsreader/search}, or {@code ~/.cache/newsreader/search} when the variable is unset,
     * empty or relative (as the XDG spec says); injectable so tests never touch the real home.
     */
    public static Path cacheRoot(Map<String, String> environment, Path home) {
        return cacheRoot(new XdgDirectories(environment, home));
    }

    public static Path cacheRoot(XdgDirectories xdg) {
        return xdg.cache().resolve("search");
    }

    /**
     * The index directory of {@code folder} below {@code cacheRoot}.
     *
     * @throws IOException when the folder does not exist or its real path cannot be found
     */
    public static Path indexDirectory(Path folder, Path cacheRoot) throws IOException {
        return cacheRoot.resolve(nameOf(folder.toRealPath()));
    }

    /**
     * 128 bits of two FNV-1a hashes of the path's UTF-8 bytes. Not cryptographic, and need not be: the index records
     * its folder in every commit. (SHA-256 would load some fifty security classes at every start of a quick search.)
     */
    static String nameOf(Path realFolder) {
        long first = 0xcbf29ce484222325L;
        long second = 0x84222325cbf29ce4L;
        for (byte b : realFolder.toString().getBytes(StandardCharsets.UTF_8)) {
            first = (first ^ (b & 0xFF)) * 0x100000001b3L;
            second = (second ^ (b & 0xFF)) * 0x1000193L + 0x9E3779B97F4A7C15L;
        }
        return HexFormat.of().toHexDigits(first) + HexFormat.of().toHexDigits(second);
    }
}
