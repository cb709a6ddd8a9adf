package newsreader.tui;

import static newsreader.tui.Keys.ch;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.time.ZoneOffset;
import newsreader.post.PostMeta;
import newsreader.reading.Library;
import newsreader.render.DateLabel;
import newsreader.text.CellWidth;
import org.junit.jupiter.api.Test;

/**
 * The tree's unread counts: a large library's read posts are looked up off the screen's thread, the tree shows the
 * totals alone until they come, and then every entry's count; a small library's are counted as the tree is drawn.
 */
class UnreadCountsTest {
    private static final int LARGE = UnreadCounts.COUNTED_IN_BACKGROUND;

    private final FakeServices services = new FakeServices();
    private final ReaderView view = new ReaderView(Theme.colour(), CellWidth.standard(), new DateLabel(ZoneOffset.UTC));
    private final VirtualScreen screen = new VirtualScreen(120, 30, CellWidth.standard());

    /** Posts newest first, the even ones filed under 甲 and the odd ones under 乙. */
    private static Library posts(int count) {
        List<PostMeta> posts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            posts.add(TestPosts.post(String.format("p%06d.md", i), "第" + i + "篇",
                    java.time.Instant.parse("2024-01-01T00:00:00Z").minusSeconds(60L * i).toString(),
                    i % 2 == 0 ? "甲" : "乙"));
        }
        return TestPosts.library(posts);
    }


    private void markRead(Library library, int... indices) {
        for (int index : indices) {
            services.readState.setRead(library.idAt(index), true);
        }
    }

    @Test
    void aLargeLibrarysCountsComeFromTheLookupAndFollowAMark() {
        Library library = posts(LARGE);
        markRead(library, 0, 1, 3);
        ReaderState state = new ReaderState(library);
        ReaderController controller = new ReaderController(state, services, CellWidth.standard());
        controller.resized(120, 30);
        screen.draw(state, view);
        assertThat(state.readPosts).as("looked up through an effect").isNotNull();
        assertThat(screen.treeRow("All posts")).contains((LARGE - 3) + "/" + LARGE);
        assertThat(screen.treeRow("甲")).contains((LARGE / 2 - 1) + "/" + LARGE / 2);
        assertThat(screen.treeRow("乙")).contains((LARGE / 2 - 2) + "/" + LARGE / 2);

        controller.key(ch('r')); // the selected post, the newest (read): unread again
        screen.draw(state, view);
        assertThat(screen.treeRow("All posts")).contains((LARGE - 2) + "/" + LARGE);
        assertThat(screen.treeRow("甲")).contains(LARGE / 2 + "/" + LARGE / 2);
    }

    @Test
    void aLargeLibrarysStarredEntryComesWithTheLookup() {
        Library library = posts(LARGE);
        services.readState.setStarred(library.idAt(2), true);
        ReaderState state = new ReaderState(library);
        ReaderController controller = new ReaderController(state, services, CellWidth.standard());
        controller.resized(120, 30);
        assertThat(state.tree.find(CategoryNode.Kind.STARRED.name()).posts()).containsExactly(2);

        controller.key(ch('s')); // stars the newest post
        assertThat(state.tree.find(CategoryNode.Kind.STARRED.name()).posts()).containsExactly(0, 2);
        screen.draw(state, view);
        assertThat(screen.treeRow("Starred")).contains("2/2");
    }

    @Test
    void untilTheLookupOfTheLibraryShownComesTheTreeShowsTotalsAlone() {
        Library library = posts(LARGE);
        markRead(library, 0);
        ReaderState state = new ReaderState(library);
        state.marks = services.readState;
        state.columns = 120;
        state.rows = 30;
        screen.draw(state, view);
        assertThat(screen.treeRow("All posts")).contains(String.valueOf(LARGE)).doesNotContain("/");

        state.readPosts = ReadPosts.count(posts(LARGE), state.readVersion, services.readState);
        screen.draw(state, view);
        assertThat(screen.treeRow("All posts")).as("another library's lookup").doesNotContain("/");

        state.readPosts = ReadPosts.count(library, state.readVersion, services.readState);
        screen.draw(state, view);
        assertThat(screen.treeRow("All posts")).contains((LARGE - 1) + "/" + LARGE);
    }

    @Test
    void aSmallLibraryIsCountedAsTheTreeIsDrawn() {
        Library library = posts(LARGE - 1);
        markRead(library, 0, 2);
        ReaderState state = new ReaderState(library);
        ReaderController controller = new ReaderController(state, services, CellWidth.standard());
        controller.resized(120, 30);
        screen.draw(state, view);
        assertThat(state.readPosts).as("no lookup asked for").isNull();
        assertThat(screen.treeRow("All posts")).contains((LARGE - 3) + "/" + (LARGE - 1));
    }

    @Test
    void theReaderLooksReadPostsUpOnAThreadOfTheirOwnOnceAFrameIsDrawn() throws InterruptedException {
        Library library = posts(LARGE);
        markRead(library, 5, 7);
        LinkedBlockingQueue<ReaderEvent> answers = new LinkedBlockingQueue<>();
        AtomicReference<String> answeredOn = new AtomicReference<>();
        AtomicReference<Integer> niceness = new AtomicReference<>();
        try (EffectRunner runner = EffectRunner.inBackground(services, event -> {
            answeredOn.set(Thread.currentThread().getName());
            niceness.set(newsreader.testing.ThreadPriorities.ofThisThread());
            answers.add(event);
        })) {
            runner.run(List.of(new Effect.CountUnread(library, 3)));
            runner.run(List.of(new Effect.CountUnread(library, 4)));
            assertThat(answers).as("counts wait for the frame").isEmpty();
            runner.frameDrawn();
            ReaderEvent answer = answers.poll(60, TimeUnit.SECONDS);
            assertThat(answer).isInstanceOf(ReaderEvent.UnreadCounted.class);
            ReadPosts read = ((ReaderEvent.UnreadCounted) answer).read();
            assertThat(read.library()).isSameAs(library);
            assertThat(read.readVersion()).as("only the last count asked for before the frame").isEqualTo(4);
            assertThat(read.read().stream().toArray()).containsExactly(5, 7);
            assertThat(answeredOn.get()).isEqualTo("newsreader-counts");
            assertThat(niceness.get()).as("the counts at the lowest priority").isEqualTo(19);
        }
    }
}
