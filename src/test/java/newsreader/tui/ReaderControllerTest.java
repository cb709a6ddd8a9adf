package newsreader.tui;

import static newsreader.tui.Keys.ch;
import static newsreader.tui.Keys.ctrl;
import static newsreader.tui.Keys.key;
import static newsreader.tui.Keys.typed;
import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.ArrayList;
import java.util.List;
import newsreader.post.PostMeta;
import newsreader.reading.Library;
import newsreader.text.CellWidth;
import org.junit.jupiter.api.Test;

class ReaderControllerTest {
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

    private List<String> treeNames() {
        return state.treeRows().stream().map(CategoryNode::name).toList();
    }

    @Test
    void startsWithAllPostsNewestFirstAndTheListFocused() {
        start(TestPosts.sample(), 100, 30);
        assertThat(listedIds()).containsExactly("a.md", "b.md", "c.md", "d.md", "e.md");
        assertThat(state.focus).isEqualTo(ReaderState.Pane.LIST);
        // Pinyin order: biān, suí, xīn.
        assertThat(treeNames()).containsExactly("All posts", "编程", "随笔", "新媒体", "Starred", "Undated", "Problems");
    }

    @Test
    void movingInTheTreeFiltersTheListAtOnce() {
        start(TestPosts.sample(), 100, 30);
        press(key(KeyType.Tab), ch('j'));
        assertThat(state.selectedNode().name()).isEqualTo("编程");
        assertThat(listedIds()).containsExactly("b.md");
        press(key(KeyType.ArrowDown), key(KeyType.ArrowDown));
        assertThat(state.selectedNode().name()).isEqualTo("新媒体");
        assertThat(listedIds()).containsExactly("a.md", "c.md", "d.md");
    }

    @Test
    void categoriesExpandWithLAndCollapseWithH() {
        start(TestPosts.sample(), 100, 30);
        press(ch('h'), ch('j'), ch('j'), ch('j'), ch('l'));
        assertThat(treeNames()).containsSubsequence("随笔", "新媒体", "cnBeta", "IT之家", "Starred");
        press(ch('j'));
        assertThat(state.selectedNode().path()).containsExactly("新媒体", "cnBeta");
        assertThat(listedIds()).containsExactly("a.md", "c.md");
        press(ch('h'));
        assertThat(state.selectedNode().name()).isEqualTo("新媒体");
        press(key(KeyType.ArrowLeft));
        assertThat(treeNames()).doesNotContain("cnBeta");
    }

    @Test
    void undatedEntryListsUndatedPostsAndProblemsShowTheirReason() {
        start(TestPosts.sample(), 100, 30);
        press(key(KeyType.Tab), ch('G'), ch('k'));
        assertThat(state.selectedNode().name()).isEqualTo("Undated");
        assertThat(listedIds()).containsExactly("e.md");
        press(ch('j'));
        assertThat(state.listingProblems).isTrue();
        press(key(KeyType.Enter), key(KeyType.Enter));
        assertThat(state.mode).isEqualTo(ReaderState.Mode.ARTICLE);
        assertThat(state.article.lines).anySatisfy(l -> assertThat(l.text()).contains("bad.md"));
        assertThat(state.article.lines).anySatisfy(l -> assertThat(l.text()).contains("no closing ---"));
    }

    @Test
    void slashFiltersTheListByChineseTitleAsItIsTyped() {
        start(TestPosts.sample(), 100, 30);
        press(ch('/'));
        assertThat(state.filtering()).isTrue();
        press(typed("智能"));
        assertThat(listedIds()).containsExactly("c.md");
        press(key(KeyType.Backspace), key(KeyType.Backspace));
        assertThat(listedIds()).hasSize(5);
        press(typed("spring"));
        assertThat(listedIds()).containsExactly("b.md");
        press(key(KeyType.Enter));
        assertThat(state.filtering()).isFalse();
        assertThat(state.filter).isEqualTo("spring");
        press(key(KeyType.Escape));
        assertThat(state.filter).isEmpty();
        assertThat(listedIds()).hasSize(5);
    }

    @Test
    void filterAcceptsACharacterOutsideTheBmpArrivingAsTwoKeystrokes() {
        List<PostMeta> posts = List.of(TestPosts.post("x.md", "生僻字𠀋的故事", "2024-01-01T00:00:00Z", "随笔"),
                TestPosts.post("y.md", "普通", "2024-01-01T00:00:00Z", "随笔"));
        start(TestPosts.library(posts), 100, 30);
        press(ch('/'));
        press(typed("𠀋"));
        assertThat(state.filterInput.text()).isEqualTo("𠀋");
        assertThat(listedIds()).containsExactly("x.md");
        press(key(KeyType.Backspace));
        assertThat(state.filterInput.text()).isEmpty();
    }

    @Test
    void enterOnTheListOpensThePostAndMarksItRead() {
        start(TestPosts.sample(), 100, 30);
        press(ch('j'), key(KeyType.Enter));
        assertThat(state.mode).isEqualTo(ReaderState.Mode.ARTICLE);
        assertThat(state.article.meta.relativePath()).isEqualTo("b.md");
        assertThat(state.article.lines.get(0).text()).isEqualTo("Spring Boot startup");
        assertThat(services.store.isRead(TestPosts.id("b.md"))).isTrue();
        assertThat(services.store.isRead(TestPosts.id("a.md"))).isFalse();
    }

    @Test
    void qGoesBackFromTheArticleAndQuitsFromTheTop() {
        start(TestPosts.sample(), 100, 30);
        press(key(KeyType.Enter), ch('q'));
        assertThat(state.mode).isEqualTo(ReaderState.Mode.BROWSE);
        assertThat(state.quit).isFalse();
        press(ch('q'));
        assertThat(state.quit).isTrue();
    }

    @Test
    void onANarrowScreenQGoesFromListToTreeBeforeQuitting() {
        start(TestPosts.sample(), 60, 20);
        assertThat(state.layout().list().isEmpty()).isFalse();
        assertThat(state.layout().tree().isEmpty()).isTrue();
        press(ch('q'));
        assertThat(state.focus).isEqualTo(ReaderState.Pane.TREE);
        assertThat(state.quit).isFalse();
        press(ch('q'));
        assertThat(state.quit).isTrue();
    }

    @Test
    void capitalQAndCtrlCQuitFromAnywhere() {
        start(TestPosts.sample(), 100, 30);
        press(key(KeyType.Enter), ch('Q'));
        assertThat(state.quit).isTrue();

        start(TestPosts.sample(), 100, 30);
        press(ch('/'), ctrl('c'));
        assertThat(state.quit).isTrue();
    }

    @Test
    void ctrlZAsksToSuspendFromTheListAPromptAndAWindowWhichStaysOpen() {
        start(TestPosts.sample(), 100, 30);
        press(ctrl('z'));
        assertThat(state.suspend).isTrue();
        assertThat(state.quit).isFalse();

        start(TestPosts.sample(), 100, 30);
        press(ch('/'), ch('S'), ctrl('z'));
        assertThat(state.suspend).isTrue();
        assertThat(state.filterInput.text()).as("Ctrl-z is not typed into the prompt").isEqualTo("S");

        start(TestPosts.sample(), 100, 30);
        press(ch('?'), ctrl('z'));
        assertThat(state.suspend).isTrue();
        assertThat(state.overlay).isEqualTo(ReaderState.Overlay.HELP);
    }

    @Test
    void aStopSignalFromOutsideAsksToSuspendAsCtrlZDoes() {
        start(TestPosts.sample(), 100, 30);
        controller.update(new ReaderEvent.StopAsked());
        assertThat(state.suspend).isTrue();
        assertThat(state.quit).isFalse();
    }

    @Test
    void escapeNeverQuits() {
        start(TestPosts.sample(), 100, 30);
        press(key(KeyType.Escape), key(KeyType.Escape), key(KeyType.Tab), key(KeyType.Escape));
        assertThat(state.quit).isFalse();
    }

    @Test
    void articleScrollsWithViLessAndArrowKeys() {
        start(TestPosts.sample(), 100, 30);
        services.bodies.put("a.md", String.join("\n", numberedLines(200)));
        press(key(KeyType.Enter));
        int height = state.layout().article().height();
        press(ch('j'), key(KeyType.ArrowDown));
        assertThat(state.article.top).isEqualTo(2);
        press(ch('k'));
        assertThat(state.article.top).isEqualTo(1);
        press(ch(' '));
        assertThat(state.article.top).isEqualTo(1 + height - 1);
        press(ch('b'));
        assertThat(state.article.top).isEqualTo(1);
        press(ctrl('d'));
        assertThat(state.article.top).isEqualTo(1 + height / 2);
        press(ctrl('u'), ctrl('f'), key(KeyType.PageDown));
        assertThat(state.article.top).isEqualTo(1 + 2 * (height - 1));
        press(ctrl('b'), key(KeyType.PageUp));
        assertThat(state.article.top).isEqualTo(1);
        press(key(KeyType.PageUp));
        assertThat(state.article.top).isZero();
        press(ch('G'));
        assertThat(state.article.top).isEqualTo(state.article.lines.size() - height);
        press(ch('g'));
        assertThat(state.article.top).isZero();
        press(key(KeyType.End), key(KeyType.Home));
        assertThat(state.article.top).isZero();
    }

    @Test
    void searchInTheArticleJumpsToMatchesAndNAndCapitalNMove() {
        start(TestPosts.sample(), 100, 30);
        List<String> lines = numberedLines(200);
        lines.set(50, "看看外婆");
        lines.set(120, "又见外婆");
        services.bodies.put("a.md", String.join("\n", lines));
        press(key(KeyType.Enter), ch('/'));
        press(typed("外婆"));
        int first = state.article.top;
        assertThat(state.article.lines.get(first).text()).contains("外婆");
        press(key(KeyType.Enter));
        assertThat(state.article.search).isEqualTo("外婆");
        press(ch('n'));
        assertThat(state.article.lines.get(state.article.top).text()).isEqualTo("又见外婆");
        press(ch('N'));
        assertThat(state.article.top).isEqualTo(first);
        press(ch('n'), ch('n'));
        assertThat(state.article.top).isEqualTo(first);
        assertThat(state.message).contains("wrapped");
    }

    @Test
    void searchForMissingTextSaysSoAndEscapeGoesBackToWhereItStarted() {
        start(TestPosts.sample(), 100, 30);
        services.bodies.put("a.md", String.join("\n", numberedLines(200)));
        press(key(KeyType.Enter), ch(' '));
        int before = state.article.top;
        press(ch('/'));
        press(typed("line 150"));
        assertThat(state.article.top).isNotEqualTo(before);
        press(key(KeyType.Escape));
        assertThat(state.article.top).isEqualTo(before);
        assertThat(state.article.search).isEmpty();
        press(ch('/'));
        press(typed("不存在"));
        press(key(KeyType.Enter));
        assertThat(state.message).contains("Not found");
    }

    @Test
    void capitalJAndKOpenTheNextAndPreviousPost() {
        start(TestPosts.sample(), 100, 30);
        press(key(KeyType.Enter), ch('J'));
        assertThat(state.article.meta.relativePath()).isEqualTo("b.md");
        press(ch('J'));
        assertThat(state.article.meta.relativePath()).isEqualTo("c.md");
        press(ch('K'));
        assertThat(state.article.meta.relativePath()).isEqualTo("b.md");
        assertThat(services.store.isRead(TestPosts.id("c.md"))).isTrue();
    }

    @Test
    void nOpensTheNextUnreadPostWhenNoSearchIsActive() {
        start(TestPosts.sample(), 100, 30);
        services.readState.setRead(TestPosts.id("b.md"), true);
        services.readState.setRead(TestPosts.id("c.md"), true);
        press(key(KeyType.Enter), ch('n'));
        assertThat(state.article.meta.relativePath()).isEqualTo("d.md");
        press(ch('n'));
        assertThat(state.article.meta.relativePath()).isEqualTo("e.md");
        press(ch('n'));
        assertThat(state.message).contains("No unread");
    }

    @Test
    void nInTheTreeSelectsTheNextUnreadPostAndGoesToTheList() {
        start(TestPosts.sample(), 100, 30);
        services.readState.setRead(TestPosts.id("b.md"), true);
        press(key(KeyType.Tab));
        assertThat(state.focus).isEqualTo(ReaderState.Pane.TREE);
        press(ch('n'));
        assertThat(state.focus).isEqualTo(ReaderState.Pane.LIST);
        assertThat(state.selectedPost().relativePath()).isEqualTo("c.md");
        assertThat(state.mode).isEqualTo(ReaderState.Mode.BROWSE);
    }

    @Test
    void rTogglesReadAndCapitalAMarksEveryListedPostRead() {
        start(TestPosts.sample(), 100, 30);
        press(ch('r'));
        assertThat(services.store.isRead(TestPosts.id("a.md"))).isTrue();
        press(ch('r'));
        assertThat(services.store.isRead(TestPosts.id("a.md"))).isFalse();
        press(key(KeyType.Tab), ch('j'), ch('j'), ch('j'), ch('A'), ch('y'));
        assertThat(services.store.isRead(TestPosts.id("a.md"))).isTrue();
        assertThat(services.store.isRead(TestPosts.id("c.md"))).isTrue();
        assertThat(services.store.isRead(TestPosts.id("b.md"))).isFalse();
    }

    @Test
    void oAsksToOpenTheHeaderImageAndUListsTheLinks() {
        List<PostMeta> posts = List.of(TestPosts.withImage(
                TestPosts.post("x.md", "有图", "2024-01-01T00:00:00Z", "随笔"), "https://img.example/head.jpg"));
        start(TestPosts.library(posts), 100, 30);
        press(ch('o'));
        assertThat(services.opened).containsExactly("image x.md 0");
        assertThat(state.message).isEqualTo("Opening the image…");
        press(key(KeyType.Enter), ch('u'));
        assertThat(state.overlay).isEqualTo(ReaderState.Overlay.LINKS);
        press(ch('q'));
        assertThat(state.overlay).isEqualTo(ReaderState.Overlay.NONE);
        assertThat(state.mode).isEqualTo(ReaderState.Mode.ARTICLE);
    }

    @Test
    void questionMarkShowsHelpThatScrollsAndClosesOnAnyOtherKey() {
        start(TestPosts.sample(), 100, 30);
        press(ch('?'));
        assertThat(state.overlay).isEqualTo(ReaderState.Overlay.HELP);
        press(ch('j'));
        assertThat(state.overlay).isEqualTo(ReaderState.Overlay.HELP);
        assertThat(state.selectedNode().name()).isEqualTo("All posts");
        press(key(KeyType.Escape));
        assertThat(state.overlay).isEqualTo(ReaderState.Overlay.NONE);
        assertThat(state.quit).isFalse();
    }

    @Test
    void capitalRReloadsAndTheSelectionSurvivesTheNewScan() {
        start(TestPosts.sample(), 100, 30);
        press(ch('j'), ch('j'), ch('R'));
        assertThat(services.reloads).isEqualTo(1);
        assertThat(state.loading).isTrue();
        List<PostMeta> more = new ArrayList<>(TestPosts.sample().posts());
        more.add(0, TestPosts.post("new.md", "新文章", "2024-06-01T00:00:00Z", "随笔"));
        controller.loaded(TestPosts.library(more));
        assertThat(state.loading).isFalse();
        assertThat(state.selectedPost().relativePath()).isEqualTo("c.md");
        assertThat(state.listed).hasSize(6);
    }

    @Test
    void aPostThatCannotBeReadGivesAMessageAndTheReaderStays() {
        start(TestPosts.sample(), 100, 30);
        services.failures.put("a.md", "invalid UTF-8 at byte 12");
        press(key(KeyType.Enter));
        assertThat(state.mode).isEqualTo(ReaderState.Mode.BROWSE);
        assertThat(state.message).contains("a.md").contains("invalid UTF-8");
        assertThat(services.store.isRead(TestPosts.id("a.md"))).isFalse();
    }

    @Test
    void aPostThatOverflowsTheRenderersStackGivesAMessageAndTheReaderStays() {
        ReaderServices deep = new FakeServices() {
            @Override
            public newsreader.post.Post read(PostMeta meta) {
                return new newsreader.post.Post(meta, "<div>".repeat(100_000));
            }

            @Override
            public newsreader.render.RenderedArticle layOut(newsreader.post.Post post, int width,
                                                            newsreader.reading.ChineseScript script) {
                throw new StackOverflowError();
            }

            @Override
            public newsreader.reading.ReadState readState() {
                return services.readState;
            }
        };
        state = new ReaderState(TestPosts.sample());
        controller = new ReaderController(state, deep, CellWidth.standard());
        controller.resized(100, 30);
        press(key(KeyType.Enter));
        assertThat(state.mode).isEqualTo(ReaderState.Mode.BROWSE);
        assertThat(state.message).contains("a.md").contains("StackOverflowError");
    }

    @Test
    void theSelectionStaysVisibleWhileMovingAndAfterAResize() {
        List<PostMeta> posts = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            posts.add(TestPosts.post("p" + i + ".md", "标题 " + i, "2024-01-01T00:00:00Z", "随笔"));
        }
        start(TestPosts.library(posts), 100, 30);
        for (int i = 0; i < 100; i++) {
            press(ch('j'));
            assertSelectionVisible();
        }
        press(ch('G'));
        assertThat(state.listSelection).isEqualTo(299);
        assertSelectionVisible();
        controller.resized(20, 6);
        assertSelectionVisible();
        press(ch('g'), ctrl('f'), ctrl('f'));
        assertSelectionVisible();
    }

    private void assertSelectionVisible() {
        int height = state.layout().list().height();
        assertThat(state.listSelection).isBetween(state.listTop, state.listTop + height - 1);
    }

    @Test
    void aResizeLaysTheArticleOutAgainAtTheNewWidth() {
        start(TestPosts.sample(), 100, 30);
        services.bodies.put("a.md", "很长的段落".repeat(100));
        press(key(KeyType.Enter));
        int linesAtWide = state.article.lines.size();
        controller.resized(40, 20);
        assertThat(services.layoutWidths).endsWith(38);
        assertThat(state.article.lines.size()).isGreaterThan(linesAtWide);
    }

    @Test
    void aStartUpNoticeOutlivesTheFirstScanButNotTheSecond() {
        start(TestPosts.sample(), 100, 30);
        state.notice = "Locale LANG=C is not UTF-8";
        controller.loaded(TestPosts.sample());
        assertThat(state.message).contains("not UTF-8");
        controller.loaded(TestPosts.sample());
        assertThat(state.message).isEqualTo("5 posts, 1 problem");
    }

    @Test
    void tabSwitchesPanes() {
        start(TestPosts.sample(), 100, 30);
        press(key(KeyType.Tab));
        assertThat(state.focus).isEqualTo(ReaderState.Pane.TREE);
        press(key(KeyType.Tab));
        assertThat(state.focus).isEqualTo(ReaderState.Pane.LIST);
    }

    private static List<String> numberedLines(int n) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            lines.add("line " + i);
        }
        return lines;
    }
}
