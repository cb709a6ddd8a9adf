package newsreader.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import newsreader.post.BodyFormat;
import newsreader.post.PostMeta;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SharedStateStoreTest {
    @TempDir
    Path temp;

    @Test
    void opensTheSqliteFileUnderTheDataDirectory() {
        SharedStateStore.Opened opened = SharedStateStore.open(temp.resolve("data"));
        try {
            assertThat(opened.problem()).isEmpty();
            assertThat(opened.store()).isInstanceOf(SqliteStateStore.class);
            assertThat(SqliteStateStore.fileIn(temp.resolve("data"))).exists();
        } finally {
            SharedStateStore.close(opened.store());
        }
    }

    @Test
    void aDataDirectoryThatCannotBeCreatedGivesAStoreInMemoryAndTheReason() throws Exception {
        Path blocked = Files.writeString(temp.resolve("a-file"), "");
        SharedStateStore.Opened opened = SharedStateStore.open(blocked.resolve("data"));

        assertThat(opened.problem()).startsWith("Read marks kept for this session only");
        opened.store().setRead("x", true);
        opened.store().setStarred("x", true);
        assertThat(opened.store().isRead("x")).isTrue();
        assertThat(opened.store().starred()).containsExactly("x");
    }

    private static PostMeta post(Path folder, String relativePath) {
        return new PostMeta(folder.resolve(relativePath), relativePath, "title of " + relativePath,
                Instant.parse("2024-05-01T00:00:00Z"), null, null, List.of(), List.of(), null, null,
                BodyFormat.MARKDOWN, 0L, 100L, Map.of());
    }
}
