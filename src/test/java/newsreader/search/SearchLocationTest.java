package newsreader.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import newsreader.cache.CacheDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Indexes live under the XDG cache directory, one per real folder. */
class SearchLocationTest {
    private static final Path HOME = Path.of("/home/someone");

    @TempDir
    Path scratch;

    @Test
    void theCacheRootFollowsXdgCacheHome() {
        assertThat(SearchLocation.cacheRoot(Map.of("XDG_CACHE_HOME", "/var/cache/me"), HOME))
                .isEqualTo(Path.of("/var/cache/me/newsreader/search"));
    }

    @Test
    void anUnsetEmptyOrRelativeXdgCacheHomeMeansTheHomeCache() {
        Path fallback = HOME.resolve(".cache/newsreader/search");
        assertThat(SearchLocation.cacheRoot(Map.of(), HOME)).isEqualTo(fallback);
        assertThat(SearchLocation.cacheRoot(Map.of("XDG_CACHE_HOME", ""), HOME)).isEqualTo(fallback);
        assertThat(SearchLocation.cacheRoot(Map.of("XDG_CACHE_HOME", "relative/cache"), HOME)).isEqualTo(fallback);
    }

    @Test
    void oneFolderHasOneIndexWhateverItsSpellingAndTwoFoldersTwo() throws IOException {
        Path a = Files.createDirectories(scratch.resolve("a"));
        Path b = Files.createDirectories(scratch.resolve("b"));
        Path link = Files.createSymbolicLink(scratch.resolve("link"), a);
        Path cache = scratch.resolve("cache");
        Path index = SearchLocation.indexDirectory(a, cache);
        assertThat(index.getParent()).isEqualTo(cache);
        assertThat(index.getFileName().toString()).matches("[0-9a-f]{32}");
        assertThat(SearchLocation.indexDirectory(link, cache)).isEqualTo(index);
        assertThat(SearchLocation.indexDirectory(b.resolve("../a"), cache)).isEqualTo(index);
        assertThat(SearchLocation.indexDirectory(b, cache)).isNotEqualTo(index);
    }

    @Test
    void theIndexIsNamedAsTheFoldersMetadataCacheIs() throws IOException {
        Path a = Files.createDirectories(scratch.resolve("a"));
        Path cache = scratch.resolve("cache");
        assertThat(SearchLocation.indexDirectory(a, cache).getFileName().toString())
                .isEqualTo(CacheDirectory.nameOf(a.toRealPath()));
    }
}
