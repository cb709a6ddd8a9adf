package newsreader.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import newsreader.post.FolderIndex;
import newsreader.post.MetaCache;
import newsreader.post.PostMeta;
import newsreader.post.PostScanner;
import newsreader.post.ScanListener;
import newsreader.reading.ReadState;
import newsreader.reading.Reading;
import newsreader.render.DateLabel;
import newsreader.text.CellWidth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A reader started on a folder it has seen before shows the newest posts the cache keeps apart before the whole
 * cache is decoded (a million posts take seconds), then the whole folder.
 */
class WarmStartTest {
    private static final int POSTS = 700;

    @TempDir
    Path dir;

    @Test
    void theFirstRowsComeFromTheCachesNewestPostsAndTheWholeFolderFollows() throws Exception {
        start(false);
    }

    @Test
    void theNewestPostsComeFromTheirOwnFileBeforeTheWholeCache() throws Exception {
        start(true);
    }

    private void start(boolean withoutTheWholeCache) throws Exception {
        Path posts = Files.createDirectories(dir.resolve("posts"));
        for (int i = 0; i < POSTS; i++) {
            Path file = posts.resolve(String.format("p%04d.md", i));
            Files.writeString(file, "---\ntitle: 第" + i + "篇\ndate: 2022-01-01 00:00:00\n---\n正文\n"
                    .replace("00:00:00", String.format("%02d:%02d:00", i / 60, i % 60)));
            Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2024-01-01T00:00:00Z")));
        }
        PostScanner cached = new PostScanner().withCache(MetaCache.in(dir.resolve("cache")));
        cached.index(posts).load(ScanListener.NONE); // an earlier run wrote the cache
        if (withoutTheWholeCache) {
            // Only the small file is left: what the first rows show can come from nowhere else.
            try (var files = Files.list(dir.resolve("cache/posts"))) {
                for (Path file : files.filter(f -> !f.toString().endsWith(".newest.bin")).toList()) {
                    Files.delete(file);
                }
            }
        }

        FolderIndex folder = cached.index(posts);
        folder.readNewestAhead();
        BlockingQueue<ReaderEvent> events = new LinkedBlockingQueue<>();
        try (FolderServices services = new FolderServices(posts, new Reading(new DateLabel(ZoneOffset.UTC),
                CellWidth.standard()), ReadState.inMemory(), events, null, null, folder)) {
            services.requestReload();
            ReaderEvent.Loaded first = nextLoaded(events);
            assertThat(first.library().posts()).hasSize(MetaCache.NEWEST);
            assertThat(first.library().posts().get(0).title()).isEqualTo("第" + (POSTS - 1) + "篇");
            assertThat(first.progress()).as("the count the cache holds").contains("0 / " + POSTS);

            // Until the scan has finished (no progress left to show): it writes the cache at its end, and the
            // folder must be left alone before it is deleted.
            ReaderEvent.Loaded later = first;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (later.progress() != null && System.nanoTime() < deadline) {
                later = nextLoaded(events);
            }
            assertThat(later.progress()).as("the scan finished").isNull();
            assertThat(later.library().posts()).as("the whole folder follows").hasSize(POSTS);
        }
    }

    private static ReaderEvent.Loaded nextLoaded(BlockingQueue<ReaderEvent> events) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            ReaderEvent event = events.poll(1, TimeUnit.SECONDS);
            if (event instanceof ReaderEvent.Loaded loaded) {
                return loaded;
            }
        }
        throw new AssertionError("no list within 60 s");
    }
}
