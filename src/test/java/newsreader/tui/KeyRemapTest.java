package newsreader.tui;

import static newsreader.tui.Keys.ch;
import static newsreader.tui.Keys.ctrl;
import static newsreader.tui.Keys.key;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
        KeyRemap keys = KeyRemap.of(Map.of("next-unread", "N", "toggle-star", "C-s"));

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
    void theConfigsCheckSaysWhatIsWrongWithAnEntryWithoutNamingTheActionAgain() {
        assertThatThrownBy(() -> KeyBindings.keyName("next-unred", "N"))
                .hasMessageStartingWith("unknown action; known actions: ").hasMessageContaining("next-unread")
                .hasMessageNotContaining("next-unred,");
        assertThatThrownBy(() -> KeyBindings.keyName("reload", "F5x")).hasMessageStartingWith("\"F5x\": not a key");
        assertThatThrownBy(() -> KeyBindings.keyName("quit", "C-c")).hasMessage("\"C-c\": Ctrl-c always quits and cannot be given another meaning");
        assertThatThrownBy(() -> KeyBindings.keyName("help", "M-h")).hasMessageContaining("Alt keys are not supported");
        assertThatThrownBy(() -> KeyBindings.keyName("back", "")).hasMessage("\"\": no key given");
        assertThatThrownBy(() -> KeyBindings.keyName("back", "😀")).hasMessage("\"😀\": arrives as two keystrokes; choose another key");
        assertThat(KeyBindings.keyName("next-unread", "N")).isEqualTo("N");
    }

    @Test
    void everySpellingOfOneKeyHasOneName() {
        assertThat(KeyBindings.keyName("next-unread", "C-n")).isEqualTo("Ctrl-n")
                .isEqualTo(KeyBindings.keyName("toggle-star", "^n"))
                .isEqualTo(KeyBindings.keyName("reload", "Ctrl-N"));
        assertThat(KeyBindings.keyName("top", "PageUp")).isEqualTo(KeyBindings.keyName("top", "pgup"));
    }

    @Test
    void keysThatDidNotComeThroughTheConfigsCheckAreRefusedNotLeftOut() {
        assertThatThrownBy(() -> KeyRemap.of(Map.of("next-unread", "N", "bogus", "x")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("keys.bogus: unknown action");
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
