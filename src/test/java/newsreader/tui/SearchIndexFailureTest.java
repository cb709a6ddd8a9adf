package newsreader.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Random;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import newsreader.reading.Library;
import newsreader.reading.ReadState;
import newsreader.reading.Reading;
import newsreader.render.DateLabel;
import newsreader.testing.EndToEnd;
import newsreader.testing.SmallDisk;
import newsreader.text.CellWidth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * security.md, failures reported as success: with the cache on a full disk the search index cannot be written; the
 * reader's status line says so, where it used to stay at the percentage it had reached.
 * The index is written by the reader's build process, which reports the failure in its own words.
 */
@EndToEnd
class SearchIndexFailureTest {
    private static final long DEADLINE_SECONDS = 90;

    @TempDir
    Path dir;

    @Test
    void theStatusLineSaysTheSearchIndexFailedWhenTheCacheDiskIsFull() throws Exception {
        Path posts = writePosts(dir.resolve("posts"), 1_500);
        CellWidth widths = CellWidth.standard();
        BlockingQueue<ReaderEvent> events = new LinkedBlockingQueue<>();
        try (SmallDisk cache = SmallDisk.mount(dir.resolve("cache"), 256);
             FolderServices services = new FolderServices(posts, new Reading(new DateLabel(ZoneOffset.UTC), widths),
                     ReadState.inMemory(), events, null, dir.resolve("cache"))) {
            ReaderState state = new ReaderState(Library.empty(posts));
            ReaderController controller = new ReaderController(state, services, widths);
            controller.resized(120, 30);
            VirtualScreen screen = new VirtualScreen(120, 30, widths);
            ReaderView view = new ReaderView(Theme.colour(), widths, new DateLabel(ZoneOffset.UTC));

            services.requestReload();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(DEADLINE_SECONDS);
            String status = "";
            while (!status.contains("search index failed") && System.nanoTime() < deadline) {
                ReaderEvent event = events.poll(1, TimeUnit.SECONDS);
                if (event != null) {
                    controller.update(event);
                    screen.draw(state, view);
                    status = screen.row(29);
                }
            }
            assertThat(status).as("the status line after %d s", DEADLINE_SECONDS)
                    .contains("search index failed").contains("No space left on device");
        }
    }

    /** Posts of random words, so that their index does not fit in a small disk. */
    static Path writePosts(Path folder, int count) throws IOException {
        Files.createDirectories(folder);
        Random random = new Random(14);
        for (int i = 0; i < count; i++) {
            StringBuilder body = new StringBuilder();
            for (int word = 0; word < 300; word++) {
                body.append(Long.toString(random.nextLong() & 0xFFFFFFFFL, 36)).append(' ');
            }
            Files.writeString(folder.resolve(String.format("post-%04d.md", i)), "---\ntitle: Post " + i
                    + "\ndate: 2022-01-01 00:00:00\n---\n" + body + "\n");
        }
        return folder;
    }
}
