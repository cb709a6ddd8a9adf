package newsreader.tui;

import static newsreader.tui.Keys.ch;
import static newsreader.tui.Keys.ctrl;
import static newsreader.tui.Keys.key;
import static newsreader.tui.Keys.typed;
import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import newsreader.reading.Library;
import newsreader.reading.ReadingPositions;
import newsreader.reading.SearchHistoryFile;
import newsreader.text.CellWidth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The search prompts' history (↑, Ctrl-p) and the place kept in long articles, in the state folder's files. */
class SearchHistoryAndPlacesTest {
    @TempDir
    Path stateFolder;

    private final FileServices services = new FileServices();
    private ReaderState state;
    private ReaderController controller;

    /** The fake services, writing the history and the places to the real files. */
    private final class FileServices extends FakeServices {
        @Override
        public Optional<String> rememberSearches(List<String> entries) {
            return new SearchHistoryFile(stateFolder).save(entries);
        }

        @Override
        public Optional<String> rememberPositions(Map<String, Double> positions) {
            return new ReadingPositions(stateFolder).save(positions);
        }
    }

    /** A new session: what the files hold is loaded as the reader loads it at start. */
    private void start() {
        state = new ReaderState(TestPosts.sample());
        state.searchHistory = new PromptHistory(new SearchHistoryFile(stateFolder).load(), SearchHistoryFile.LIMIT);
        state.positions = new ReadingPositions(stateFolder).load();
        controller = new ReaderController(state, services, CellWidth.standard());
        controller.resized(100, 30);
    }

    private void press(KeyStroke... keys) {
        for (KeyStroke k : keys) {
            controller.key(k);
        }
    }

    @Test
    void anArticleSearchIsRecalledWithUpInTheNextSessionAndDownGivesBackWhatWasTyped() throws Exception {
        start();
        services.bodies.put("a.md", ReadingWorkflowTest.lines(80));
        press(key(KeyType.Enter), ch('/'));
        press(typed("line 7"));
        press(key(KeyType.Enter), ch('/'));
        press(typed("line 42"));
        press(key(KeyType.Enter));
        assertThat(Files.readAllLines(stateFolder.resolve("search-history"))).containsExactly("line 7", "line 42");

        start();
        services.bodies.put("a.md", ReadingWorkflowTest.lines(80));
        press(key(KeyType.Enter), ch('/'));
        press(key(KeyType.ArrowUp));
        assertThat(state.article.searchInput.text()).isEqualTo("line 42");
        assertThat(state.article.search).as("the view follows as if typed").isEqualTo("line 42");
        press(key(KeyType.ArrowUp));
        assertThat(state.article.searchInput.text()).isEqualTo("line 7");
        press(key(KeyType.ArrowUp));
        assertThat(state.article.searchInput.text()).as("the oldest stays").isEqualTo("line 7");
        press(key(KeyType.ArrowDown), key(KeyType.ArrowDown));
        assertThat(state.article.searchInput.text()).as("past the newest: what was typed").isEmpty();
    }

    @Test
    void theTitleFilterRecallsOnAnEmptyPromptAndMovesTheListOnceSomethingIsTyped() {
        start();
        press(ch('/'));
        press(typed("Spring"));
        press(key(KeyType.Enter));
        press(ch('/'), key(KeyType.Escape));
        assertThat(state.filter).isEmpty();

        press(ch('/'), key(KeyType.ArrowUp));
        assertThat(state.filterInput.text()).isEqualTo("Spring");
        assertThat(state.filter).as("the list filtered by the entry recalled").isEqualTo("Spring");
        press(key(KeyType.Escape), ch('/'));
        press(typed("o"));
        int selection = state.listSelection;
        press(key(KeyType.ArrowDown));
        assertThat(state.filterInput.text()).as("typed text: the arrows are the list's").isEqualTo("o");
        assertThat(state.listSelection).isEqualTo(selection + 1);
        press(ctrl('p'));
        assertThat(state.filterInput.text()).as("Ctrl-p recalls whatever is typed").isEqualTo("Spring");
        press(ctrl('n'));
        assertThat(state.filterInput.text()).isEqualTo("o");
    }

    @Test
    void theFullTextPromptSharesTheHistoryAndRepeatsAreKeptOnce() {
        start();
        press(ch('/'));
        press(typed("Spring"));
        press(key(KeyType.Enter), key(KeyType.Escape));
        press(ch('F'));
        press(typed("统计"));
        press(key(KeyType.Enter));
        press(ch('F'));
        assertThat(state.filterInput.text()).as("F offers the last query to edit").isEqualTo("统计");
        press(key(KeyType.ArrowUp));
        assertThat(state.filterInput.text()).as("the entry equal to the text is passed over").isEqualTo("Spring");
        press(key(KeyType.ArrowDown));
        assertThat(state.filterInput.text()).isEqualTo("统计");
        press(key(KeyType.Enter));
        assertThat(state.searchHistory.entries()).containsExactly("统计", "Spring");
    }

    @Test
    void theHistoryFileIsPrivateAndKeepsTheLastHundred() throws Exception {
        start();
        for (int i = 1; i <= 105; i++) {
            // Esc empties the prompt, which opens with the filter in force.
            press(ch('/'), key(KeyType.Escape), ch('/'));
            press(typed("q" + i));
            press(key(KeyType.Enter));
        }
        Path file = stateFolder.resolve("search-history");
        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(100);
        assertThat(lines.get(0)).isEqualTo("q6");
        assertThat(lines.get(99)).isEqualTo("q105");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(new SearchHistoryFile(stateFolder).load().get(0)).isEqualTo("q105");
    }

    @Test
    void aLongArticleReopensWhereItWasLeftInTheNextSessionEvenAtAnotherWidth() throws Exception {
        start();
        services.bodies.put("a.md", ReadingWorkflowTest.lines(200));
        press(key(KeyType.Enter));
        for (int i = 0; i < 3; i++) {
            press(key(KeyType.PageDown));
        }
        int top = state.article.top;
        int size = state.article.lines.size();
        assertThat(top).isPositive();
        press(ch('q'));
        assertThat(Files.readString(stateFolder.resolve("reading-positions"))).contains(Library.idOf(
                state.library.posts().get(0)));

        start();
        services.bodies.put("a.md", ReadingWorkflowTest.lines(200));
        press(key(KeyType.Enter));
        assertThat(state.article.top).isEqualTo(top);
        assertThat(state.message).contains("Back where you left it");
        press(ch('g'));
        assertThat(state.article.top).as("g still goes to the top").isZero();
        press(ch('q'));
        assertThat(state.positions).as("left at the top: forgotten").isEmpty();

        // At another width the same fraction of the text is above the view.
        press(key(KeyType.Enter));
        for (int i = 0; i < 3; i++) {
            press(key(KeyType.PageDown));
        }
        controller.finish();
        start();
        controller.resized(60, 30);
        services.bodies.put("a.md", ReadingWorkflowTest.lines(200));
        press(key(KeyType.Enter));
        assertThat((double) state.article.top / state.article.lines.size())
                .isCloseTo((double) top / size, org.assertj.core.data.Offset.offset(0.02));
    }

    @Test
    void aShortArticleAndTheNextPostLeaveNothingBehindButTheLongOnesPlace() {
        start();
        services.bodies.put("a.md", ReadingWorkflowTest.lines(200));
        press(key(KeyType.Enter), key(KeyType.PageDown));
        int top = state.article.top;
        press(ch('J'));
        assertThat(state.positions).as("J (next post) keeps the place in the one left").hasSize(1);
        press(ch('q'));
        assertThat(state.positions).as("the short post has no place").hasSize(1);
        press(ch('k'), key(KeyType.Enter));
        assertThat(state.article.top).isEqualTo(top);
    }
}
