package newsreader.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import newsreader.cache.CacheDirectory;
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
        // Named like the folder's metadata cache; the index also records its folder in every commit.
        return cacheRoot.resolve(CacheDirectory.nameOf(folder.toRealPath()));
    }
}
