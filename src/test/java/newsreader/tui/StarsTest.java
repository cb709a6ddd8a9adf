package newsreader.tui;

import static newsreader.tui.Keys.ch;
import static newsreader.tui.Keys.key;
import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.ArrayList;
import java.util.List;
import newsreader.reading.Library;
import newsreader.text.CellWidth;
import org.junit.jupiter.api.Test;

class StarsTest {
    private final FakeServices services = new FakeServices();
    private ReaderState state;
    private ReaderController controller;

    private void start() {
        state = new ReaderState(TestPosts.sample());
        controller = new ReaderController(state, services, CellWidth.standard());
        controller.resized(100, 30);
    }

    private void press(KeyStroke... keys) {
        for (KeyStroke k : keys) {
            controller.key(k);
        }
    }

    private List<String> listed() {
        List<String> ids = new ArrayList<>();
        for (int i : state.listed) {
            ids.add(state.library.posts().get(i).relativePath());
        }
        return ids;
    }

    private void chooseStarredEntry() {
        press(key(KeyType.Tab));
        while (state.selectedNode().kind() != CategoryNode.Kind.STARRED) {
            press(ch('j'));
        }
    }

    @Test
    void sStarsTheSelectedPostUnderItsLastingIdentityAndAgainUnstarsIt() {
        start();
        press(ch('j'), ch('s'));

        assertThat(services.store.isStarred(Library.idOf(state.library.posts().get(1)))).isTrue();
        assertThat(state.message).isEqualTo("Starred");
        assertThat(state.tree.find("STARRED").posts()).containsExactly(1);

        press(ch('s'));
        assertThat(services.store.starred()).isEmpty();
        assertThat(state.message).isEqualTo("Star removed");
        assertThat(state.tree.find("STARRED").posts()).isEmpty();
    }

    @Test
    void theStarredEntryListsStarredPostsAndFollowsUnstarringAtOnce() {
        start();
        press(ch('s'), ch('j'), ch('j'), ch('s'));
        chooseStarredEntry();
        assertThat(listed()).containsExactly("a.md", "c.md");

        press(key(KeyType.Tab), ch('s'));
        assertThat(listed()).containsExactly("c.md");
        assertThat(state.selectedPost().relativePath()).isEqualTo("c.md");
    }

    @Test
    void aStarGivenInTheArticleShowsInTheTree() {
        start();
        press(key(KeyType.Enter), ch('s'));
        assertThat(state.mode).isEqualTo(ReaderState.Mode.ARTICLE);
        assertThat(state.tree.find("STARRED").posts()).containsExactly(0);
    }

    @Test
    void starsSurviveANewScanAndCapitalRReadsTheStoreAgain() {
        start();
        assertThat(services.readState.setStarred(Library.idOf(state.library.posts().get(3)), true)).isEmpty();
        press(ch('R'));
        assertThat(state.tree.find("STARRED").posts()).containsExactly(3);

        controller.loaded(TestPosts.sample());
        assertThat(state.tree.find("STARRED").posts()).containsExactly(3);
    }

    @Test
    void theHelpOverlayNamesTheStarKey() {
        assertThat(KeyBindings.help()).anySatisfy(line -> {
            assertThat(line.keys()).isEqualTo("s");
            assertThat(line.meaning()).contains("star");
        });
    }
}
