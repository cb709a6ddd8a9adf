package newsreader.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.util.LibraryLoaderUtil;

/** SQLite's native library is written to the cache once, privately, and used from there by later runs. */
class SqliteLibraryTest {
    @TempDir
    Path dir;

    @Test
    void theLibraryIsWrittenOnceAsTheDriverHoldsItAndReplacedWhenDamaged() throws Exception {
        Path folder = dir.resolve("native");
        Path kept = SqliteLibrary.keptIn(folder);

        assertThat(kept).isNotNull().startsWith(folder).isRegularFile();
        try (InputStream original = LibraryLoaderUtil.class.getResourceAsStream(
                LibraryLoaderUtil.getNativeLibResourcePath() + "/" + LibraryLoaderUtil.getNativeLibName())) {
            assertThat(Files.readAllBytes(kept)).isEqualTo(original.readAllBytes());
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(kept.getParent()))).isEqualTo("rwx------");

        FileTime marked = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
        Files.setLastModifiedTime(kept, marked);
        assertThat(SqliteLibrary.keptIn(folder)).isEqualTo(kept);
        assertThat(Files.getLastModifiedTime(kept)).as("not written again").isEqualTo(marked);

        Files.write(kept, new byte[] {1, 2, 3});
        assertThat(SqliteLibrary.keptIn(folder)).isEqualTo(kept);
        assertThat(Files.size(kept)).as("a damaged copy is replaced").isGreaterThan(100_000);
        try (var left = Files.list(kept.getParent())) {
            assertThat(left).as("no temporary file left").containsExactly(kept);
        }
    }

    @Test
    void theReadStateOpensWithTheKeptLibrary() throws Exception {
        try (SqliteStateStore store = SqliteStateStore.open(dir.resolve("state.db"))) {
            store.setRead("a", true);
            assertThat(store.isRead("a")).isTrue();
        }
        String path = System.getProperty("org.sqlite.lib.path");
        assertThat(path).as("the driver was pointed at the kept library").isNotNull();
        assertThat(Path.of(path).resolve(System.getProperty("org.sqlite.lib.name"))).isRegularFile();
    }
}
