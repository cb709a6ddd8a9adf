package newsreader.tui;

import static newsreader.tui.Keys.key;
import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import newsreader.open.ScreenHandoff;
import newsreader.post.PostScanner;
import newsreader.reading.Library;
import newsreader.reading.ReadState;
import newsreader.reading.Reading;
import newsreader.render.DateLabel;
import newsreader.text.CellWidth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An address in an article is a hyperlink to the whole address, even where the screen edge folds it. */
class ArticleLinksTest {
    private static final String LONG = "https://example.com/archive/" + "a".repeat(70) + ".html";

    @TempDir
    Path folder;

    @Test
    void everyPieceOfAnAddressFoldedAtTheEdgeLinksToTheWholeAddress() throws Exception {
        Files.writeString(folder.resolve("a.md"), "---\ntitle: 地址\ndate: 2024-01-01\n---\n\n原文见 " + LONG
                + " ，欢迎阅读。\n", StandardCharsets.UTF_8);
        CellWidth widths = CellWidth.standard();
        DateLabel dates = new DateLabel(ZoneOffset.UTC);
        FolderServices services = new FolderServices(folder, new Reading(dates, widths), ReadState.inMemory(),
                new LinkedBlockingQueue<>());
        ReaderState state = new ReaderState(Library.of(folder, new PostScanner().scan(folder)));
        ReaderController controller = new ReaderController(state, services, widths);
        VirtualScreen screen = new VirtualScreen(40, 20, widths);
        List<String> written = new ArrayList<>();
        ReaderLoop loop = new ReaderLoop(screen.screen, screen.painter, controller,
                new ReaderView(Theme.colour(), widths, dates), new LinkedBlockingQueue<>(), ScreenHandoff.NONE,
                written::add);
        controller.resized(40, 20);

        controller.key(key(KeyType.Enter));
        loop.draw(true);

        assertThat(state.mode).isEqualTo(ReaderState.Mode.ARTICLE);
        assertThat(state.addressSpots).as("the address is folded into pieces").hasSizeGreaterThan(1);
        StringBuilder pieces = new StringBuilder();
        for (ReaderState.AddressSpot address : state.addressSpots) {
            ReaderState.LinkSpot spot = address.spot();
            assertThat(screen.row(spot.row())).contains(spot.text());
            assertThat(written).contains("\u001b7\u001b[" + (spot.row() + 1) + ";" + (spot.column() + 1) + "H"
                    + spot.style().sgr() + "\u001b]8;;" + LONG + "\u001b\\" + spot.text() + "\u001b]8;;\u001b\\\u001b8");
            pieces.append(spot.text());
        }
        assertThat(pieces.toString()).isEqualTo(LONG);

        written.clear();
        controller.key(key(KeyType.Escape));
        loop.draw(false);
        assertThat(state.addressSpots).as("back in the list, no article, no links").isEmpty();
        assertThat(written).noneMatch(sequence -> sequence.contains("\u001b]8;;"));
    }
}
