package newsreader.cache;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HexFormat;
import newsreader.config.XdgDirectories;

/**
 * The folder holding newsreader's caches ({@code $XDG_CACHE_HOME/newsreader}, default {@code ~/.cache/newsreader}), and
 * the name of each posts folder's cache file in it.
 *
 * @param root the cache folder; it need not exist yet (it is created when a cache is first written)
 */
public record CacheDirectory(Path root) {

    /** The cache folder for this process's environment. */
    public static CacheDirectory system() {
        return of(XdgDirectories.system());
    }

    /** The cache folder of these XDG folders (tests pass an environment and home of their own). */
    public static CacheDirectory of(XdgDirectories xdg) {
        return new CacheDirectory(xdg.cache());
    }

    /**
     * The cache file of {@code kind} for a posts folder: {@code root/kind/<hash>.bin}, the hash being of the folder's
     * real path, so that two spellings of one folder (a link, a trailing {@code ..}) share a cache and two folders never do.
     */
    public Path fileFor(String kind, Path realFolder) {
        return root.resolve(kind).resolve(nameOf(realFolder) + ".bin");
    }

    /**
     * What a posts folder is called inside the cache folder (its metadata cache file, its search index): 32 hex digits,
     * 128 bits of two FNV-1a hashes of the real path's UTF-8 bytes. Not cryptographic, and need not be: the folder
     * names come from the user, not from posts, and every cache also records its folder and checks it on reading.
     * (SHA-256 would load some fifty security classes at every start of a quick {@code list} or {@code search}.)
     * Changing it orphans every cache and index users have.
     */
    public static String nameOf(Path realFolder) {
        long first = 0xcbf29ce484222325L;
        long second = 0x84222325cbf29ce4L;
        for (byte b : realFolder.toString().getBytes(StandardCharsets.UTF_8)) {
            first = (first ^ (b & 0xFF)) * 0x100000001b3L;
            second = (second ^ (b & 0xFF)) * 0x1000193L + 0x9E3779B97F4A7C15L;
        }
        return HexFormat.of().toHexDigits(first) + HexFormat.of().toHexDigits(second);
    }
}
