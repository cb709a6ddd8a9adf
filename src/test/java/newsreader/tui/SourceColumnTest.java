package newsreader.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneOffset;
import newsreader.render.DateLabel;
import newsreader.text.CellWidth;
import org.junit.jupiter.api.Test;

/** The list's category column: the feed of a post, kept short rather than dropped at 80 columns. */
class SourceColumnTest {
    private VirtualScreen drawn(int columns) {
        FakeServices services = new FakeServices();
        ReaderState state = new ReaderState(TestPosts.sample());
        ReaderController controller = new ReaderController(state, services, CellWidth.standard());
        controller.resized(columns, 24);
        VirtualScreen screen = new VirtualScreen(columns, 24, CellWidth.standard());
        screen.draw(state, new ReaderView(Theme.colour(), CellWidth.standard(), new DateLabel(ZoneOffset.UTC)));
        return screen;
    }

    @Test
    void at80ColumnsTheListShowsEachPostsFeed() {
        VirtualScreen screen = drawn(80);
        assertThat(screen.row(screen.rowContaining("国产独立游戏"))).contains("cnBeta").doesNotContain("最新");
        assertThat(screen.row(screen.rowContaining("Weekly notes"))).contains("IT之家");
    }

    @Test
    void atAHundredAndTwentyTheFeedAndItsSectionShow() {
        VirtualScreen screen = drawn(120);
        assertThat(screen.row(screen.rowContaining("国产独立游戏"))).contains("cnBeta › 最新");
    }
}
