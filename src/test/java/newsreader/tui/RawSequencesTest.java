package newsreader.tui;

import static newsreader.tui.Keys.ch;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import newsreader.open.OpenOutcome;
import newsreader.open.OpenTarget;
import newsreader.render.DateLabel;
import newsreader.text.CellWidth;
import org.junit.jupiter.api.Test;

/** What the loop writes past the screen layer: the OSC 8 hyperlink over a shown address and the OSC 52 copy. */
class RawSequencesTest {
    @Test
    void theAddressIsWrittenAgainAsAHyperlinkOverTheSameCellsAndCCopiesOnce() throws Exception {
        FakeServices services = new FakeServices();
        ReaderState state = new ReaderState(TestPosts.sample());
        ReaderController controller = new ReaderController(state, services, CellWidth.standard());
        VirtualScreen screen = new VirtualScreen(100, 30, CellWidth.standard());
        ReaderView view = new ReaderView(Theme.colour(), CellWidth.standard(), new DateLabel(ZoneOffset.UTC));
        List<String> written = new ArrayList<>();
        ReaderLoop loop = new ReaderLoop(screen.screen, screen.painter, controller, view, new LinkedBlockingQueue<>(),
                newsreader.open.ScreenHandoff.NONE, written::add);
        controller.resized(100, 30);
        OpenTarget.Web link = new OpenTarget.Web(URI.create("https://example.com/x"), "https://example.com/x");

        loop.handle(new ReaderEvent.Opened(new OpenOutcome.ShowLink(link, "no browser here")));
        loop.draw(true);
        ReaderState.LinkSpot spot = state.linkSpots.get(0);
        assertThat(written).containsExactly("\u001b7\u001b[" + (spot.row() + 1) + ";" + (spot.column() + 1) + "H"
                + spot.style().sgr() + "\u001b]8;;https://example.com/x\u001b\\" + "https://example.com/x" + "\u001b]8;;\u001b\\\u001b8");
        assertThat(screen.row(spot.row())).contains("https://example.com/x");

        written.clear();
        loop.handle(new ReaderEvent.Key(ch('c')));
        loop.draw(false);
        assertThat(written.get(0)).startsWith("\u001b]52;c;");
        written.clear();
        loop.handle(new ReaderEvent.Key(ch('x')));
        loop.draw(false);
        assertThat(written).as("the window is closed: nothing more is written").isEmpty();
    }
}
