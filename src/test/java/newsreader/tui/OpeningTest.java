package newsreader.tui;

import static newsreader.tui.Keys.ch;
import static newsreader.tui.Keys.key;
import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.awt.image.BufferedImage;
import java.net.URI;
import java.time.ZoneOffset;
import java.util.List;
import newsreader.open.ColorDepth;
import newsreader.open.OpenOutcome;
import newsreader.open.OpenTarget;
import newsreader.open.picture.ImagePreview;
import newsreader.post.PostMeta;
import newsreader.render.DateLabel;
import newsreader.text.CellWidth;
import org.junit.jupiter.api.Test;

/** o, the numbers of the u window, and what the reader does with each outcome of opening. */
class OpeningTest {
    private static final OpenTarget.Web LINK = new OpenTarget.Web(URI.create("https://example.com/a"),
            "https://example.com/a");

    private final FakeServices services = new FakeServices();
    private ReaderState state;
    private ReaderController controller;
    private VirtualScreen screen;
    private ReaderView view;

    private void start(int columns, int rows, CellWidth widths) {
        List<PostMeta> posts = List.of(TestPosts.withImage(
                TestPosts.post("x.md", "有图", "2024-01-01T00:00:00Z", "随笔"), "https://img.example/head.jpg"),
                TestPosts.post("y.md", "没图", "2023-01-01T00:00:00Z", "随笔"));
        state = new ReaderState(TestPosts.library(posts));
        controller = new ReaderController(state, services, widths);
        controller.resized(columns, rows);
        screen = new VirtualScreen(columns, rows, widths);
        view = new ReaderView(Theme.colour(), widths, new DateLabel(ZoneOffset.UTC))
                .withColorDepth(ColorDepth.TRUE_COLOR);
    }

    private void start() {
        start(100, 30, CellWidth.standard());
    }

    private void press(KeyStroke... keys) {
        for (KeyStroke k : keys) {
            controller.key(k);
        }
        screen.draw(state, view);
    }

    private static ImagePreview redOverBlue() {
        BufferedImage image = new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, 0xff0000);
        image.setRGB(1, 0, 0xff0000);
        image.setRGB(0, 1, 0x0000ff);
        image.setRGB(1, 1, 0x0000ff);
        return new ImagePreview(image, "image/png", LINK);
    }

    @Test
    void oInTheArticleOpensTheHeaderImageWithTheArticlesReferences() {
        start();
        press(key(KeyType.Enter), ch('o'));
        assertThat(services.opened).containsExactly("image x.md 2");
    }

    @Test
    void theAddressOfferedWhenOpeningFailsPassesOverTheConfigsPlaceholdersAsTheOpenerDoes() {
        // The config names the header image's host as a placeholder: o opens the body's own picture, and if that
        // fails the address window offers that picture, not the placeholder.
        services.placeholders = newsreader.post.PlaceholderImages.defaults().with(List.of("img.example"));
        start();
        press(key(KeyType.Enter), ch('o'));
        controller.update(new ReaderEvent.Opened(new OpenOutcome.Failed("download failed: connection refused")));
        assertThat(state.overlay).isEqualTo(ReaderState.Overlay.LINK);
        assertThat(state.link.text()).isEqualTo("https://example.com/a.jpg");
    }

    @Test
    void escWhileAnImageIsOpeningCancelsItAndTheNextEscGoesBack() {
        start();
        press(key(KeyType.Enter), ch('o'), key(KeyType.Escape));
        assertThat(services.opened).containsExactly("image x.md 2", "cancel");
        assertThat(state.mode).isEqualTo(ReaderState.Mode.ARTICLE);
        assertThat(state.message).isEqualTo("Cancelling…");
        controller.update(new ReaderEvent.Opened(new OpenOutcome.Failed("opening cancelled")));
        assertThat(state.message).isEqualTo("opening cancelled");
        press(key(KeyType.Escape));
        assertThat(services.opened).containsExactly("image x.md 2", "cancel");
        assertThat(state.mode).isEqualTo(ReaderState.Mode.BROWSE);
    }

    @Test
    void escAfterTheOutcomeCameBackCancelsNothing() {
        start();
        press(key(KeyType.Enter), ch('o'));
        controller.update(new ReaderEvent.Opened(new OpenOutcome.Done("opened with feh")));
        press(key(KeyType.Escape));
        assertThat(services.opened).containsExactly("image x.md 2");
        assertThat(state.mode).isEqualTo(ReaderState.Mode.BROWSE);
    }

    @Test
    void aDigitInTheLinksWindowOpensThatLinkWithThePostsFile() {
        start();
        press(key(KeyType.Enter), ch('u'), ch('2'));
        assertThat(services.opened).containsExactly("ref https://example.com/page " + TestPosts.ROOT.resolve("x.md"));
        assertThat(state.overlay).isEqualTo(ReaderState.Overlay.NONE);
        assertThat(state.message).isEqualTo("Opening [2]…");
    }

    @Test
    void aNumberWithNoLinkSaysSoAndOtherKeysStillCloseTheWindow() {
        start();
        press(key(KeyType.Enter), ch('u'), ch('7'));
        assertThat(services.opened).isEmpty();
        assertThat(state.message).isEqualTo("No link [7]");
        press(ch('u'), ch('q'));
        assertThat(state.overlay).isEqualTo(ReaderState.Overlay.NONE);
        assertThat(state.mode).isEqualTo(ReaderState.Mode.ARTICLE);
    }

    @Test
    void progressAndPlainOutcomesGoToTheStatusLine() {
        start();
        controller.update(new ReaderEvent.Downloading(40, 100));
        assertThat(state.message).isEqualTo("downloading… 40%");
        controller.update(new ReaderEvent.Opened(new OpenOutcome.Done("opened with feh")));
        assertThat(state.message).isEqualTo("opened with feh");
        controller.update(new ReaderEvent.Opened(new OpenOutcome.Failed("download failed: timed out after 10 s")));
        screen.draw(state, view);
        assertThat(screen.row(29)).contains("download failed: timed out after 10 s");
    }

    @Test
    void anImageShownHereIsDrawnInHalfBlocksWithItsColoursAndAnyKeyClosesIt() {
        start();
        controller.update(new ReaderEvent.Opened(new OpenOutcome.ShowHere(redOverBlue(), "no display — showing it here")));
        screen.draw(state, view);
        assertThat(state.overlay).isEqualTo(ReaderState.Overlay.PICTURE);
        assertThat(screen.screenText()).contains("▀▀").contains("no display — showing it here");
        int top = screen.rowContaining("▀");
        int column = screen.columnOf("▀", top);
        int bottom = top;
        while (screen.cell(column, bottom + 1).getCharacterString().equals("▀")) {
            bottom++;
        }
        assertThat(bottom).as("a picture many rows tall").isGreaterThan(top + 5);
        assertThat(screen.cell(column, top).getForegroundColor()).isEqualTo(new TextColor.RGB(255, 0, 0));
        assertThat(screen.cell(column, bottom).getBackgroundColor()).isEqualTo(new TextColor.RGB(0, 0, 255));

        press(ch('x'));
        assertThat(state.overlay).isEqualTo(ReaderState.Overlay.NONE);
        assertThat(screen.screenText()).doesNotContain("▀");
    }

    @Test
    void whereAmbiguousCharactersAreWideThePictureIsColouredSpaces() {
        start(100, 30, new CellWidth(2));
        controller.update(new ReaderEvent.Opened(new OpenOutcome.ShowHere(redOverBlue(), "shown")));
        screen.draw(state, view);
        assertThat(screen.screenText()).doesNotContain("▀");
        boolean red = false;
        for (int row = 1; row < 29; row++) {
            for (int column = 0; column < 100; column++) {
                red |= screen.cell(column, row).getBackgroundColor().equals(new TextColor.RGB(255, 0, 0));
            }
        }
        assertThat(red).isTrue();
    }

    @Test
    void aLinkWithNoBrowserIsShownAndCCopiesItWithOsc52() {
        start();
        controller.update(new ReaderEvent.Opened(new OpenOutcome.ShowLink(LINK, "no browser here — copy the link instead")));
        screen.draw(state, view);
        assertThat(screen.screenText()).contains("https://example.com/a").contains(OverlayView.linkHint());
        assertThat(state.linkSpots).isNotEmpty();

        press(ch('c'));
        assertThat(state.rawOutput).isEqualTo("\u001b]52;c;aHR0cHM6Ly9leGFtcGxlLmNvbS9h\u001b\\");
        assertThat(state.overlay).isEqualTo(ReaderState.Overlay.LINK);
        press(ch('q'));
        assertThat(state.overlay).isEqualTo(ReaderState.Overlay.NONE);
    }
}
