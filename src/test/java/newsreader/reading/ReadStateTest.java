package newsreader.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import newsreader.post.BodyFormat;
import newsreader.post.PostMeta;
import newsreader.store.SqliteStateStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadStateTest {
    @TempDir
    Path temp;

    @Test
    void aWriteTheStoreRefusesIsReportedAndNotTakenAsDone() throws Exception {
        Path file = temp.resolve("state.db");
        try (SqliteStateStore store = SqliteStateStore.open(file);
             Connection other = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            ReadState state = new ReadState(store);
            try (Statement lock = other.createStatement()) {
                // Another session holds the write lock for longer than the store waits (its busy timeout).
                lock.execute("BEGIN EXCLUSIVE");
                assertThat(state.setRead("a.md#1", true))
                        .hasValueSatisfying(reason -> assertThat(reason).startsWith("read mark not saved: "));
                assertThat(state.isRead("a.md#1")).as("not remembered as read").isFalse();
                assertThat(state.setStarred("a.md#1", true))
                        .hasValueSatisfying(reason -> assertThat(reason).startsWith("star not saved: "));
                assertThat(state.markAllRead(List.of("b.md#2")))
                        .hasValueSatisfying(reason -> assertThat(reason).startsWith("read marks not saved: "));
                lock.execute("ROLLBACK");
            }
            assertThat(state.setRead("a.md#1", true)).isEmpty();
            assertThat(state.isRead("a.md#1")).isTrue();
        }
        try (SqliteStateStore again = SqliteStateStore.open(file)) {
            assertThat(again.isRead("a.md#1")).as("kept in the file").isTrue();
            assertThat(again.starred()).isEmpty();
        }
    }

    @Test
    void nextUnreadLooksAfterThePositionThenWrapsToTheTop() {
        ReadState state = ReadState.inMemory();
        List<String> ids = List.of("a", "b", "c", "d");
        assertThat(state.markAllRead(List.of("a", "c"))).isEmpty();

        assertThat(state.nextUnread(4, -1, ids::get)).isEqualTo(1);
        assertThat(state.nextUnread(4, 1, ids::get)).isEqualTo(3);
        assertThat(state.nextUnread(4, 3, ids::get)).as("wraps").isEqualTo(1);
        assertThat(state.markAllRead(Set.of("b", "d"))).isEmpty();
        assertThat(state.nextUnread(4, 0, ids::get)).isEqualTo(-1);
        assertThat(state.nextUnread(0, -1, ids::get)).isEqualTo(-1);
    }

    private static PostMeta post(String relativePath, String title) {
        return new PostMeta(Path.of("/posts").resolve(relativePath), relativePath, title,
                Instant.parse("2022-09-22T08:01:12Z"), null, null, List.of(), List.of(), null, null,
                BodyFormat.MARKDOWN, 0, 0, Map.of());
    }

    /**
     * A post is asked about by itself where a list of a million posts is counted (its identity made only when its path
     * holds a mark): the answer must be the one its identity gives, whatever was marked, unmarked or read back.
     */
    @Test
    void askingByThePostAgreesWithAskingByItsIdentity() throws Exception {
        PostMeta a = post("2022/a.md", "A");
        PostMeta sameFileOtherPost = post("2022/a.md", "another title");
        PostMeta hashInName = post("2022/b#1.md", "B");
        PostMeta neverMarked = post("2022/c.md", "C");
        List<PostMeta> posts = List.of(a, sameFileOtherPost, hashInName, neverMarked);
        try (SqliteStateStore store = SqliteStateStore.open(temp.resolve("state.db"))) {
            for (ReadState state : List.of(ReadState.inMemory(), new ReadState(store))) {
                assertThat(state.setRead(Library.idOf(a), true)).isEmpty();
                assertThat(state.setStarred(Library.idOf(hashInName), true)).isEmpty();
                assertThat(state.markAllRead(List.of(Library.idOf(hashInName)))).isEmpty();
                agree(state, posts);
                assertThat(state.isRead(a)).isTrue();
                assertThat(state.isRead(sameFileOtherPost)).isFalse();
                assertThat(state.isStarred(hashInName)).isTrue();
                assertThat(state.nextUnreadPost(posts.size(), -1, posts::get)).isEqualTo(1);

                assertThat(state.setRead(Library.idOf(a), false)).isEmpty();
                assertThat(state.markAllUnread(List.of(Library.idOf(hashInName)))).isEmpty();
                assertThat(state.isRead(a)).isFalse();
                agree(state, posts);
                assertThat(state.reload()).isEmpty();
                agree(state, posts);
                assertThat(state.isStarred(hashInName)).isTrue();
            }
        }
    }

    private static void agree(ReadState state, List<PostMeta> posts) {
        for (PostMeta post : posts) {
            assertThat(state.isRead(post)).as(post.relativePath()).isEqualTo(state.isRead(Library.idOf(post)));
            assertThat(state.isStarred(post)).as(post.relativePath()).isEqualTo(state.isStarred(Library.idOf(post)));
        }
    }
}
