package newsreader.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import newsreader.post.BodyFormat;
import newsreader.post.PostMeta;
import newsreader.testing.EndToEnd;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteStateStoreTest {
    @TempDir
    Path dir;

    @Test
    void marksSurviveAReopen() throws Exception {
        Path file = SqliteStateStore.fileIn(dir);
        try (SqliteStateStore store = SqliteStateStore.open(file)) {
            store.setRead("a.md#1", true);
            store.setStarred("b.md#2", true);
            store.markAllRead(List.of("c.md#3", "d.md#4"));
            store.setRead("d.md#4", false);
        }
        try (SqliteStateStore store = SqliteStateStore.open(file)) {
            assertThat(store.isRead("a.md#1")).isTrue();
            assertThat(store.isRead("c.md#3")).isTrue();
            assertThat(store.isRead("d.md#4")).isFalse();
            assertThat(store.isRead("b.md#2")).isFalse();
            assertThat(store.isStarred("b.md#2")).isTrue();
            assertThat(store.starred()).containsExactly("b.md#2");
        }
    }

    @Test
    void markingManyUnreadInOneStepIsKeptAndLeavesStarsAlone() throws Exception {
        Path file = SqliteStateStore.fileIn(dir);
        try (SqliteStateStore store = SqliteStateStore.open(file)) {
            store.markAllRead(List.of("a", "b", "c"));
            store.setStarred("a", true);
            store.markAllUnread(List.of("a", "b"));
            assertThat(store.isRead("a")).isFalse();
            assertThat(store.isRead("c")).isTrue();
        }
        try (SqliteStateStore store = SqliteStateStore.open(file)) {
            assertThat(store.isRead("a")).isFalse();
            assertThat(store.isRead("b")).isFalse();
            assertThat(store.isRead("c")).isTrue();
            assertThat(store.isStarred("a")).isTrue();
        }
    }

    @Test
    void twoInstancesAtOnceKeepEachOthersMarks() throws Exception {
        Path file = SqliteStateStore.fileIn(dir);
        try (SqliteStateStore first = SqliteStateStore.open(file); SqliteStateStore second = SqliteStateStore.open(file)) {
            first.setRead("one", true);
            second.setRead("two", true);
            second.setStarred("one", true);
            first.markAllRead(List.of("three", "four"));
            first.reload();
            second.reload();
            for (SqliteStateStore store : List.of(first, second)) {
                assertThat(store.isRead("one")).isTrue();
                assertThat(store.isRead("two")).isTrue();
                assertThat(store.isRead("four")).isTrue();
                assertThat(store.isStarred("one")).isTrue();
            }
        }
    }

    @Test
    @EndToEnd
    void killDashNineWhileWritingLosesAtMostTheChangeInFlight() throws Exception {
        Path file = SqliteStateStore.fileIn(dir);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // Its temp files (SQLite's native library, which a JVM killed with -9 cannot delete) stay in the test's folder.
        Process writer = new ProcessBuilder(java, "-Djava.io.tmpdir=" + dir, "-cp", System.getProperty("java.class.path"),
                StateWriter.class.getName(), file.toString())
                .redirectErrorStream(false).start();
        List<String> committed = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; committed.size() < 300 && (line = out.readLine()) != null; ) {
                committed.add(line);
            }
            writer.destroyForcibly(); // SIGKILL, in the middle of its next write
            assertThat(writer.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(committed).hasSize(300);
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file);
                ResultSet check = db.createStatement().executeQuery("PRAGMA integrity_check")) {
            check.next();
            assertThat(check.getString(1)).isEqualTo("ok");
        }
        try (SqliteStateStore store = SqliteStateStore.open(file)) {
            for (String id : committed) {
                assertThat(store.isRead(id)).as(id).isTrue();
            }
            store.setRead("after-the-crash", true);
            assertThat(store.isRead("after-the-crash")).isTrue();
        }
    }

    @Test
    void aFileThatIsNotADatabaseIsAClearErrorNotACrash() throws IOException {
        Path file = SqliteStateStore.fileIn(dir);
        Files.write(file, "this is not a database, just junk".repeat(100).getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> SqliteStateStore.open(file)).isInstanceOf(IOException.class).hasMessageContaining(file.toString());
    }

    @Test
    void identitySurvivesMovingTheFolderButTellsDifferentPostsApart() {
        PostMeta post = meta(Path.of("/srv/a/2022/x.md"), "2022/x.md", "标题");
        PostMeta moved = meta(Path.of("/home/u/archive/2022/x.md"), "2022/x.md", "标题");
        PostMeta other = meta(Path.of("/srv/a/2022/x.md"), "2022/x.md", "另一个标题");
        assertThat(PostIdentity.of(post)).isEqualTo(PostIdentity.of(moved)).startsWith("2022/x.md#");
        assertThat(PostIdentity.of(post)).isNotEqualTo(PostIdentity.of(other));
    }

    private static PostMeta meta(Path path, String relative, String title) {
        return new PostMeta(path, relative, title, Instant.parse("2022-02-22T03:33:04Z"), null, null, List.of(), List.of(), null, null,
                BodyFormat.HTML, 0, 0, Map.of());
    }

    /** Marks posts read one by one, printing each identity once its change is committed. */
    public static final class StateWriter {
        public static void main(String[] args) throws Exception {
            try (SqliteStateStore store = SqliteStateStore.open(Path.of(args[0]))) {
                for (int i = 0; ; i++) {
                    String id = "post-" + i;
                    store.setRead(id, true);
                    System.out.println(id);
                    System.out.flush();
                }
            }
        }
    }

    @Test
    void theDatabaseAndItsWalAndShmFilesAreTheUsersAlone() throws Exception {
        Path data = dir.resolve("data/newsreader");
        Path file = SqliteStateStore.fileIn(data);
        try (SqliteStateStore store = SqliteStateStore.open(file)) {
            store.setRead("post", true);
            // While the store is open, SQLite keeps its write-ahead log and shared memory beside the database.
            assertThat(List.of(file, Path.of(file + "-wal"), Path.of(file + "-shm"))).allSatisfy(path ->
                    assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(path)))
                            .as(path.toString()).isEqualTo("rw-------"));
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(data)))
                    .isEqualTo("rwx------");
        }
    }
}
