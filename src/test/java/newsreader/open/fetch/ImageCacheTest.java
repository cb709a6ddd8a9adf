package newsreader.open.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageCacheTest {
    @TempDir
    Path temp;

    private Path image(ImageCache cache, String url, int size, Duration age) throws IOException {
        Path part = cache.temporary(url);
        Files.write(part, new byte[size]);
        Path file = cache.commit(part, url, "image/png");
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(age)));
        return file;
    }

    @Test
    void namesAreTheUrlsSha256AndAnExtensionFromAFixedList() throws IOException {
        ImageCache cache = new ImageCache(temp.resolve("images"));
        Path file = image(cache, "https://x/../../etc/passwd?.sh", 10, Duration.ZERO);
        assertThat(file.getParent()).isEqualTo(temp.resolve("images"));
        assertThat(file.getFileName().toString()).matches("[0-9a-f]{64}\\.png");
        assertThat(ImageCache.key("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(MimeTypes.extension("image/x-evil;.sh")).isEqualTo("img");
        assertThat(cache.find("https://x/../../etc/passwd?.sh")).get().extracting(Fetched::file).isEqualTo(file);
        assertThat(cache.find("https://x/other")).isEmpty();
    }

    @Test
    void theFolderIsPrivateToTheUser() throws IOException {
        ImageCache cache = new ImageCache(temp.resolve("a/b/images"));
        cache.temporary("https://x/");
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(temp.resolve("a/b/images")))).isEqualTo("rwx------");
    }

    @Test
    void pruningRemovesTheLeastRecentlyUsedUntilUnderTheLimit() throws IOException {
        ImageCache cache = new ImageCache(temp.resolve("images"));
        Path oldest = image(cache, "https://x/1", 1000, Duration.ofDays(3));
        Path reused = image(cache, "https://x/2", 1000, Duration.ofDays(2));
        Path newest = image(cache, "https://x/3", 1000, Duration.ofDays(1));
        cache.find("https://x/2");
        assertThat(cache.prune(2000)).isEqualTo(1);
        assertThat(oldest).doesNotExist();
        assertThat(reused).exists();
        assertThat(newest).exists();
        assertThat(cache.prune(0)).isEqualTo(2);
    }

    @Test
    void pruningRemovesOnlyStalePartialDownloads() throws IOException {
        ImageCache cache = new ImageCache(temp.resolve("images"));
        Path stale = cache.temporary("https://x/1");
        Files.setLastModifiedTime(stale, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
        Path active = cache.temporary("https://x/2");
        assertThat(cache.prune(Long.MAX_VALUE)).isEqualTo(1);
        assertThat(stale).doesNotExist();
        assertThat(active).exists();
        assertThat(new ImageCache(temp.resolve("missing")).prune(0)).isZero();
    }
}
