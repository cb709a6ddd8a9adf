package newsreader.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import newsreader.reading.ReadState;
import newsreader.reading.Reading;
import newsreader.render.DateLabel;
import newsreader.testing.ThreadPriorities;
import newsreader.text.CellWidth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reader builds its search index at the lowest CPU priority (nice 19, as Linux schedules it), so that keys are
 * answered at once while it builds; the reader's own threads keep theirs.
 */
class IndexPriorityTest {
    private static final long DEADLINE_SECONDS = 60;

    @TempDir
    Path dir;

    @Test
    void theReadersSearchIndexIsBuiltOnLowestPriorityThreads() throws Exception {
        Path posts = SearchIndexFailureTest.writePosts(dir.resolve("posts"), 200);
        CellWidth widths = CellWidth.standard();
        BlockingQueue<ReaderEvent> events = new LinkedBlockingQueue<>();
        try (FolderServices services = new FolderServices(posts, new Reading(new DateLabel(ZoneOffset.UTC), widths),
                ReadState.inMemory(), events, null, dir.resolve("cache"))) {
            services.requestReload();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(DEADLINE_SECONDS);
            boolean built = false;
            while (!built && System.nanoTime() < deadline) {
                ReaderEvent event = events.poll(1, TimeUnit.SECONDS);
                built = event instanceof ReaderEvent.SearchIndexing indexing && indexing.total() < 0;
            }
            assertThat(built).as("the index was built within %d s", DEADLINE_SECONDS).isTrue();
            List<Integer> indexing = ThreadPriorities.ofThreadsNamed("search-index-reader");
            assertThat(indexing).as("the threads that read and index posts").isNotEmpty().containsOnly(19);
            assertThat(ThreadPriorities.ofThisThread()).as("the thread that answers keys").isZero();
        }
    }
}
