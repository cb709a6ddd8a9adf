package newsreader.line;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import newsreader.post.PostMeta;
import newsreader.store.FileReadStateStore;
import newsreader.store.PostIdentity;
import newsreader.tui.Library;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadMarksTest {
    @TempDir
    Path temp;

    @Test
    void postsAreKnownByTheSameIdentityAsInTheFullScreenReader() {
        PostMeta post = Posts.post("2024/05/a.md");

        assertThat(ReadMarks.idOf(post)).isEqualTo(Library.idOf(post));
    }

    @Test
    void aMarkIsSavedAtOnce() {
        PostMeta post = Posts.post("a.md");
        ReadMarks marks = new ReadMarks(FileReadStateStore.open(temp, Path.of("/posts")));

        assertThat(marks.set(post, true)).isEmpty();

        assertThat(FileReadStateStore.open(temp, Path.of("/posts")).isRead(PostIdentity.of(post))).isTrue();
    }

    @Test
    void aStoreThatCannotBeWrittenGivesAReasonAndKeepsTheMarkForTheSession() throws IOException {
        Path blocked = Files.writeString(temp.resolve("not-a-folder"), "");
        PostMeta post = Posts.post("a.md");
        ReadMarks marks = new ReadMarks(FileReadStateStore.open(blocked, Path.of("/posts")));

        assertThat(marks.set(post, true)).hasValueSatisfying(reason -> assertThat(reason).startsWith("read marks could not be saved"));
        assertThat(marks.isRead(post)).isTrue();
    }
}
