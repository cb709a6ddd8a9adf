package newsreader.tui;

import static newsreader.tui.Keys.ch;
import static newsreader.tui.Keys.ctrl;
import static newsreader.tui.Keys.key;
import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import java.time.ZoneOffset;
import java.util.Map;
import newsreader.render.DateLabel;
import newsreader.text.CellWidth;
import org.junit.jupiter.api.Test;

/** Keys of the config file over the defaults. */
class KeyRemapTest {
    @Test
    void aRemappedKeyMeansItsActionAndTheDefaultKeyStillWorks() {
        KeyRemap keys = KeyRemap.of(Map.of("next-unread", "N", "toggle-star", "C-s", "reload", "F5x"));

        assertThat(keys.actionFor(ch('N'), false)).isEqualTo(Action.NEXT_UNREAD);
        assertThat(keys.actionFor(ch('N'), true)).as("wherever it is pressed").isEqualTo(Action.NEXT_UNREAD);
        assertThat(keys.actionFor(ch('n'), false)).isEqualTo(Action.NEXT_UNREAD);
        assertThat(keys.actionFor(ctrl('s'), false)).isEqualTo(Action.TOGGLE_STAR);
        assertThat(keys.actionFor(ch('s'), false)).isEqualTo(Action.TOGGLE_STAR);
        assertThat(keys.actionFor(ch('j'), false)).isEqualTo(Action.DOWN);
    }

    @Test
    void namedKeysAndCtrlSpellingsAreRead() {
        assertThat(KeySpec.parse("Space")).isEqualTo(new KeySpec(KeyType.Character, ' ', false));
        assertThat(KeySpec.parse("PgDn").type()).isEqualTo(KeyType.PageDown);
        assertThat(KeySpec.parse("^n")).isEqualTo(KeySpec.parse("Ctrl-n"));
        assertThat(KeySpec.parse("C-N")).isEqualTo(new KeySpec(KeyType.Character, 'n', true));
        assertThat(KeySpec.parse("星").matches(ch('星'))).isTrue();
        assertThat(KeySpec.parse("Down").matches(key(KeyType.ArrowDown))).isTrue();
    }

    @Test
    void unknownActionsAndUnreadableKeysAreClearMessagesAndLeftOut() {
        KeyRemap keys = KeyRemap.of(Map.of("next-unred", "N", "reload", "F5x", "quit", "C-c", "help", "M-h",
                "back", ""));

        assertThat(keys.problems()).hasSize(5);
        assertThat(keys.problems()).anySatisfy(p -> assertThat(p)
                .startsWith("keys: unknown action \"next-unred\" (known: ").contains("next-unread"));
        assertThat(keys.problems()).anySatisfy(p -> assertThat(p).startsWith("keys: reload: \"F5x\": not a key"));
        assertThat(keys.problems()).anySatisfy(p -> assertThat(p).contains("Ctrl-c always quits"));
        assertThat(keys.problems()).anySatisfy(p -> assertThat(p).contains("Alt keys are not supported"));
        assertThat(keys.problems()).anySatisfy(p -> assertThat(p).contains("back: \"\": no key given"));
        assertThat(keys.actionFor(ch('N'), false)).isEqualTo(Action.PREVIOUS_MATCH);
        assertThat(KeyBindings.problems(Map.of("next-unread", "N"))).isEmpty();
        assertThat(KeyBindings.actionNames()).contains("next-unread", "toggle-star", "search-all");
    }

    @Test
    void theHelpOverlayShowsTheRemappedKeysFirstWithWhatTheyMeantBefore() {
        FakeServices services = new FakeServices();
        ReaderState state = new ReaderState(TestPosts.sample());
        state.keys = KeyRemap.of(Map.of("next-unread", "N"));
        ReaderController controller = new ReaderController(state, services, CellWidth.standard());
        controller.resized(100, 30);
        VirtualScreen screen = new VirtualScreen(100, 30, CellWidth.standard());
        ReaderView view = new ReaderView(Theme.colour(), CellWidth.standard(), new DateLabel(ZoneOffset.UTC));

        controller.key(ch('?'));
        screen.draw(state, view);
        String text = screen.screenText();
        assertThat(text).contains("next-unread (your config; was previous-match)");
        assertThat(text.indexOf("next-unread (your config")).isLessThan(text.indexOf("move / scroll one line"));

        controller.key(ch('q'));
        assertThat(services.readState.setRead(TestPosts.id("b.md"), true)).isEmpty();
        controller.key(ch('N'));
        assertThat(state.selectedPost().relativePath()).isEqualTo("c.md");
    }
}
