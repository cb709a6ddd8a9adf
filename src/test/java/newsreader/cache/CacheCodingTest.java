package newsreader.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import newsreader.config.XdgDirectories;
import newsreader.testing.Property;
import org.junit.jupiter.api.Test;

class CacheCodingTest {
    private static byte[] written(IoAction action) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CacheWriter out = new CacheWriter(bytes);
        try {
            action.run(out);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private interface IoAction {
        void run(CacheWriter out) throws IOException;
    }

    @Test
    void numbersRoundTrip() {
        Property.forAll("numbers round-trip", 300, random -> {
            List<Long> numbers = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                numbers.add(switch (random.nextInt(4)) {
                    case 0 -> (long) random.nextInt(300) - 150;
                    case 1 -> random.nextLong();
                    case 2 -> Long.MIN_VALUE + random.nextInt(3);
                    default -> Long.MAX_VALUE - random.nextInt(3);
                });
            }
            return numbers;
        }, numbers -> {
            byte[] bytes = written(out -> {
                for (long n : numbers) {
                    out.writeSigned(n);
                    out.writeFixedLong(n);
                    out.writeUnsigned(n);
                }
            });
            CacheReader in = new CacheReader(bytes, 0, bytes.length);
            for (long n : numbers) {
                assertThat(in.readSigned()).isEqualTo(n);
                assertThat(in.readFixedLong()).isEqualTo(n);
                assertThat(in.readUnsigned()).isEqualTo(n);
            }
            assertThat(in.atEnd()).isTrue();
        });
    }

    @Test
    void sharedStringsAreWrittenOnceAndReadAsOneInstance() {
        byte[] once = written(out -> out.writeShared("今日推荐 / 精选"));
        byte[] thrice = written(out -> {
            out.writeShared("今日推荐 / 精选");
            out.writeShared("今日推荐 / 精选");
            out.writeShared("今日推荐 / 精选");
            out.writeShared(null);
        });
        assertThat(thrice.length).isEqualTo(once.length + 2 + 2); // a byte per repeat, two for the null
        CacheReader in = new CacheReader(thrice, 0, thrice.length);
        String first = in.readShared();
        assertThat(first).isEqualTo("今日推荐 / 精选");
        assertThat(in.readShared()).isSameAs(first);
        assertThat(in.readShared()).isSameAs(first);
        assertThat(in.readShared()).isNull();
    }

    @Test
    void damagedBytesGiveDamagedCacheNotHugeAllocations() {
        byte[] hugeCount = written(out -> out.writeUnsigned(Long.MAX_VALUE / 2));
        assertThatThrownBy(() -> new CacheReader(hugeCount, 0, hugeCount.length).readCount(1))
                .isInstanceOf(CacheReader.DamagedCache.class);
        byte[] longString = written(out -> out.writeUnsigned(1_000_000));
        assertThatThrownBy(() -> new CacheReader(longString, 0, longString.length).readString())
                .isInstanceOf(CacheReader.DamagedCache.class);
        byte[] undefined = written(out -> out.writeUnsigned(7));
        assertThatThrownBy(() -> new CacheReader(undefined, 0, undefined.length).readShared())
                .isInstanceOf(CacheReader.DamagedCache.class);
        assertThatThrownBy(() -> new CacheReader(new byte[0], 0, 0).readByte()).isInstanceOf(CacheReader.DamagedCache.class);
    }

    @Test
    void eachFolderHasItsOwnFileUnderTheXdgCacheFolder() {
        XdgDirectories xdg = new XdgDirectories(Map.of("XDG_CACHE_HOME", "/x/cache"), Path.of("/home/u"));
        CacheDirectory cache = CacheDirectory.of(xdg);
        assertThat(cache.root()).isEqualTo(Path.of("/x/cache/newsreader"));
        Path a = cache.fileFor("posts", Path.of("/data/posts"));
        assertThat(a.getParent()).isEqualTo(Path.of("/x/cache/newsreader/posts"));
        assertThat(a.getFileName().toString()).matches("[0-9a-f]{32}\\.bin");
        assertThat(cache.fileFor("posts", Path.of("/data/posts"))).isEqualTo(a);
        assertThat(cache.fileFor("posts", Path.of("/data/posts2"))).isNotEqualTo(a);
        assertThat(CacheDirectory.of(new XdgDirectories(Map.of(), Path.of("/home/u"))).root())
                .isEqualTo(Path.of("/home/u/.cache/newsreader"));
    }
}
