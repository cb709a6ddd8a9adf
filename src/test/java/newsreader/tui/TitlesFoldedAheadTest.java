package newsreader.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyStroke;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import newsreader.post.PostMeta;
import newsreader.reading.Library;
import newsreader.reading.ReadState;
import newsreader.reading.Reading;
import newsreader.render.DateLabel;
import newsreader.text.CellWidth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A large folder's titles are folded for the title filter off the screen's thread, after its whole list: the first
 * filter letter then only matches. Titles folded for a list the screen no longer shows are dropped.
 */
class TitlesFoldedAheadTest {
    @TempDir
    Path dir;

    @Test
    void theFilterUsesTitlesFoldedAheadForTheListShown() {
        List<PostMeta> posts = List.of(TestPosts.post("a.md", "Ｊａｖａ 發展", "2024-01-02T00:00:00Z", "科技"),
                TestPosts.post("b.md", "別的", "2024-01-01T00:00:00Z", "科技"));
        Library library = TestPosts.library(posts);
        ReaderState state = new ReaderState(library);
        ReaderController controller = new ReaderController(state, new FakeServices(), CellWidth.standard());
        controller.resized(120, 30);
        String[] folded = ReaderState.foldedTitles(library);
        controller.update(new ReaderEvent.TitlesFolded(TestPosts.library(posts), new String[] {"x", "y"}));
        controller.update(new ReaderEvent.TitlesFolded(library, folded));

        assertThat(state.foldedTitle(0)).as("the titles folded ahead, not those of another list").isSameAs(folded[0]);
        controller.key(new KeyStroke('/', false, false));
        for (char c : "java 发展".toCharArray()) {
            controller.key(new KeyStroke(c, false, false));
        }
        assertThat(state.listed).hasSize(1);
        assertThat(state.selectedPost().relativePath()).isEqualTo("a.md");
    }

    @Test
    void aWholeFolderOfThousandsOfPostsIsFollowedByItsTitlesFolded() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("posts"));
        int count = 5_000;
        for (int i = 0; i < count; i++) {
            Files.writeString(folder.resolve("p" + i + ".md"), "---\ntitle: ＡＢＣ第" + i + "篇\ndate: 2022-01-01\n---\n正文\n");
        }
        BlockingQueue<ReaderEvent> events = new LinkedBlockingQueue<>();
        List<ReaderEvent> seen = new ArrayList<>();
        try (FolderServices services = new FolderServices(folder, new Reading(new DateLabel(ZoneOffset.UTC),
                CellWidth.standard()), ReadState.inMemory(), events, null, null)) {
            services.requestReload();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (seen.stream().noneMatch(ReaderEvent.TitlesFolded.class::isInstance) && System.nanoTime() < deadline) {
                ReaderEvent event = events.poll(1, TimeUnit.SECONDS);
                if (event != null) {
                    seen.add(event);
                }
            }
        }
        ReaderEvent.Loaded whole = seen.stream().filter(ReaderEvent.Loaded.class::isInstance).map(ReaderEvent.Loaded.class::cast)
                .filter(loaded -> loaded.progress() == null).reduce((first, second) -> second).orElseThrow();
        ReaderEvent.TitlesFolded folded = seen.stream().filter(ReaderEvent.TitlesFolded.class::isInstance)
                .map(ReaderEvent.TitlesFolded.class::cast).findFirst().orElseThrow();
        assertThat(seen.indexOf(folded)).as("after the whole list").isGreaterThan(seen.indexOf(whole));
        assertThat(folded.library()).isSameAs(whole.library());
        assertThat(folded.folded()).hasSize(count);
        assertThat(folded.folded()[0]).startsWith("abc第");
    }
}
