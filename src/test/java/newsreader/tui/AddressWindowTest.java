package newsreader.tui;

import static newsreader.tui.Keys.ch;
import static newsreader.tui.Keys.key;
import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import java.awt.image.BufferedImage;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import newsreader.open.OpenOutcome;
import newsreader.open.OpenTarget;
import newsreader.open.ScreenHandoff;
import newsreader.open.picture.ImagePreview;
import newsreader.post.PostMeta;
import newsreader.render.DateLabel;
import newsreader.text.CellWidth;
import org.junit.jupiter.api.Test;

/**
 * Offline, with no viewer: whatever window the reader shows for an image still gives the user its address, whole,
 * as an OSC 8 hyperlink over the address itself, and {@code c} copies it with OSC 52.
 */
class AddressWindowTest {
    /** Longer than the window is wide (72 columns): it must wrap, never be cut. */
    private static final String LONG = "https://127.0.0.1:9/images/2024/a-rather-long-path/that-will-not-fit-on-one-"
            + "line-of-the-window/header-picture.png";

    private final FakeServices services = new FakeServices();
    private final List<String> written = new ArrayList<>();
    private ReaderState state;
    private ReaderController controller;
    private VirtualScreen screen;
    private ReaderLoop loop;

    private void start() {
        List<PostMeta> posts = List.of(TestPosts.withImage(
                TestPosts.post("x.md", "有图", "2024-01-01T00:00:00Z", "随笔"), LONG));
        state = new ReaderState(TestPosts.library(posts));
        controller = new ReaderController(state, services, CellWidth.standard());
        screen = new VirtualScreen(100, 30, CellWidth.standard());
        ReaderView view = new ReaderView(Theme.colour(), CellWidth.standard(), new DateLabel(ZoneOffset.UTC));
        loop = new ReaderLoop(screen.screen, screen.painter, controller, view, new LinkedBlockingQueue<>(),
                ScreenHandoff.NONE, written::add);
        controller.resized(100, 30);
    }

    private void handle(ReaderEvent event) throws Exception {
        loop.handle(event);
        loop.draw(false);
    }

    private static String osc52(String url) {
        return "\u001b]52;c;" + Base64.getEncoder().encodeToString(url.getBytes(StandardCharsets.UTF_8)) + "\u001b\\";
    }

    /** The shown address read back from the screen, line after line. */
    private String addressOnScreen() {
        StringBuilder shown = new StringBuilder();
        for (ReaderState.LinkSpot spot : state.linkSpots) {
            assertThat(screen.row(spot.row())).contains(spot.text());
            shown.append(spot.text());
        }
        return shown.toString();
    }

    private void assertHyperlinkedOverEachLine() {
        assertThat(state.linkSpots).hasSizeGreaterThan(1);
        for (ReaderState.LinkSpot spot : state.linkSpots) {
            assertThat(written).contains("\u001b7\u001b[" + (spot.row() + 1) + ";" + (spot.column() + 1) + "H"
                    + spot.style().sgr() + "\u001b]8;;" + LONG + "\u001b\\" + spot.text() + "\u001b]8;;\u001b\\\u001b8");
        }
    }

    @Test
    void anImageThatCannotBeFetchedLeavesAWindowWithItsWholeAddressLinkedAndCopiable() throws Exception {
        start();
        handle(new ReaderEvent.Key(key(KeyType.Enter)));
        handle(new ReaderEvent.Key(ch('o')));
        handle(new ReaderEvent.Opened(new OpenOutcome.Failed("download failed: connection refused")));

        assertThat(state.overlay).isEqualTo(ReaderState.Overlay.LINK);
        assertThat(screen.row(29)).contains("download failed: connection refused");
        assertThat(addressOnScreen()).isEqualTo(LONG);
        assertHyperlinkedOverEachLine();

        written.clear();
        handle(new ReaderEvent.Key(ch('c')));
        assertThat(written).contains(osc52(LONG));
    }

    @Test
    void aCancelledOpenShowsNoWindow() throws Exception {
        start();
        handle(new ReaderEvent.Key(key(KeyType.Enter)));
        handle(new ReaderEvent.Key(ch('o')));
        handle(new ReaderEvent.Key(key(KeyType.Escape)));
        handle(new ReaderEvent.Opened(new OpenOutcome.Failed("opening cancelled")));
        assertThat(state.overlay).isEqualTo(ReaderState.Overlay.NONE);
    }

    @Test
    void thePictureWindowShowsTheWholeAddressLinkedAndCCopiesIt() throws Exception {
        start();
        BufferedImage image = new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB);
        OpenTarget.Web target = new OpenTarget.Web(URI.create(LONG), LONG);
        handle(new ReaderEvent.Opened(new OpenOutcome.ShowHere(new ImagePreview(image, "image/png", target),
                "no display — showing it here")));

        assertThat(state.overlay).isEqualTo(ReaderState.Overlay.PICTURE);
        assertThat(addressOnScreen()).isEqualTo(LONG);
        assertHyperlinkedOverEachLine();

        written.clear();
        handle(new ReaderEvent.Key(ch('c')));
        assertThat(written).contains(osc52(LONG));
        assertThat(state.overlay).as("c copies and leaves the picture up").isEqualTo(ReaderState.Overlay.PICTURE);
    }
}
