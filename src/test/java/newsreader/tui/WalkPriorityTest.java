package newsreader.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import newsreader.post.MetaCache;
import newsreader.post.PostScanner;
import newsreader.reading.ReadState;
import newsreader.reading.Reading;
import newsreader.render.DateLabel;
import newsreader.text.CellWidth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A warm start: once everything the metadata cache knew is on the screen, the rest of the scan (checking it against
 * the files) runs at the lowest priority, so that it never takes a core from a key; a scan with no cache, which the
 * user waits for, keeps its priority.
 */
class WalkPriorityTest {
    private static final int POSTS = 60;

    @TempDir
    Path dir;

    /** A list sent to the screen: how far the scan was, and the priority of the thread that sent it. */
    private record Sent(String progress, int nice) {
    }

    /** The screen's queue, noting the nice value of the thread that adds each list. */
    private static final class Screen extends LinkedBlockingQueue<ReaderEvent> {
        final List<Sent> lists = new ArrayList<>();

        @Override
        public boolean add(ReaderEvent event) {
            if (event instanceof ReaderEvent.Loaded loaded) {
                synchronized (lists) {
                    lists.add(new Sent(loaded.progress(), newsreader.testing.ThreadPriorities.ofThisThread()));
                }
            }
            return super.add(event);
        }
    }

    @Test
    void theWalkAfterTheCachedListRunsAtTheLowestPriorityAndAColdScanDoesNot() throws Exception {
        Path posts = Files.createDirectories(dir.resolve("posts"));
        for (int i = 0; i < POSTS; i++) {
            Path post = Files.writeString(posts.resolve(String.format("p%04d.md", i)),
                    "---\ntitle: 第" + i + "篇\ndate: 2022-01-01 00:00:00\n---\n正文\n");
            // Files changed in the last moments are read again whatever the cache says (they may still be written).
            Files.setLastModifiedTime(post, java.nio.file.attribute.FileTime.from(
                    java.time.Instant.now().minus(java.time.Duration.ofHours(1))));
        }
        Path cacheFolder = dir.resolve("cache");

        List<Sent> cold = scan(posts, cacheFolder);
        assertThat(cold).as("lists of the scan with no cache").isNotEmpty();
        assertThat(cold).extracting(Sent::nice).as("a scan the user waits for keeps its priority").containsOnly(0);

        List<Sent> warm = scan(posts, cacheFolder);
        assertThat(warm.get(0).progress()).as("the cache's posts first, while the scan runs").isNotNull();
        assertThat(warm.get(0).nice()).as("the cache's posts at the thread's own priority").isZero();
        assertThat(warm.get(warm.size() - 1).progress()).as("the list after the walk").isNull();
        assertThat(warm.get(warm.size() - 1).nice()).as("the walk after the cached list").isEqualTo(19);
    }

    /** One scan of the folder as the reader makes it; the lists it sent, once the whole one came. */
    private List<Sent> scan(Path posts, Path cacheFolder) throws Exception {
        Screen events = new Screen();
        boolean whole = false;
        try (FolderServices services = new FolderServices(posts, new Reading(new DateLabel(ZoneOffset.UTC),
                CellWidth.standard()), ReadState.inMemory(), events, null, null,
                new PostScanner().withCache(MetaCache.in(cacheFolder)).index(posts))) {
            services.requestReload();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!whole && System.nanoTime() < deadline) {
                whole = events.poll(1, TimeUnit.SECONDS) instanceof ReaderEvent.Loaded loaded
                        && loaded.progress() == null;
            }
        }
        assertThat(whole).as("the whole list reached the screen").isTrue();
        synchronized (events.lists) {
            return List.copyOf(events.lists);
        }
    }
}
