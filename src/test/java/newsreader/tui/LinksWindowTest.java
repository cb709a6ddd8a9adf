package newsreader.tui;

import static newsreader.tui.Keys.ch;
import static newsreader.tui.Keys.key;
import static newsreader.tui.Keys.typed;
import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import newsreader.open.OpenOutcome;
import newsreader.post.PostMeta;
import newsreader.render.DateLabel;
import newsreader.render.Reference;
import newsreader.text.CellWidth;
import org.junit.jupiter.api.Test;

/** The u window: the header image listed first, c copies an entry, and no key is swallowed on the way out. */
class LinksWindowTest {
    private static final String HEAD = "https://img.example/head.jpg";

    private final FakeServices services = new FakeServices();
    private ReaderState state;
    private ReaderController controller;
    private VirtualScreen screen;
    private ReaderView view;

    private void start(String image) {
        List<PostMeta> posts = List.of(TestPosts.withImage(
                TestPosts.post("x.md", "有图", "2024-01-01T00:00:00Z", "随笔"), image));
        services.bodies.put("x.md", "line\n".repeat(80));
        state = new ReaderState(TestPosts.library(posts));
        controller = new ReaderController(state, services, CellWidth.standard());
        controller.resized(100, 30);
        screen = new VirtualScreen(100, 30, CellWidth.standard());
        view = new ReaderView(Theme.colour(), CellWidth.standard(), new DateLabel(ZoneOffset.UTC));
    }

    private void press(KeyStroke... keys) {
        for (KeyStroke k : keys) {
            controller.key(k);
        }
        screen.draw(state, view);
    }

    private void twelveLinks() {
        List<Reference> references = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            references.add(new Reference(i, "https://example.com/page" + i, false, "page " + i));
        }
        services.references = references;
    }

    private static String osc52(String url) {
        return "\u001b]52;c;" + Base64.getEncoder().encodeToString(url.getBytes(StandardCharsets.UTF_8)) + "\u001b\\";
    }

    @Test
    void theHeaderImageIsTheFirstEntryMarkedAsSuchAndItsKeyIsInTheTitle() {
        start(HEAD);
        press(key(KeyType.Enter), ch('u'));
        int header = screen.rowContaining("[H] header image: " + HEAD);
        int first = screen.rowContaining("[1] ");
        assertThat(header).isGreaterThanOrEqualTo(0).isLessThan(first);
        assertThat(screen.row(header - 1)).contains("0 the header image");
    }

    @Test
    void zeroOpensTheFrontMattersHeaderImageAsAnImage() {
        start(HEAD);
        press(key(KeyType.Enter), ch('u'), ch('0'));
        assertThat(services.opened).containsExactly("ref " + HEAD + " " + TestPosts.ROOT.resolve("x.md"));
        assertThat(state.overlay).isEqualTo(ReaderState.Overlay.NONE);
    }

    @Test
    void cThenAnEntryCopiesItsAddress() {
        start(HEAD);
        press(key(KeyType.Enter), ch('u'), ch('c'), ch('0'));
        assertThat(state.rawOutput).isEqualTo(osc52(HEAD));
        assertThat(services.opened).isEmpty();
        press(ch('u'), ch('c'), ch('2'));
        assertThat(state.rawOutput).isEqualTo(osc52("https://example.com/page"));
    }

    @Test
    void aPostWithoutAHeaderImageListsNone() {
        start(null);
        press(key(KeyType.Enter), ch('u'));
        assertThat(screen.screenText()).doesNotContain("[H]");
        press(ch('0'));
        assertThat(services.opened).isEmpty();
        assertThat(state.message).isEqualTo("This post has no header image");
    }

    @Test
    void afterANumberAndCTheNextKeysReachTheArticle() {
        twelveLinks();
        start(HEAD);
        press(key(KeyType.Enter), ch('u'), ch('1'), ch('c'));
        assertThat(state.rawOutput).isEqualTo(osc52("https://example.com/page1"));
        assertThat(state.overlay).isEqualTo(ReaderState.Overlay.NONE);
        press(ch('j'));
        assertThat(state.article.top).as("j scrolled the article").isEqualTo(1);
        press(ch('/'));
        press(typed("line"));
        assertThat(state.article.searching()).isTrue();
        assertThat(state.article.searchInput.text()).isEqualTo("line");
    }

    @Test
    void aKeyTheAddressWindowHasNoUseForClosesItAndStillActs() {
        start(HEAD);
        press(key(KeyType.Enter), ch('o'));
        controller.update(new ReaderEvent.Opened(new OpenOutcome.Failed("download failed: connection refused")));
        assertThat(state.overlay).isEqualTo(ReaderState.Overlay.LINK);
        press(ch('c'), ch('j'));
        assertThat(state.overlay).isEqualTo(ReaderState.Overlay.NONE);
        assertThat(state.article.top).as("j scrolled the article").isEqualTo(1);

        press(ch('o'));
        controller.update(new ReaderEvent.Opened(new OpenOutcome.Failed("download failed: connection refused")));
        assertThat(state.overlay).isEqualTo(ReaderState.Overlay.LINK);
        press(key(KeyType.Escape));
        assertThat(state.overlay).isEqualTo(ReaderState.Overlay.NONE);
        assertThat(state.mode).as("Esc only closes the window").isEqualTo(ReaderState.Mode.ARTICLE);
        press(ch('o'));
        controller.update(new ReaderEvent.Opened(new OpenOutcome.Failed("download failed: connection refused")));
        press(ch('u'));
        assertThat(state.overlay).as("u goes on to the links window").isEqualTo(ReaderState.Overlay.LINKS);
    }
}
