package newsreader.post;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MetaCacheTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** Files written by a test are dated well before the scan, so that they are settled (see KnownFile). */
    private static final Instant LONG_AGO = Instant.parse("2024-01-01T00:00:00Z");

    @TempDir
    Path root;
    @TempDir
    Path cacheFolder;

    private PostScanner cached;
    private final PostScanner uncached = new PostScanner(PostLimits.DEFAULT, SHANGHAI, 3);

    @BeforeEach
    void setUp() throws IOException {
        cached = uncached.withCache(MetaCache.in(cacheFolder));
        write("2022/a.md", "\n---\ntitle: '芯片'\ncategories: \n - 新媒体\n - cnBeta\n - 最新\nauthor: cnBeta\n"
                + "comments: false\ndate: Thu, 22 Sep 2022 08:01:12 GMT\nheadimg: 'https://x/a.webp'\n---\n<div>正文</div>");
        write("2022/b.md", "---\ntitle: B\ndate: 2021-10-10 11:06:15\nupdated: 2021-10-11\ntags: [x, y]\n"
                + "extra: {n: 1, big: 12345678901234567890, f: 1.5, l: [1, null, 'z'], t: true, nothing: null, e: {}}\n"
                + "categories: [[A, B], [C]]\n---\nbody");
        write("2022/c.html", ";;;\n\"title\": \"JSON\",\n\"date\": \"Invalid Date\"\n;;;\n<p>x</p>");
        write("d.md", "+++\ntitle = \"TOML\"\ndate = 2020-01-01T00:00:00Z\n+++\n");
        write("plain.md", "no front matter at all");
        write("bad.md", "---\ntitle: [unclosed\n---\n");
        write("empty.md", "");
        Files.createDirectories(root.resolve("folder.md"));
    }

    private Path write(String relative, String content) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
        Files.setLastModifiedTime(file, FileTime.from(LONG_AGO));
        return file;
    }

    private Path cacheFile() throws IOException {
        return MetaCache.in(cacheFolder).fileFor(root.toRealPath()).orElseThrow();
    }

    /** The posts and problems a scan read from files (not from the cache), by relative path. */
    private static List<String> readBy(PostScanner scanner, Path root) {
        List<String> read = new ArrayList<>();
        scanner.scan(root, new ScanListener() {
            @Override
            public void batch(ScanBatch batch) {
                if (!batch.remembered()) {
                    batch.posts().forEach(p -> read.add(p.relativePath()));
                    batch.problems().forEach(p -> read.add(p.relativePath()));
                }
            }
        });
        return read;
    }

    @Test
    void aWarmScanReadsNothingAndGivesWhatAScanWithoutCacheGives() throws IOException {
        ScanResult plain = uncached.scan(root);
        assertThat(plain.posts()).hasSize(5);
        assertThat(plain.problems()).extracting(PostProblem::relativePath).containsExactly("bad.md", "empty.md", "folder.md");

        assertThat(readBy(cached, root)).hasSize(7);
        assertThat(Files.exists(cacheFile())).isTrue();
        assertThat(readBy(cached, root)).isEmpty();
        assertThat(cached.scan(root)).isEqualTo(plain);
        // the values survive exactly, types included
        PostMeta b = cached.scan(root).posts().stream().filter(p -> p.relativePath().equals("2022/b.md")).findFirst().orElseThrow();
        assertThat(b).isEqualTo(plain.posts().stream().filter(p -> p.relativePath().equals("2022/b.md")).findFirst().orElseThrow());
        assertThat(((java.util.Map<?, ?>) b.extra().get("extra")).get("big")).isInstanceOf(java.math.BigInteger.class);
    }

    @Test
    void aPostWhoseFileNameIsNotValidTextIsAtItsOwnFileWhenReadBackFromTheCache() throws Exception {
        // The name's byte 0xFF decodes to a replacement character, which would resolve to other bytes: the path a
        // post read back from the cache gives must still be the file's own.
        Process made = new ProcessBuilder("sh", "-c", "printf -- '---\\ntitle: odd\\n---\\n' > \"$(printf 'odd-\\377.md')\"")
                .directory(root.toFile()).inheritIO().start();
        assertThat(made.waitFor(60, TimeUnit.SECONDS) && made.exitValue() == 0).isTrue();
        try (var listed = Files.list(root)) {
            Path odd = listed.filter(p -> p.getFileName().toString().startsWith("odd-")).findFirst().orElseThrow();
            Files.setLastModifiedTime(odd, FileTime.from(LONG_AGO));
        }
        ScanResult plain = uncached.scan(root);
        cached.scan(root); // writes the cache
        assertThat(readBy(cached, root)).isEmpty();
        PostMeta warm = cached.scan(root).posts().stream().filter(p -> p.title().equals("odd")).findFirst().orElseThrow();
        assertThat(Files.exists(warm.path())).as("%s", warm.path()).isTrue();
        assertThat(warm).isEqualTo(plain.posts().stream().filter(p -> p.title().equals("odd")).findFirst().orElseThrow());
    }

    @Test
    void aPostReadBackFromTheCacheKeepsItsIdentityAndPath() throws IOException {
        ScanResult plain = uncached.scan(root);
        cached.scan(root); // writes the cache
        assertThat(readBy(cached, root)).isEmpty();
        ScanResult warm = cached.scan(root);
        for (PostMeta post : warm.posts()) {
            PostMeta fresh = plain.posts().stream().filter(p -> p.relativePath().equals(post.relativePath()))
                    .findFirst().orElseThrow();
            // Read state is kept under the identity: the cached hash must spell exactly what hashing gives.
            assertThat(newsreader.store.PostIdentity.of(post)).isEqualTo(newsreader.store.PostIdentity.of(fresh));
            assertThat(post.identityHash()).isEqualTo(TitleDateHash.hex(TitleDateHash.of(post.title(), post.date())));
            assertThat(post.path()).isEqualTo(fresh.path());
        }
    }

    @Test
    void aFileIsReadAgainWhenItsSizeOrTimeChanges() throws IOException {
        cached.scan(root);
        write("2022/a.md", "---\ntitle: longer title now\n---\n");
        Path b = root.resolve("2022/b.md");
        String same = Files.readString(b).replace("title: B", "title: C"); // same size
        Files.writeString(b, same);
        Files.setLastModifiedTime(b, FileTime.from(LONG_AGO.plusSeconds(60)));
        assertThat(readBy(cached, root)).containsExactlyInAnyOrder("2022/a.md", "2022/b.md");
        ScanResult warm = cached.scan(root);
        assertThat(warm).isEqualTo(uncached.scan(root));
        assertThat(warm.posts()).extracting(PostMeta::title).contains("longer title now", "C");
    }

    @Test
    void aWarmScanThatFindsAChangeOrANewProblemPlacesThemAsAScanWithoutCacheDoes() throws IOException {
        cached.scan(root);
        assertThat(readBy(cached, root)).isEmpty();
        // the oldest post becomes the newest, found by a scan that has nobody to tell first (as list does)
        Path d = write("d.md", "+++\ntitle = \"TOML\"\ndate = 2030-01-01T00:00:00Z\n+++\n");
        Files.setLastModifiedTime(d, FileTime.from(LONG_AGO.plusSeconds(60)));
        ScanResult changed = cached.scan(root);
        assertThat(changed).isEqualTo(uncached.scan(root));
        assertThat(changed.posts().get(0).relativePath()).isEqualTo("d.md");
        // nothing read now, and a problem of the walk alone (not in the cache) among the cached ones, by path
        Files.createDirectories(root.resolve("c-folder.md"));
        assertThat(readBy(cached, root)).isEmpty();
        ScanResult unchanged = cached.scan(root);
        assertThat(unchanged).isEqualTo(uncached.scan(root));
        assertThat(unchanged.problems()).extracting(PostProblem::relativePath)
                .containsExactly("bad.md", "c-folder.md", "empty.md", "folder.md");
    }

    @Test
    void deletedAndNewFilesAreSeen() throws IOException {
        cached.scan(root);
        Files.delete(root.resolve("2022/a.md"));
        Files.delete(root.resolve("bad.md"));
        write("new/n.md", "---\ntitle: new\n---\n");
        assertThat(readBy(cached, root)).containsExactly("new/n.md");
        assertThat(cached.scan(root)).isEqualTo(uncached.scan(root));
    }

    @Test
    void aDamagedCacheIsRebuiltAndNeverTrusted() throws IOException {
        ScanResult plain = uncached.scan(root);
        cached.scan(root);
        byte[] good = Files.readAllBytes(cacheFile());
        List<byte[]> damaged = new ArrayList<>();
        damaged.add(java.util.Arrays.copyOf(good, good.length / 2)); // truncated
        damaged.add(new byte[0]);
        byte[] flipped = good.clone();
        flipped[good.length / 3] ^= 0x10;
        damaged.add(flipped);
        damaged.add("garbage that is not a cache at all".getBytes(StandardCharsets.UTF_8));
        // the same content, whole and with a right checksum, but sealed as the previous version
        int contentStart = 8 + 1 + MetaCache.KIND.length() + 8;
        byte[] content = java.util.Arrays.copyOfRange(good, contentStart, good.length - 12);
        Path older = cacheFolder.resolve("older.bin");
        newsreader.cache.SealedFile.write(older, MetaCache.KIND, MetaCache.VERSION - 1, out -> out.writeBytes(content));
        damaged.add(Files.readAllBytes(older));
        newsreader.cache.SealedFile.write(older, MetaCache.KIND, MetaCache.VERSION, out -> out.writeBytes(content));
        assertThat(Files.readAllBytes(older)).as("the layout this test assumes").isEqualTo(good);
        for (byte[] bytes : damaged) {
            Files.write(cacheFile(), bytes);
            assertThat(readBy(cached, root)).as("everything read again").hasSize(7);
            assertThat(Files.readAllBytes(cacheFile())).as("rewritten").isNotEqualTo(bytes);
            assertThat(readBy(cached, root)).as("and trusted once rewritten").isEmpty();
            assertThat(cached.scan(root)).isEqualTo(plain);
        }
    }

    @Test
    void aCacheWrittenForAnotherZoneIsNotUsed() throws IOException {
        cached.scan(root);
        PostScanner tokyo = new PostScanner(PostLimits.DEFAULT, ZoneId.of("Asia/Tokyo"), 2, MetaCache.in(cacheFolder));
        assertThat(readBy(tokyo, root)).hasSize(7);
        assertThat(tokyo.scan(root)).isEqualTo(new PostScanner(PostLimits.DEFAULT, ZoneId.of("Asia/Tokyo"), 2).scan(root));
    }

    @Test
    void aFileModifiedJustBeforeTheScanIsReadAgainNextTime() throws IOException {
        Path fresh = root.resolve("fresh.md");
        Files.writeString(fresh, "---\ntitle: fresh\n---\n"); // modified now: a change in the same tick could be missed
        assertThat(readBy(cached, root)).contains("fresh.md");
        assertThat(readBy(cached, root)).containsExactly("fresh.md");
        Files.setLastModifiedTime(fresh, FileTime.from(LONG_AGO));
        readBy(cached, root);
        assertThat(readBy(cached, root)).isEmpty();
    }

    @Test
    void twoScannersWritingOneCacheAtOnceLeaveItReadableAndRight() throws Exception {
        for (int i = 0; i < 300; i++) {
            write("many/p" + i + ".md", "---\ntitle: p" + i + "\ndate: 2021-01-01\n---\n");
        }
        ScanResult plain = uncached.scan(root);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<ScanResult>> scans = new ArrayList<>();
        for (int s = 0; s < 4; s++) {
            scans.add(pool.submit(() -> {
                go.await();
                return uncached.withCache(MetaCache.in(cacheFolder)).scan(root);
            }));
        }
        go.countDown();
        for (Future<ScanResult> scan : scans) {
            assertThat(scan.get(60, TimeUnit.SECONDS)).isEqualTo(plain);
        }
        pool.shutdown();
        assertThat(readBy(cached, root)).isEmpty();
        assertThat(cached.scan(root)).isEqualTo(plain);
    }

    @Test
    void theFolderIsReachedThroughALinkWithItsOwnPaths() throws IOException {
        Path link = cacheFolder.resolve("link-to-posts");
        try {
            Files.createSymbolicLink(link, root);
        } catch (UnsupportedOperationException | IOException e) {
            org.junit.jupiter.api.Assumptions.abort("symbolic links not supported here");
        }
        cached.scan(root);
        assertThat(readBy(cached, link)).as("one cache for both spellings").isEmpty();
        assertThat(cached.scan(link)).isEqualTo(uncached.scan(link));
        assertThat(cached.scan(link).posts()).allSatisfy(p -> assertThat(p.path()).startsWith(link));
    }

    @Test
    void noCacheMeansNothingIsWritten() throws IOException {
        uncached.scan(root);
        assertThat(uncached.cache().enabled()).isFalse();
        try (var files = Files.list(cacheFolder)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void cachesOfFoldersThatAreGoneArePrunedWhenAnotherIsWritten(@TempDir Path elsewhere) throws IOException {
        Path gone = Files.createDirectories(elsewhere.resolve("gone"));
        Files.writeString(gone.resolve("x.md"), "---\ntitle: x\n---\n");
        Path kept = Files.createDirectories(elsewhere.resolve("kept"));
        Files.writeString(kept.resolve("y.md"), "---\ntitle: y\n---\n");
        cached.scan(gone);
        cached.scan(kept);
        Path goneCache = MetaCache.in(cacheFolder).fileFor(gone.toRealPath()).orElseThrow();
        Path keptCache = MetaCache.in(cacheFolder).fileFor(kept.toRealPath()).orElseThrow();
        for (Path cache : List.of(goneCache, keptCache)) {
            Files.setLastModifiedTime(cache, FileTime.from(Instant.now().minusSeconds(2 * 3600)));
        }
        Files.delete(gone.resolve("x.md"));
        Files.delete(gone);

        cached.scan(root); // writes its own cache, and looks at old ones
        assertThat(goneCache).doesNotExist();
        assertThat(keptCache).exists();
        assertThat(cacheFile()).exists();
    }

    @Test
    void thePostsFolderIsNeverWrittenAndAnUnwritableCacheIsNoError() throws IOException {
        List<String> before = listing(root);
        cached.scan(root);
        cached.scan(root);
        assertThat(listing(root)).isEqualTo(before);

        Path notAFolder = Files.writeString(cacheFolder.resolve("file-in-the-way"), "x");
        PostScanner blocked = uncached.withCache(MetaCache.in(notAFolder));
        assertThat(blocked.scan(root)).isEqualTo(uncached.scan(root));
        assertThat(blocked.scan(root)).isEqualTo(uncached.scan(root));
    }

    /** Every entry below a folder with its size and modification time. */
    private static List<String> listing(Path folder) throws IOException {
        try (var walk = Files.walk(folder)) {
            return walk.map(p -> {
                try {
                    return folder.relativize(p) + " " + Files.size(p) + " " + Files.getLastModifiedTime(p).toMillis();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).sorted().toList();
        }
    }

    @Test
    void aCacheFileThatIsAFifoIsNotOpenedAndTheScanGoesOnWithoutIt() throws Exception {
        Path fifo = cacheFile();
        Files.createDirectories(fifo.getParent());
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
        assertThat(mkfifo.waitFor()).isZero();
        ExecutorService scan = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "fifo-scan");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Future<List<String>> read = scan.submit(() -> readBy(cached, root));
            // Opening a FIFO for reading waits for a writer that never comes: a scan that opens it never ends.
            assertThat(read.get(60, TimeUnit.SECONDS)).hasSize(7);
            assertThat(Files.isRegularFile(fifo)).as("replaced by a real cache").isTrue();
        } finally {
            if (!Files.isRegularFile(fifo)) {
                // Let a scan stuck on the FIFO go, so that it does not outlive the test.
                Files.writeString(fifo, "");
            }
            scan.shutdownNow();
        }
    }
}
