package newsreader.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import newsreader.testing.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SealedFileTest {
    @TempDir
    Path folder;

    private Path file() {
        return folder.resolve("sub").resolve("cache.bin");
    }

    private void writeStrings(Path file, int version, List<String> strings) throws IOException {
        SealedFile.write(file, "test kind", version, out -> {
            out.writeUnsigned(strings.size());
            for (String s : strings) {
                out.writeShared(s);
            }
        });
    }

    private static List<String> readStrings(CacheReader in) {
        int n = in.readCount(1);
        List<String> strings = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            strings.add(in.readShared());
        }
        assertThat(in.atEnd()).isTrue();
        return strings;
    }

    @Test
    void whatIsWrittenIsReadBackAndTheFolderIsCreated() throws IOException {
        List<String> strings = List.of("新媒体", "cnBeta", "新媒体", "", "a".repeat(100_000), "新媒体");
        writeStrings(file(), 3, strings);
        assertThat(readStrings(SealedFile.read(file(), "test kind", 3).orElseThrow())).isEqualTo(strings);
        try (var left = Files.list(file().getParent())) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("cache.bin"); // no temporary file left
        }
    }

    /** The buffer is freed at once; a read after that must fail as a damaged file does, never touch freed memory. */
    @Test
    void aReleasedReaderReadsNothingMore() throws IOException {
        writeStrings(file(), 3, List.of("芯片", "x".repeat(10_000)));
        CacheReader in = SealedFile.read(file(), "test kind", 3).orElseThrow();
        assertThat(in.readCount(1)).isEqualTo(2);
        in.release();
        org.assertj.core.api.Assertions.assertThatThrownBy(in::readShared).isInstanceOf(CacheReader.DamagedCache.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(in::readByte).isInstanceOf(CacheReader.DamagedCache.class);
        in.release();
        assertThat(readStrings(SealedFile.read(file(), "test kind", 3).orElseThrow())).hasSize(2);
    }

    @Test
    void anotherVersionOrKindIsRefused() throws IOException {
        writeStrings(file(), 3, List.of("x"));
        assertThat(SealedFile.read(file(), "test kind", 4)).isEmpty();
        assertThat(SealedFile.read(file(), "other kind", 3)).isEmpty();
        assertThat(SealedFile.read(folder.resolve("missing.bin"), "test kind", 3)).isEmpty();
    }

    @Test
    void everyTruncationIsRefused() throws IOException {
        writeStrings(file(), 1, List.of("标题", "title", "标题"));
        byte[] whole = Files.readAllBytes(file());
        for (int length = 0; length < whole.length; length++) {
            byte[] cut = java.util.Arrays.copyOf(whole, length);
            assertThat(SealedFile.open(cut, "test kind", 1)).as("cut to %d bytes", length).isEmpty();
        }
        assertThat(SealedFile.open(whole, "test kind", 1)).isPresent();
    }

    @Test
    void everyFlippedByteIsRefused() throws IOException {
        writeStrings(file(), 1, List.of("标题", "title", "标题"));
        byte[] whole = Files.readAllBytes(file());
        for (int i = 0; i < whole.length; i++) {
            for (int bit = 0; bit < 8; bit++) {
                byte[] damaged = whole.clone();
                damaged[i] ^= (byte) (1 << bit);
                assertThat(SealedFile.open(damaged, "test kind", 1)).as("byte %d bit %d", i, bit).isEmpty();
            }
        }
    }

    /** A large cache is checked and read a window at a time: here 64 bytes, so that strings and numbers span windows. */
    @Test
    void aFileReadAWindowAtATimeIsReadBackWholeAndReleased() throws IOException {
        List<String> strings = List.of("新媒体", "cnBeta", "新媒体", "", "标".repeat(1000), "a".repeat(100), "新媒体");
        writeStrings(file(), 3, strings);
        CacheReader in = SealedFile.read(file(), "test kind", 3, 0, 64).orElseThrow();
        assertThat(readStrings(in)).isEqualTo(strings);
        in.release();
        org.assertj.core.api.Assertions.assertThatThrownBy(in::readByte).isInstanceOf(CacheReader.DamagedCache.class);
        assertThat(SealedFile.read(file(), "test kind", 4, 0, 64)).isEmpty();
        assertThat(SealedFile.read(file(), "other kind", 3, 0, 64)).isEmpty();
    }

    @Test
    void aFileReadAWindowAtATimeIsRefusedWhenCutOrDamaged() throws IOException {
        writeStrings(file(), 1, List.of("标题", "title", "标题", "x".repeat(200)));
        byte[] whole = Files.readAllBytes(file());
        Path copy = folder.resolve("copy.bin");
        for (int length = 0; length < whole.length; length++) {
            Files.write(copy, java.util.Arrays.copyOf(whole, length));
            assertThat(SealedFile.read(copy, "test kind", 1, 0, 16)).as("cut to %d bytes", length).isEmpty();
        }
        for (int i = 0; i < whole.length; i++) {
            byte[] damaged = whole.clone();
            damaged[i] ^= (byte) (1 << (i % 8));
            Files.write(copy, damaged);
            assertThat(SealedFile.read(copy, "test kind", 1, 0, 16)).as("byte %d", i).isEmpty();
        }
        Files.write(copy, whole);
        CacheReader in = SealedFile.read(copy, "test kind", 1, 0, 16).orElseThrow();
        assertThat(readStrings(in)).containsExactly("标题", "title", "标题", "x".repeat(200));
        in.release();
    }

    @Test
    void garbageIsRefused() {
        Property.forAll("garbage is never a sealed file", 200, random -> {
            byte[] bytes = new byte[random.nextInt(300)];
            random.nextBytes(bytes);
            return bytes;
        }, bytes -> assertThat(SealedFile.open(bytes, "test kind", 1)).isEmpty());
    }

    @Test
    void writersAtOnceLeaveOneWholeFile() throws Exception {
        int writers = 6;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        List<List<String>> contents = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            List<String> content = new ArrayList<>();
            for (int i = 0; i < 20_000; i++) {
                content.add("writer " + w + " entry " + i);
            }
            contents.add(content);
            done.add(pool.submit(() -> {
                go.await();
                for (int round = 0; round < 3; round++) {
                    writeStrings(file(), 1, content);
                    Optional<CacheReader> read = SealedFile.read(file(), "test kind", 1);
                    assertThat(read).isPresent(); // whoever wrote last, the file is whole
                    assertThat(contents).contains(readStrings(read.get()));
                }
                return null;
            }));
        }
        go.countDown();
        for (Future<?> f : done) {
            f.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertThat(contents).contains(readStrings(SealedFile.read(file(), "test kind", 1).orElseThrow()));
        try (var left = Files.list(file().getParent())) {
            assertThat(left.count()).isEqualTo(1);
        }
    }
}
