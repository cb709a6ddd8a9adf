package newsreader.post;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderIndexTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Instant LONG_AGO = Instant.parse("2024-01-01T00:00:00Z");

    @TempDir
    Path root;
    @TempDir
    Path cache;

    private final PostScanner scanner = new PostScanner(PostLimits.DEFAULT, SHANGHAI, 2);

    private Path write(String relative, String content) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        Files.setLastModifiedTime(file, FileTime.from(LONG_AGO));
        return file;
    }

    private static String post(String title) {
        return "---\ntitle: " + title + "\ndate: 2022-01-01\n---\nbody";
    }

    @Test
    void aRescanSaysWhatChanged() throws IOException {
        write("keep.md", post("keep"));
        write("change.md", post("before"));
        write("delete.md", post("delete"));
        write("breaks.md", post("breaks"));
        write("heals.md", "---\ntitle: [\n---\n");
        FolderIndex index = scanner.index(root);
        index.load(ScanListener.NONE);
        assertThat(index.rescan().isEmpty()).isTrue();

        write("new/added.md", post("added"));
        write("change.md", post("after, and longer"));
        Files.delete(root.resolve("delete.md"));
        write("breaks.md", "---\ntitle: [\n---\n");
        write("heals.md", post("heals"));
        FolderChanges changes = index.rescan();

        assertThat(changes.added()).extracting(PostMeta::title).containsExactlyInAnyOrder("added", "heals");
        assertThat(changes.changed()).extracting(PostMeta::title).containsExactly("after, and longer");
        assertThat(changes.removed()).extracting(PostMeta::title).containsExactlyInAnyOrder("delete", "breaks");
        assertThat(changes.addedProblems()).extracting(PostProblem::relativePath).containsExactly("breaks.md");
        assertThat(changes.removedProblems()).extracting(PostProblem::relativePath).containsExactly("heals.md");
        assertThat(changes.result()).isEqualTo(scanner.scan(root)).isEqualTo(index.current());
        assertThat(index.rescan().isEmpty()).isTrue();
    }

    @Test
    void aLinkTurnedOutwardsIsAProblemAtTheRescanWhateverTheCacheRemembers(@TempDir Path outside) throws IOException {
        write("feed/a.md", post("inside"));
        Files.createDirectories(outside.resolve("folder"));
        Files.writeString(outside.resolve("secret.md"), post("secret"));
        Files.writeString(outside.resolve("folder/b.md"), post("outside folder"));
        Path link = Files.createSymbolicLink(root.resolve("x.md"), root.resolve("feed/a.md"));
        Path folderLink = Files.createSymbolicLink(root.resolve("more"), root.resolve("feed"));
        PostScanner cached = scanner.withCache(MetaCache.in(cache));
        FolderIndex index = cached.index(root);
        index.load(ScanListener.NONE);
        index.saveCache();

        Files.delete(link);
        Files.createSymbolicLink(link, outside.resolve("secret.md"));
        Files.delete(folderLink);
        Files.createSymbolicLink(folderLink, outside.resolve("folder"));
        FolderChanges changes = index.rescan();

        assertThat(changes.addedProblems()).extracting(PostProblem::relativePath, PostProblem::reason).containsExactlyInAnyOrder(
                org.assertj.core.api.Assertions.tuple("x.md", "links outside the posts folder"),
                org.assertj.core.api.Assertions.tuple("more", "links outside the posts folder"));
        assertThat(index.current().posts()).extracting(PostMeta::title).containsExactly("inside");
        for (Path folder : index.folders()) {
            assertThat(folder.toRealPath()).as("a watched folder").startsWith(root.toRealPath());
        }
        // a new start, its cache written while x.md still led inside
        FolderIndex again = cached.index(root);
        assertThat(again.load(ScanListener.NONE).posts()).extracting(PostMeta::title).containsExactly("inside");
    }

    @Test
    void aWarmStartHandsOverTheCachesNewestPostsBeforeTheWholeCache() throws IOException {
        int count = MetaCache.NEWEST + 40;
        for (int i = 0; i < count; i++) {
            write("feed/p" + i + ".md", "---\ntitle: p" + i + "\ndate: 2022-01-01 00:00:00\n---\nbody".replace("00:00:00",
                    String.format("%02d:%02d:00", i / 60, i % 60)));
        }
        PostScanner cached = scanner.withCache(MetaCache.in(cache));
        cached.index(root).load(ScanListener.NONE);

        FolderIndex again = cached.index(root);
        again.readNewestAhead();
        java.util.List<String> calls = new java.util.ArrayList<>();
        java.util.List<PostMeta> newest = new java.util.ArrayList<>();
        again.load(new ScanListener() {
            @Override
            public void newest(java.util.List<PostMeta> posts, int cached) {
                calls.add("newest " + posts.size() + " of " + cached);
                newest.addAll(posts);
            }

            @Override
            public void batch(ScanBatch batch) {
                calls.add("batch " + batch.posts().size());
            }
        });
        assertThat(calls.get(0)).isEqualTo("newest " + MetaCache.NEWEST + " of " + count);
        assertThat(calls.get(1)).isEqualTo("batch " + count);
        assertThat(newest).isEqualTo(again.current().posts().subList(0, MetaCache.NEWEST));

        // An older look must not outlive a cache written since: a new post leads it at once.
        write("feed/latest.md", "---\ntitle: latest\ndate: 2023-01-01\n---\nbody");
        again.rescan();
        again.saveCache();
        java.util.List<PostMeta> later = new java.util.ArrayList<>();
        cached.index(root).load(new ScanListener() {
            @Override
            public void newest(java.util.List<PostMeta> posts, int cached) {
                later.addAll(posts);
            }
        });
        assertThat(later.get(0).title()).isEqualTo("latest");
    }

    /**
     * What is read ahead is the newest posts alone: the whole cache is decoded by the load, after the screen's start
     * (decoding it beside the start took a core and young collections from it). Here the whole cache is deleted once
     * the read-ahead has ended: the load finds it gone and reads the files, which it would not have had the read-ahead
     * decoded it.
     */
    @Test
    void readingAheadLeavesTheWholeCacheToTheLoad() throws IOException, InterruptedException {
        for (int i = 0; i < 3; i++) {
            write("feed/p" + i + ".md", post("p" + i));
        }
        PostScanner cached = scanner.withCache(MetaCache.in(cache));
        cached.index(root).load(ScanListener.NONE);

        FolderIndex again = cached.index(root);
        again.readNewestAhead();
        awaitReadAheadEnded();
        java.util.List<Path> wholeCache;
        try (var files = Files.list(cache.resolve("posts"))) {
            wholeCache = files.filter(f -> !f.toString().endsWith(".newest.bin")).toList();
        }
        assertThat(wholeCache).isNotEmpty();
        for (Path file : wholeCache) {
            Files.delete(file);
        }
        java.util.List<Boolean> remembered = new java.util.ArrayList<>();
        again.load(new ScanListener() {
            @Override
            public void batch(ScanBatch batch) {
                remembered.add(batch.remembered());
            }
        });

        assertThat(remembered).as("batches, remembered or read").isNotEmpty().doesNotContain(true);
        assertThat(again.current().posts()).hasSize(3);
    }

    /** The reader's first frame waits for the newest posts only when a read-ahead has them in hand. */
    @Test
    void theNewestAreSaidReadAheadOnlyOnceReadAndUntilALoadTakesThem() throws IOException, InterruptedException {
        write("feed/p0.md", post("p0"));
        PostScanner cached = scanner.withCache(MetaCache.in(cache));
        FolderIndex cold = cached.index(root);
        cold.readNewestAhead();
        awaitReadAheadEnded();
        assertThat(cold.newestReadAhead()).as("no cache yet: nothing read ahead").isFalse();
        cold.load(ScanListener.NONE);

        FolderIndex warm = cached.index(root);
        assertThat(warm.newestReadAhead()).as("not asked to read ahead").isFalse();
        warm.readNewestAhead();
        awaitReadAheadEnded();
        assertThat(warm.newestReadAhead()).isTrue();
        warm.load(new ScanListener() {
        });
        assertThat(warm.newestReadAhead()).as("taken by the load").isFalse();
    }

    private static void awaitReadAheadEnded() throws InterruptedException {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
        while (Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals("cache-reader"))) {
            assertThat(System.nanoTime()).as("the read-ahead ended").isLessThan(deadline);
            Thread.sleep(5);
        }
    }

    @Test
    void aRescanKeepsTheCacheUpToDate() throws IOException {
        write("a.md", post("a"));
        PostScanner cached = scanner.withCache(MetaCache.in(cache));
        FolderIndex index = cached.index(root);
        index.load(ScanListener.NONE);
        write("b.md", post("b"));
        index.rescan();
        index.saveCache();
        // a new start finds b in the cache: nothing to read
        FolderIndex again = cached.index(root);
        boolean[] read = {false};
        again.load(new ScanListener() {
            @Override
            public void batch(ScanBatch batch) {
                read[0] |= !batch.remembered() && !batch.posts().isEmpty();
            }
        });
        assertThat(read[0]).isFalse();
        assertThat(again.current().posts()).extracting(PostMeta::title).containsExactlyInAnyOrder("a", "b");
    }

    /**
     * A warm start keeps the files met unchanged aside and adds them to what it knows only when something else changed:
     * with one file changed, every unchanged one is still known, listed and remembered for the next start.
     */
    @Test
    void aWarmStartWithOneChangedFileKeepsEveryUnchangedOne() throws IOException {
        PostScanner cached = feedRemembered(50);
        write("feed/p7.md", post("p7, rewritten"));

        FolderIndex warm = cached.index(root);
        assertThat(warm.load(ScanListener.NONE).posts()).hasSize(50).extracting(PostMeta::title)
                .contains("p0", "p49", "p7, rewritten").doesNotContain("p7");
        assertThat(warm.rescan().isEmpty()).as("a rescan finds what the warm start kept").isTrue();

        FolderIndex again = cached.index(root);
        boolean[] read = {false};
        ScanResult third = again.load(new ScanListener() {
            @Override
            public void batch(ScanBatch batch) {
                read[0] |= !batch.remembered() && !batch.posts().isEmpty();
            }
        });
        assertThat(read[0]).as("everything remembered, nothing read again").isFalse();
        assertThat(third.posts()).hasSize(50).extracting(PostMeta::title).contains("p7, rewritten");
    }

    /** A warm start that finds every file as it was gives what it remembered, and a rescan then finds no change. */
    @Test
    void aWarmStartThatFindsEveryFileUnchangedKnowsThemAll() throws IOException {
        PostScanner cached = feedRemembered(20);

        FolderIndex warm = cached.index(root);
        assertThat(warm.load(ScanListener.NONE).posts()).hasSize(20);
        write("feed/new.md", post("new"));
        Files.delete(root.resolve("feed/p3.md"));
        FolderChanges changes = warm.rescan();
        assertThat(changes.added()).extracting(PostMeta::title).containsExactly("new");
        assertThat(changes.removed()).extracting(PostMeta::title).containsExactly("p3");
        assertThat(warm.current().posts()).hasSize(20);
    }

    @Test
    void aFolderAppearingOrVanishingIsSeen() throws IOException {
        write("a.md", post("a"));
        FolderIndex index = scanner.index(root);
        index.load(ScanListener.NONE);
        assertThat(index.folders()).containsExactly(root.toAbsolutePath().normalize());
        write("sub/deeper/b.md", post("b"));
        assertThat(index.rescan().added()).extracting(PostMeta::title).containsExactly("b");
        assertThat(index.folders()).hasSize(3);
    }

    @Test
    void theWatcherDeliversNewDeletedAndNewFolderPosts() throws Exception {
        write("a.md", post("a"));
        FolderIndex index = scanner.index(root);
        index.load(ScanListener.NONE);
        Files.createDirectories(root.resolve("sub"));
        index.rescan(); // the watcher watches the folders the index knows
        BlockingQueue<FolderChanges> delivered = new LinkedBlockingQueue<>();
        // The watcher registers its folders before start returns: a change made now is seen.
        try (FolderWatcher watcher = FolderWatcher.start(index, Duration.ofSeconds(1), delivered::add)) {
            moveIn(staged("new.md", post("new")), "sub/new.md");
            FolderChanges changes = next(delivered, "the new post");
            assertThat(changes.added()).extracting(PostMeta::title).containsExactly("new");

            Files.delete(root.resolve("a.md"));
            changes = next(delivered, "the deletion");
            assertThat(changes.removed()).extracting(PostMeta::title).containsExactly("a");

            // A folder that did not exist, arriving whole with a post inside: found, then watched.
            Path folder = staged("newfolder/inner/c.md", post("c")).getParent().getParent();
            moveIn(folder, "newfolder");
            changes = next(delivered, "a post in a new folder");
            assertThat(index.current().posts()).extracting(PostMeta::title).contains("c");
        }
    }

    /** Posts {@code p0} to {@code p(count-1)} in {@code feed/}, loaded once so that the metadata cache holds them. */
    private PostScanner feedRemembered(int count) throws IOException {
        for (int i = 0; i < count; i++) {
            write("feed/p" + i + ".md", post("p" + i));
        }
        PostScanner cached = scanner.withCache(MetaCache.in(cache));
        cached.index(root).load(ScanListener.NONE);
        return cached;
    }

    /**
     * A post that arrives after the first walk passed its folder and before the watcher watches it (a feed's sync
     * while a large folder loads) brings no event: the watcher finds it by the folder's time at once, not at its
     * periodic rescan minutes later.
     */
    @Test
    void aPostWrittenBetweenTheWalkAndTheWatchingIsDelivered() throws Exception {
        write("sub/a.md", post("a"));
        FolderIndex index = scanner.index(root);
        index.load(ScanListener.NONE);
        moveIn(staged("b.md", post("b")), "sub/b.md");
        BlockingQueue<FolderChanges> delivered = new LinkedBlockingQueue<>();
        try (FolderWatcher watcher = FolderWatcher.start(index, Duration.ofMinutes(10), delivered::add)) {
            FolderChanges changes = next(delivered, "the post written before the watching");
            assertThat(changes.added()).extracting(PostMeta::title).containsExactly("b");
        }
    }

    /** Folders untouched since before the walk began cost no rescan when the watching starts. */
    @Test
    void foldersUnchangedSinceTheWalkNeedNoCatchingUp() throws IOException {
        write("sub/a.md", post("a"));
        Files.setLastModifiedTime(root.resolve("sub"), FileTime.from(LONG_AGO));
        Files.setLastModifiedTime(root, FileTime.from(LONG_AGO));
        FolderIndex index = scanner.index(root);
        index.load(ScanListener.NONE);
        assertThat(index.foldersChangedSinceWalkBegan(2_000)).isFalse();
        write("sub/b.md", post("b"));
        assertThat(index.foldersChangedSinceWalkBegan(2_000)).isTrue();
    }

    /**
     * Writes a post outside the watched folder, ready to move in whole: a watcher that looked while it was being
     * written (content, then time) could see it half-made, and the test would depend on when it looked.
     */
    private Path staged(String relative, String content) throws IOException {
        Path file = cache.resolve("staging").resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        Files.setLastModifiedTime(file, FileTime.from(LONG_AGO));
        return file;
    }

    private void moveIn(Path staged, String relative) throws IOException {
        Files.move(staged, root.resolve(relative), StandardCopyOption.ATOMIC_MOVE);
    }

    /** The next delivery; generous, since how soon it comes is a benchmark's business, not this test's. */
    private static FolderChanges next(BlockingQueue<FolderChanges> delivered, String what) throws InterruptedException {
        FolderChanges changes = delivered.poll(60, TimeUnit.SECONDS);
        assertThat(changes).as(what + " delivered").isNotNull();
        return changes;
    }
}
