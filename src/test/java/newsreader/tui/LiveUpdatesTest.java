package newsreader.tui;

import static newsreader.tui.Keys.ch;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import newsreader.post.PostMeta;
import newsreader.post.PostProblem;
import newsreader.post.ScanBatch;
import newsreader.post.ScanProgress;
import newsreader.post.ScanResult;
import newsreader.reading.Library;
import newsreader.reading.LiveLibrary;
import newsreader.render.DateLabel;
import newsreader.text.CellWidth;
import org.junit.jupiter.api.Test;

/** Posts streaming in while the folder is read, and changes while the reader runs. */
class LiveUpdatesTest {
    private final FakeServices services = new FakeServices();
    private ReaderState state;
    private ReaderController controller;

    private static PostMeta post(int day) {
        return TestPosts.post("p" + day + ".md", "第" + day + "篇", String.format("2024-01-%02dT00:00:00Z", day), "新闻");
    }

    private static List<PostMeta> days(int from, int to) {
        List<PostMeta> posts = new ArrayList<>();
        for (int day = from; day <= to; day++) {
            posts.add(post(day));
        }
        return posts;
    }

    private static List<PostMeta> newestFirst(int from, int to) {
        List<PostMeta> posts = new ArrayList<>();
        for (int day = to; day >= from; day--) {
            posts.add(post(day));
        }
        return posts;
    }

    private void start() {
        state = new ReaderState(Library.empty(TestPosts.ROOT));
        state.loading = true;
        controller = new ReaderController(state, services, CellWidth.standard());
        controller.resized(100, 12);
    }

    private static ScanBatch batch(List<PostMeta> posts, int checked, int found) {
        return new ScanBatch(posts, List.of(), new ScanProgress(checked, found, true), false);
    }

    @Test
    void batchesInAnyOrderGiveANewestFirstListAndTheStatusSaysHowFarIndexingIs() {
        start();
        LiveLibrary live = new LiveLibrary(TestPosts.ROOT);
        live.add(batch(List.of(post(3), post(9), post(1)), 3, 10));
        controller.loaded(live.snapshot(), "indexing 3 / 10");
        assertThat(state.loading).isTrue();
        VirtualScreen screen = new VirtualScreen(100, 12, CellWidth.standard());
        ReaderView view = new ReaderView(Theme.colour(), CellWidth.standard(), new DateLabel(ZoneOffset.UTC));
        screen.draw(state, view);
        assertThat(screen.row(11)).contains("indexing 3 / 10");

        live.add(batch(List.of(post(5), post(10)), 5, 10));
        controller.loaded(live.snapshot(), "indexing 5 / 10");
        assertThat(state.library.posts()).extracting(PostMeta::relativePath)
                .containsExactly("p10.md", "p9.md", "p5.md", "p3.md", "p1.md");

        controller.loaded(live.replace(new ScanResult(newestFirst(1, 10), List.of())), null);
        assertThat(state.loading).isFalse();
        screen.draw(state, view);
        assertThat(screen.row(11)).doesNotContain("indexing");
    }

    @Test
    void batchesThatBringNothingNewGiveTheSameSnapshotAndTheStatusStillMoves() {
        start();
        LiveLibrary live = new LiveLibrary(TestPosts.ROOT);
        live.add(batch(List.of(post(3), post(9)), 2, 10));
        Library first = live.snapshot();
        controller.loaded(first, "indexing 2 / 10");
        // A scan checking cached files against the folder: batches with no post, only progress.
        live.add(batch(List.of(), 8, 10));
        Library again = live.snapshot();
        assertThat(again).isSameAs(first);
        controller.loaded(again, "indexing 8 / 10");
        assertThat(state.indexing).isEqualTo("indexing 8 / 10");
        assertThat(state.library).isSameAs(first);

        live.add(batch(List.of(post(5)), 9, 10));
        Library changed = live.snapshot();
        assertThat(changed).isNotSameAs(first);
        controller.loaded(changed, "indexing 9 / 10");
        assertThat(state.library.posts()).extracting(PostMeta::relativePath).containsExactly("p9.md", "p5.md", "p3.md");
    }

    @Test
    void aFileThatBecomesAProblemLeavesThePostList() {
        LiveLibrary live = new LiveLibrary(TestPosts.ROOT);
        live.add(batch(List.of(post(1), post(2)), 2, 2));
        live.add(new ScanBatch(List.of(), List.of(new PostProblem(Path.of("/posts/p1.md"), "p1.md", "bad")),
                new ScanProgress(2, 2, true), false));
        Library library = live.snapshot();
        assertThat(library.posts()).extracting(PostMeta::relativePath).containsExactly("p2.md");
        assertThat(library.problems()).extracting(PostProblem::relativePath).containsExactly("p1.md");
        assertThat(library.ids()).containsExactly(Library.idOf(post(2)));
    }

    @Test
    void newPostsAboveKeepTheSelectionOnTheSamePostAtTheSameRowOfTheScreen() {
        start();
        controller.loaded(TestPosts.library(newestFirst(1, 30)), null);
        for (int i = 0; i < 12; i++) {
            controller.key(ch('j'));
        }
        PostMeta selected = state.selectedPost();
        int rowOnScreen = state.listSelection - state.listTop;

        controller.loaded(TestPosts.library(newestFirst(1, 31)), null);
        assertThat(state.selectedPost()).isEqualTo(selected);
        assertThat(state.listSelection - state.listTop).isEqualTo(rowOnScreen);
    }

    @Test
    void whenTheSelectedPostIsDeletedTheSelectionStaysAtItsPlace() {
        start();
        controller.loaded(TestPosts.library(newestFirst(1, 10)), null);
        controller.key(ch('j'));
        controller.key(ch('j'));
        assertThat(state.selectedPost().relativePath()).isEqualTo("p8.md");
        List<PostMeta> without = new ArrayList<>(newestFirst(1, 10));
        without.removeIf(p -> p.relativePath().equals("p8.md"));

        controller.loaded(TestPosts.library(without), null);
        assertThat(state.selectedPost().relativePath()).isEqualTo("p7.md");
    }

    @Test
    void whileTheFirstScanStreamsInAnUntouchedSelectionStaysOnTheNewestPost() {
        start();
        controller.loaded(TestPosts.library(newestFirst(1, 5)), "indexing 5 / 10");
        assertThat(state.selectedPost().relativePath()).isEqualTo("p5.md");
        controller.loaded(TestPosts.library(newestFirst(1, 10)), "indexing 10 / 10");
        assertThat(state.selectedPost().relativePath()).isEqualTo("p10.md");

        controller.key(ch('j'));
        controller.loaded(TestPosts.library(newestFirst(1, 12)), null);
        assertThat(state.selectedPost().relativePath()).as("a chosen post is kept").isEqualTo("p9.md");
    }

    @Test
    void aFirstLookAtALargeBatchIsItsNewestPostsInOrder() {
        List<PostMeta> shuffled = new ArrayList<>(newestFirst(1, 28));
        java.util.Collections.shuffle(shuffled, new java.util.Random(3));
        Library look = LiveLibrary.newest(TestPosts.ROOT, shuffled, 3);
        assertThat(look.posts()).extracting(PostMeta::relativePath).containsExactly("p28.md", "p27.md", "p26.md");
    }
}
