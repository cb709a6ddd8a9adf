package newsreader.cache;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
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
        return root.resolve(kind).resolve(hashOf(realFolder.toString()) + ".bin");
    }

    static String hashOf(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
