package newsreader.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileReadStateStoreTest {
    @TempDir
    Path data;
    @TempDir
    Path posts;

    @Test
    void readStateSurvivesReopening() throws IOException {
        FileReadStateStore store = FileReadStateStore.open(data, posts);
        store.setRead("新媒体/a.md", true);
        store.setRead("b.md", true);
        store.save();

        FileReadStateStore again = FileReadStateStore.open(data, posts);
        assertThat(again.isRead("新媒体/a.md")).isTrue();
        assertThat(again.isRead("b.md")).isTrue();
        assertThat(again.isRead("c.md")).isFalse();
    }

    @Test
    void unmarkingIsSavedToo() throws IOException {
        FileReadStateStore store = FileReadStateStore.open(data, posts);
        store.markAllRead(List.of("a.md", "b.md"));
        store.save();
        store.setRead("a.md", false);
        store.save();

        assertThat(FileReadStateStore.open(data, posts).isRead("a.md")).isFalse();
        assertThat(FileReadStateStore.open(data, posts).isRead("b.md")).isTrue();
    }

    @Test
    void differentFoldersKeepSeparateState() throws IOException {
        FileReadStateStore store = FileReadStateStore.open(data, posts);
        store.setRead("a.md", true);
        store.save();

        assertThat(FileReadStateStore.open(data, posts.resolve("other")).isRead("a.md")).isFalse();
    }

    @Test
    void twoInstancesSavingInTurnKeepBothMarks() throws IOException {
        FileReadStateStore first = FileReadStateStore.open(data, posts);
        FileReadStateStore second = FileReadStateStore.open(data, posts);
        first.setRead("one.md", true);
        second.setRead("two.md", true);
        first.save();
        second.save();

        FileReadStateStore reopened = FileReadStateStore.open(data, posts);
        assertThat(reopened.isRead("one.md")).isTrue();
        assertThat(reopened.isRead("two.md")).isTrue();
    }

    @Test
    void damagedFileIsToleratedLineByLine() throws IOException {
        FileReadStateStore store = FileReadStateStore.open(data, posts);
        store.setRead("good.md", true);
        store.save();
        byte[] junk = {(byte) 0xff, (byte) 0xfe, 0x00, 0x1b, '\n'};
        Files.write(store.file(), junk, java.nio.file.StandardOpenOption.APPEND);
        Files.writeString(store.file(), "also-good.md\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);

        FileReadStateStore reopened = FileReadStateStore.open(data, posts);
        assertThat(reopened.isRead("good.md")).isTrue();
        assertThat(reopened.isRead("also-good.md")).isTrue();
    }

    @Test
    void fileThatIsADirectoryMeansNothingReadAndNoCrash() throws IOException {
        FileReadStateStore probe = FileReadStateStore.open(data, posts);
        Files.createDirectories(probe.file());

        assertThat(FileReadStateStore.open(data, posts).isRead("a.md")).isFalse();
    }

    @Test
    void savingLeavesNoTemporaryFilesAndWritesNothingIntoThePostsFolder() throws IOException {
        FileReadStateStore store = FileReadStateStore.open(data, posts);
        store.setRead("a.md", true);
        store.save();

        try (Stream<Path> files = Files.list(store.file().getParent())) {
            assertThat(files).containsExactly(store.file());
        }
        try (Stream<Path> files = Files.list(posts)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void nothingIsWrittenWhenNothingChanged() throws IOException {
        FileReadStateStore store = FileReadStateStore.open(data, posts);
        store.save();
        assertThat(Files.exists(store.file())).isFalse();
    }
}
