package newsreader.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
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
}
