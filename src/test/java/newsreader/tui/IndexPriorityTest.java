package newsreader.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import newsreader.reading.ReadState;
import newsreader.reading.Reading;
import newsreader.render.DateLabel;
import newsreader.testing.EndToEnd;
import newsreader.testing.ThreadPriorities;
import newsreader.text.CellWidth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reader builds its search index in another process, at the lowest CPU priority (nice 19, as Linux schedules
 * it) for every thread of it, collector and compiler included, so that keys are answered at once while it builds;
 * the reader's own threads keep theirs.
 */
@EndToEnd
class IndexPriorityTest {
    private static final long DEADLINE_SECONDS = 60;

    @TempDir
    Path dir;

    @Test
    void theReadersSearchIndexIsBuiltInAnotherProcessAtTheLowestPriority() throws Exception {
        Path posts = SearchIndexFailureTest.writePosts(dir.resolve("posts"), 2_000).toRealPath();
        CellWidth widths = CellWidth.standard();
        BlockingQueue<ReaderEvent> events = new LinkedBlockingQueue<>();
        try (FolderServices services = new FolderServices(posts, new Reading(new DateLabel(ZoneOffset.UTC), widths),
                ReadState.inMemory(), events, null, dir.resolve("cache"))) {
            services.requestReload();
            Optional<ProcessHandle> build = IndexBuilds.buildOf(posts, DEADLINE_SECONDS);
            assertThat(build).as("a process building the index within %d s", DEADLINE_SECONDS).isPresent();
            assertThat(build.get().pid()).isNotEqualTo(ProcessHandle.current().pid());
            List<Integer> nices = ThreadPriorities.ofProcess(build.get().pid());
            assertThat(nices).as("the build process's threads").isNotEmpty().containsOnly(19);
            assertThat(ThreadPriorities.ofThisThread()).as("the thread that answers keys").isZero();
            assertThat(IndexBuilds.await(events, IndexBuilds::built, DEADLINE_SECONDS, event -> { }))
                    .as("the index was built within %d s", DEADLINE_SECONDS).isNotNull();
        }
    }
}
