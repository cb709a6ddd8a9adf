package newsreader.tui;

import static newsreader.tui.Keys.ch;
import static newsreader.tui.Keys.key;
import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.ArrayList;
import java.util.List;
import newsreader.reading.Library;
import newsreader.reading.ListChoice;
import newsreader.reading.ListOrder;
import newsreader.text.CellWidth;
import org.junit.jupiter.api.Test;

/** The keys of a day's reading: Space through the unread posts, unread only, the sort orders. */
class ReadingWorkflowTest {
    private final FakeServices services = new FakeServices();
    private ReaderState state;
    private ReaderController controller;

    private void start(Library library, int columns, int rows) {
        state = new ReaderState(library);
        controller = new ReaderController(state, services, CellWidth.standard());
        controller.resized(columns, rows);
    }

    private void press(KeyStroke... keys) {
        for (KeyStroke k : keys) {
            controller.key(k);
        }
    }

    private List<String> listedIds() {
        List<String> ids = new ArrayList<>();
        for (int i : state.listed) {
            ids.add(state.library.posts().get(i).relativePath());
        }
        return ids;
    }

    static String lines(int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= count; i++) {
            text.append("line ").append(i).append('\n');
        }
        return text.toString();
    }

    @Test
    void spacePagesThroughAnArticleAndAtItsEndOpensTheNextUnreadPost() {
        start(TestPosts.sample(), 100, 30);
        services.bodies.put("a.md", lines(60));
        services.readState.setRead(TestPosts.id("b.md"), true);
        press(key(KeyType.Enter));
        int height = state.layout().article().height();
        press(ch(' '));
        assertThat(state.article.meta.relativePath()).isEqualTo("a.md");
        assertThat(state.article.top).isEqualTo(height - 1);
        press(ch(' '));
        assertThat(state.article.top).as("the last page").isEqualTo(state.article.lines.size() - height);
        assertThat(state.article.meta.relativePath()).isEqualTo("a.md");
        press(ch(' '));
        assertThat(state.article.meta.relativePath()).as("b.md is read: skipped").isEqualTo("c.md");
        assertThat(state.article.top).isZero();
        assertThat(services.store.isRead(TestPosts.id("c.md"))).isTrue();
    }

    @Test
    void pageDownAtTheEndOfAnArticleStaysThere() {
        start(TestPosts.sample(), 100, 30);
        press(key(KeyType.Enter), key(KeyType.PageDown), key(KeyType.PageDown));
        assertThat(state.article.meta.relativePath()).isEqualTo("a.md");
    }

    @Test
    void spaceAtTheEndOfTheLastUnreadPostSaysSoAndStays() {
        start(TestPosts.sample(), 100, 30);
        for (String post : List.of("b.md", "c.md", "d.md", "e.md")) {
            services.readState.setRead(TestPosts.id(post), true);
        }
        press(key(KeyType.Enter), ch(' '));
        assertThat(state.article.meta.relativePath()).isEqualTo("a.md");
        assertThat(state.message).contains("No unread");
    }

    @Test
    void capitalUListsUnreadPostsOnlyAndBackAndAsksToRememberIt() {
        start(TestPosts.sample(), 100, 30);
        services.readState.setRead(TestPosts.id("b.md"), true);
        services.readState.setRead(TestPosts.id("d.md"), true);
        press(ch('U'));
        assertThat(listedIds()).containsExactly("a.md", "c.md", "e.md");
        assertThat(state.message).contains("unread only");
        assertThat(services.remembered).containsExactly(new ListChoice(ListOrder.NEWEST, true));
        // A post read while the list shows unread posts stays until the list is made again: it does not vanish
        // under the selection.
        press(key(KeyType.Enter), ch('q'));
        assertThat(listedIds()).containsExactly("a.md", "c.md", "e.md");
        press(key(KeyType.Tab), ch('j'), ch('k'));
        assertThat(listedIds()).containsExactly("c.md", "e.md");
        press(ch('U'));
        assertThat(listedIds()).hasSize(5);
        assertThat(services.remembered).last().isEqualTo(new ListChoice(ListOrder.NEWEST, false));
    }

    @Test
    void capitalOStepsThroughTheOrdersKeepingTheSelectedPost() {
        start(TestPosts.sample(), 100, 30);
        press(ch('j'));
        assertThat(state.selectedPost().relativePath()).isEqualTo("b.md");
        press(ch('O'));
        assertThat(listedIds()).as("oldest first, undated last").containsExactly("d.md", "c.md", "b.md", "a.md", "e.md");
        assertThat(state.selectedPost().relativePath()).isEqualTo("b.md");
        press(ch('O'));
        // By source in pinyin: biān (编程), suí (随笔), xīn (新媒体: cnBeta › 热门 before 最新, then IT之家).
        assertThat(listedIds()).as("by source").containsExactly("b.md", "e.md", "c.md", "a.md", "d.md");
        press(ch('O'));
        // Chinese collation: Han titles in pinyin (bǐ, guó, méi), then Latin ones, as category names sort.
        assertThat(listedIds()).as("by title").containsExactly("c.md", "a.md", "e.md", "b.md", "d.md");
        assertThat(state.message).contains("by title");
        press(ch('O'));
        assertThat(listedIds()).containsExactly("a.md", "b.md", "c.md", "d.md", "e.md");
        assertThat(services.remembered).extracting(ListChoice::order)
                .containsExactly(ListOrder.OLDEST, ListOrder.SOURCE, ListOrder.TITLE, ListOrder.NEWEST);
    }

    @Test
    void theOrderHoldsInACategoryAndUnderATitleFilter() {
        start(TestPosts.sample(), 100, 30);
        press(ch('O'));
        press(key(KeyType.Tab), ch('j'), ch('j'), ch('j'));
        assertThat(state.selectedNode().name()).isEqualTo("新媒体");
        assertThat(listedIds()).containsExactly("d.md", "c.md", "a.md");
        press(key(KeyType.Tab), ch('/'), ch('n'));
        assertThat(listedIds()).containsExactly("d.md");
        press(key(KeyType.Backspace), ch('智'));
        assertThat(listedIds()).containsExactly("c.md");
        press(key(KeyType.Escape), key(KeyType.Tab), ch('g'), key(KeyType.Tab), ch('/'), ch('o'));
        assertThat(listedIds()).containsExactly("d.md", "b.md");
        press(ch('t'));
        assertThat(listedIds()).as("narrowing a sorted list keeps its order").containsExactly("d.md", "b.md");
    }

    @Test
    void nAndSpaceFollowTheListsOrder() {
        start(TestPosts.sample(), 100, 30);
        press(ch('O'), ch('g'), key(KeyType.Enter));
        assertThat(state.article.meta.relativePath()).isEqualTo("d.md");
        press(ch(' '));
        assertThat(state.article.meta.relativePath()).isEqualTo("c.md");
        press(ch('n'));
        assertThat(state.article.meta.relativePath()).isEqualTo("b.md");
    }

    @Test
    void capitalAAsksFirstAndOnlyYMarks() {
        start(TestPosts.sample(), 100, 30);
        services.readState.setRead(TestPosts.id("b.md"), true);
        press(ch('A'));
        assertThat(state.markAllAsked.text()).isEqualTo("Mark 4 posts read? y/n");
        assertThat(services.store.isRead(TestPosts.id("a.md"))).as("nothing marked before the answer").isFalse();
        press(ch('j'));
        assertThat(state.markAllAsked).isNull();
        assertThat(state.message).isEqualTo("Nothing marked");
        assertThat(state.selectedPost().relativePath()).as("the answer key does nothing else").isEqualTo("a.md");
        assertThat(services.store.isRead(TestPosts.id("a.md"))).isFalse();

        press(ch('A'), ch('y'));
        for (String post : List.of("a.md", "b.md", "c.md", "d.md", "e.md")) {
            assertThat(services.store.isRead(TestPosts.id(post))).as(post).isTrue();
        }
        assertThat(state.message).startsWith("Marked 4 posts read");
        press(ch('A'));
        assertThat(state.markAllAsked).isNull();
        assertThat(state.message).isEqualTo("Every listed post is read");
    }

    @Test
    void theQuestionCountsInThousands() {
        assertThat(new ReaderState.MarkAllQuestion(java.util.Collections.nCopies(10_000, "x")).text())
                .isEqualTo("Mark 10,000 posts read? y/n");
    }

    @Test
    void ctrlCStillQuitsWhileAQuestionIsAsked() {
        start(TestPosts.sample(), 100, 30);
        press(ch('A'), Keys.ctrl('c'));
        assertThat(state.quit).isTrue();
        assertThat(services.store.isRead(TestPosts.id("a.md"))).isFalse();
    }

    @Test
    void zUndoesTheLastMarkAllAndOnlyThePostsItMarked() {
        start(TestPosts.sample(), 100, 30);
        services.readState.setRead(TestPosts.id("b.md"), true);
        press(ch('A'), ch('y'), ch('z'));
        assertThat(services.store.isRead(TestPosts.id("a.md"))).isFalse();
        assertThat(services.store.isRead(TestPosts.id("e.md"))).isFalse();
        assertThat(services.store.isRead(TestPosts.id("b.md"))).as("read before A: stays read").isTrue();
        assertThat(state.message).isEqualTo("Undone: 4 posts unread again");
        press(ch('z'));
        assertThat(state.message).isEqualTo("Nothing to undo");
    }

    @Test
    void zUndoesRAndSInTheListAndTheArticle() {
        start(TestPosts.sample(), 100, 30);
        press(ch('r'));
        assertThat(services.store.isRead(TestPosts.id("a.md"))).isTrue();
        press(ch('z'));
        assertThat(services.store.isRead(TestPosts.id("a.md"))).isFalse();
        press(ch('s'), ch('z'));
        assertThat(services.store.isStarred(TestPosts.id("a.md"))).isFalse();
        assertThat(state.message).isEqualTo("Undone: star removed");

        press(key(KeyType.Enter));
        assertThat(services.store.isRead(TestPosts.id("a.md"))).as("opened: read").isTrue();
        press(ch('z'));
        assertThat(state.message).as("opening is not undone").isEqualTo("Nothing to undo");
        press(ch('r'));
        assertThat(services.store.isRead(TestPosts.id("a.md"))).isFalse();
        press(ch('z'));
        assertThat(services.store.isRead(TestPosts.id("a.md"))).isTrue();
        assertThat(state.message).isEqualTo("Undone: read again");
    }

    @Test
    void ctrlUnderscoreAsTerminalsSendItIsUndoToo() {
        assertThat(KeyBindings.actionFor(new KeyStroke('\u001f', false, false), false)).isEqualTo(Action.UNDO);
        assertThat(KeyBindings.actionFor(new KeyStroke('_', true, false), false)).isEqualTo(Action.UNDO);
        assertThat(KeyBindings.actionFor(ch('z'), false)).isEqualTo(Action.UNDO);
    }

    @Test
    void theStatusLineCountsTheMatchTheSearchWentTo() {
        start(TestPosts.sample(), 100, 30);
        List<String> body = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            body.add(i == 50 || i == 120 || i == 121 ? "外婆的故事" : "line " + i);
        }
        services.bodies.put("a.md", String.join("\n", body));
        press(key(KeyType.Enter), ch('/'));
        press(Keys.typed("外婆"));
        press(key(KeyType.Enter));
        assertThat(StatusLine.matchCount(state.article)).isEqualTo("1/3");
        press(ch('n'));
        assertThat(StatusLine.matchCount(state.article)).isEqualTo("2/3");
        press(ch('n'));
        assertThat(StatusLine.matchCount(state.article)).isEqualTo("3/3");
        press(ch('n'));
        assertThat(StatusLine.matchCount(state.article)).isEqualTo("1/3");
        press(ch('/'));
        press(Keys.typed("没有的词"));
        assertThat(StatusLine.matchCount(state.article)).isEqualTo("0/0");
    }
}
