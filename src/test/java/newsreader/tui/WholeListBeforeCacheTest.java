package newsreader.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import newsreader.post.MetaCache;
import newsreader.post.PostScanner;
import newsreader.reading.ReadState;
import newsreader.reading.Reading;
import newsreader.render.DateLabel;
import newsreader.text.CellWidth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A folder read afresh: the whole list reaches the screen as soon as it is sorted, before the metadata cache is
 * written (a second for 100,000 posts), once; and a quit right then still leaves the cache written for the next start.
 */
class WholeListBeforeCacheTest {
    private static final int POSTS = 300;

    @TempDir
    Path dir;

    /** The screen's queue, noting for each whole list (no progress left) whether the cache had been written yet. */
    private static final class Screen extends LinkedBlockingQueue<ReaderEvent> {
        private final Path cacheFolder;
        final List<Boolean> cacheThereAtWholeList = new ArrayList<>();

        Screen(Path cacheFolder) {
            this.cacheFolder = cacheFolder;
        }

        @Override
        public boolean add(ReaderEvent event) {
            if (event instanceof ReaderEvent.Loaded loaded && loaded.progress() == null) {
                synchronized (cacheThereAtWholeList) {
                    cacheThereAtWholeList.add(cacheWritten(cacheFolder));
                }
            }
            return super.add(event);
        }
    }

    @Test
    void theWholeListComesOnceBeforeTheCacheIsWrittenAndAQuitThenWaitsForTheCache() throws Exception {
        Path posts = Files.createDirectories(dir.resolve("posts"));
        for (int i = 0; i < POSTS; i++) {
            Files.writeString(posts.resolve(String.format("p%04d.md", i)),
                    "---\ntitle: 第" + i + "篇\ndate: 2022-01-01 00:00:00\n---\n正文\n");
        }
        Path cacheFolder = dir.resolve("cache");
        Screen events = new Screen(cacheFolder);
        ReaderEvent.Loaded whole = null;
        try (FolderServices services = new FolderServices(posts, new Reading(new DateLabel(ZoneOffset.UTC),
                CellWidth.standard()), ReadState.inMemory(), events, null, null,
                new PostScanner().withCache(MetaCache.in(cacheFolder)).index(posts))) {
            services.requestReload();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (whole == null && System.nanoTime() < deadline) {
                if (events.poll(1, TimeUnit.SECONDS) instanceof ReaderEvent.Loaded loaded && loaded.progress() == null) {
                    whole = loaded;
                }
            }
            // the quit comes at once, while the cache may still be being written
        }
        assertThat(whole).as("the whole list reached the screen").isNotNull();
        assertThat(whole.library().posts()).hasSize(POSTS);
        assertThat(whole.tree()).as("the category tree comes built with the list, not on the screen's thread")
                .isNotNull();
        assertThat(whole.tree().root().posts()).hasSize(POSTS);
        synchronized (events.cacheThereAtWholeList) {
            assertThat(events.cacheThereAtWholeList).as("one whole list, sent before the cache was written")
                    .containsExactly(false);
        }
        assertThat(cacheWritten(cacheFolder)).as("the quit waited for the cache").isTrue();
    }

    private static boolean cacheWritten(Path cacheFolder) {
        Path posts = cacheFolder.resolve("posts");
        if (!Files.isDirectory(posts)) {
            return false;
        }
        try (Stream<Path> files = Files.list(posts)) {
            return files.anyMatch(file -> file.getFileName().toString().endsWith(".bin"));
        } catch (IOException e) {
            return false;
        }
    }
}
