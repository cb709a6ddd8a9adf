package newsreader.tui;

import static newsreader.tui.Keys.ch;
import static newsreader.tui.Keys.key;
import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.concurrent.LinkedBlockingQueue;
import newsreader.post.PostScanner;
import newsreader.reading.Library;
import newsreader.reading.ReadState;
import newsreader.reading.Reading;
import newsreader.render.DateLabel;
import newsreader.text.CellWidth;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every post of {@code ../shared/corpus/real} opened with the real reader and renderer, read to its end. */
class RealCorpusTest {
    private static final Path CORPUS = Path.of("..", "shared", "corpus", "real");

    @ParameterizedTest
    @ValueSource(ints = {20, 80, 121})
    void everyRealPostOpensAndScrollsToItsEndAtEveryWidth(int columns) {
        Assumptions.assumeTrue(Files.isDirectory(CORPUS), "../shared/corpus/real is missing: skipping");
        Path root = CORPUS.toAbsolutePath().normalize();
        CellWidth widths = CellWidth.standard();
        ReadState store = ReadState.inMemory();
        FolderServices services = new FolderServices(root, new Reading(new DateLabel(ZoneOffset.UTC), widths), store,
                new LinkedBlockingQueue<>());
        ReaderState state = new ReaderState(Library.of(root, new PostScanner().scan(root)));
        assertThat(state.library.posts()).hasSizeGreaterThan(50);
        ReaderController controller = new ReaderController(state, services, widths);
        controller.resized(columns, 30);
        VirtualScreen screen = new VirtualScreen(columns, 30, widths);
        ReaderView view = new ReaderView(Theme.colour(), widths, new DateLabel(ZoneOffset.UTC));

        for (int i = 0; i < state.library.posts().size(); i++) {
            String post = state.selectedPost().relativePath();
            controller.key(key(KeyType.Enter));
            assertThat(state.mode).as("%s opens: %s", post, state.message).isEqualTo(ReaderState.Mode.ARTICLE);
            screen.draw(state, view);
            controller.key(ch('G'));
            screen.draw(state, view);
            assertThat(screen.row(29)).as("%s status line", post).contains("100%");
            assertNoCellCrossesTheEdge(screen, columns);
            controller.key(ch('q'));
            controller.key(ch('j'));
        }
        assertThat(store.isRead(state.library.idAt(0))).isTrue();
    }

    private static void assertNoCellCrossesTheEdge(VirtualScreen screen, int columns) {
        for (int row = 0; row < 30; row++) {
            for (VirtualScreen.Cell cell : screen.cells(row)) {
                assertThat(cell.column() + (cell.wide() ? 2 : 1)).isLessThanOrEqualTo(columns);
            }
        }
    }
}
