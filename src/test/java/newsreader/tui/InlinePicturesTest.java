package newsreader.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.net.URI;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import newsreader.open.OpenOutcome;
import newsreader.open.OpenTarget;
import newsreader.open.picture.ImagePreview;
import newsreader.reading.Library;
import newsreader.render.DateLabel;
import newsreader.text.CellWidth;
import org.junit.jupiter.api.Test;

/**
 * With {@code graphics: sixel} or {@code kitty} (or kitty detected), a picture that no viewer can show goes to the
 * terminal's own graphics, with the screen handed over; otherwise the half-block overlay draws it.
 */
class InlinePicturesTest {
    private final FakeServices services = new FakeServices();

    private ReaderLoop loop(ReaderState state) {
        CellWidth widths = CellWidth.standard();
        VirtualScreen screen = new VirtualScreen(80, 24, widths);
        ReaderController controller = new ReaderController(state, services, widths);
        ReaderView view = new ReaderView(Theme.colour(), widths, new DateLabel(ZoneOffset.UTC));
        return new ReaderLoop(screen.screen, screen.painter, controller, view, new LinkedBlockingQueue<>());
    }

    private static OpenOutcome.ShowHere picture() {
        ImagePreview preview = new ImagePreview(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "image/png",
                new OpenTarget.Web(URI.create("https://img.example/a.png"), "https://img.example/a.png"));
        return new OpenOutcome.ShowHere(preview, "no display — showing it here");
    }

    @Test
    void configuredTerminalGraphicsGetThePictureInsteadOfTheOverlay() {
        ReaderState state = new ReaderState(Library.empty(TestPosts.ROOT));
        ReaderLoop loop = loop(state);
        List<ImagePreview> drawn = new ArrayList<>();
        loop.drawPicturesWith((preview, handoff) -> {
            drawn.add(preview);
            return new OpenOutcome.Done("shown here");
        });
        loop.handle(new ReaderEvent.Opened(picture()));
        assertThat(drawn).hasSize(1);
        assertThat(state.overlay).isNotEqualTo(ReaderState.Overlay.PICTURE);
        assertThat(state.message).isEqualTo("shown here");
    }

    @Test
    void withoutTerminalGraphicsThePictureIsTheHalfBlockOverlay() {
        ReaderState state = new ReaderState(Library.empty(TestPosts.ROOT));
        loop(state).handle(new ReaderEvent.Opened(picture()));
        assertThat(state.overlay).isEqualTo(ReaderState.Overlay.PICTURE);
        assertThat(state.picture).isNotNull();
    }
}
