package newsreader.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The one name a posts folder has in the cache folder. */
class CacheDirectoryTest {
    @Test
    void theNameIsPinnedSoThatCachesWrittenBeforeStillFitTheirFolder() {
        // Values of the hash as released: a change here orphans every user's metadata caches and search indexes.
        assertThat(CacheDirectory.nameOf(Path.of("/data/posts"))).isEqualTo("939f5831af8737a2536fe49457682656");
        assertThat(CacheDirectory.nameOf(Path.of("/数据/文章"))).isEqualTo("f9c8a2689cdd0cda9c3b1374300ab709");
    }

    @Test
    void foldersThatDifferByOneCharacterGetDifferentNames() {
        assertThat(CacheDirectory.nameOf(Path.of("/data/posts")))
                .isNotEqualTo(CacheDirectory.nameOf(Path.of("/data/posts2")))
                .isNotEqualTo(CacheDirectory.nameOf(Path.of("/data/post")))
                .isNotEqualTo(CacheDirectory.nameOf(Path.of("/data/Posts")));
    }

    @Test
    void theMetadataCacheFileIsNamedByIt() {
        CacheDirectory cache = new CacheDirectory(Path.of("/c"));
        assertThat(cache.fileFor("posts", Path.of("/data/posts")))
                .isEqualTo(Path.of("/c/posts/939f5831af8737a2536fe49457682656.bin"));
    }
}
