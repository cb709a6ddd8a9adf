package newsreader.post;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderAttributesTest {
    @TempDir
    Path folder;

    @Test
    void everyEntryGetsItsOwnAttributesOrFailureWhicheverThreadReadIt() throws Exception {
        List<Path> entries = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            Path entry = folder.resolve(String.format("%04d.md", i));
            if (i % 7 == 3) {
                Files.createDirectory(entry);
            } else if (i % 11 != 5) { // every eleventh is missing
                Files.writeString(entry, "x".repeat(i % 97));
            }
            entries.add(entry);
        }
        ExecutorService helper = Executors.newSingleThreadExecutor();
        try {
            for (int round = 0; round < 5; round++) {
                FolderAttributes attributes = FolderAttributes.start(entries, helper);
                for (int i = 0; i < entries.size(); i++) {
                    if (i % 11 == 5 && i % 7 != 3) {
                        int index = i;
                        assertThatThrownBy(() -> attributes.of(index)).isInstanceOf(NoSuchFileException.class);
                        continue;
                    }
                    BasicFileAttributes read = attributes.of(i);
                    BasicFileAttributes expected = FolderAttributes.of(entries.get(i));
                    assertThat(read.isDirectory()).as("entry %d", i).isEqualTo(expected.isDirectory());
                    assertThat(read.size()).as("entry %d", i).isEqualTo(expected.size());
                    assertThat(read.fileKey()).as("entry %d", i).isEqualTo(expected.fileKey());
                }
            }
        } finally {
            helper.shutdown();
            assertThat(helper.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void theWalkReadsEverythingItselfWhenTheHelperNeverStarts() throws IOException {
        List<Path> entries = List.of(Files.writeString(folder.resolve("a.md"), "a"), Files.writeString(folder.resolve("b.md"), "bb"));
        List<Runnable> neverRun = new ArrayList<>();
        FolderAttributes attributes = FolderAttributes.start(entries, neverRun::add);
        assertThat(attributes.of(0).size()).isEqualTo(1);
        assertThat(attributes.of(1).size()).isEqualTo(2);
        neverRun.forEach(Runnable::run); // starting late finds nothing left to read
        assertThat(neverRun).hasSize(1);
    }
}
