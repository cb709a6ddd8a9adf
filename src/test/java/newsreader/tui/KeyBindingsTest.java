package newsreader.tui;

import static newsreader.tui.Keys.ch;
import static newsreader.tui.Keys.ctrl;
import static newsreader.tui.Keys.key;
import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeyBindingsTest {
    @Test
    void arrowsViAndLessKeysMeanTheSameMoves() {
        assertThat(KeyBindings.actionFor(key(KeyType.ArrowDown), false)).isEqualTo(Action.DOWN);
        assertThat(KeyBindings.actionFor(ch('j'), false)).isEqualTo(Action.DOWN);
        assertThat(KeyBindings.actionFor(key(KeyType.PageDown), false)).isEqualTo(Action.PAGE_DOWN);
        // Space pages down too, and at the end of an article reads on into the next unread post.
        assertThat(KeyBindings.actionFor(ch(' '), false)).isEqualTo(Action.PAGE_DOWN_OR_NEXT_UNREAD);
        assertThat(Scrolling.step(Action.PAGE_DOWN_OR_NEXT_UNREAD, 10)).isEqualTo(Scrolling.step(Action.PAGE_DOWN, 10));
        assertThat(KeyBindings.actionFor(ctrl('f'), false)).isEqualTo(Action.PAGE_DOWN);
        assertThat(KeyBindings.actionFor(ch('b'), false)).isEqualTo(Action.PAGE_UP);
        assertThat(KeyBindings.actionFor(ctrl('b'), false)).isEqualTo(Action.PAGE_UP);
        assertThat(KeyBindings.actionFor(ctrl('d'), false)).isEqualTo(Action.HALF_PAGE_DOWN);
        assertThat(KeyBindings.actionFor(ctrl('u'), false)).isEqualTo(Action.HALF_PAGE_UP);
        assertThat(KeyBindings.actionFor(key(KeyType.Home), false)).isEqualTo(Action.TOP);
        assertThat(KeyBindings.actionFor(ch('g'), false)).isEqualTo(Action.TOP);
        assertThat(KeyBindings.actionFor(ch('G'), false)).isEqualTo(Action.BOTTOM);
    }

    @Test
    void nIsNextMatchOnlyWhileASearchIsActive() {
        assertThat(KeyBindings.actionFor(ch('n'), true)).isEqualTo(Action.NEXT_MATCH);
        assertThat(KeyBindings.actionFor(ch('n'), false)).isEqualTo(Action.NEXT_UNREAD);
    }

    @Test
    void ctrlCAndEndOfInputQuit() {
        assertThat(KeyBindings.actionFor(ctrl('c'), false)).isEqualTo(Action.QUIT);
        assertThat(KeyBindings.actionFor(key(KeyType.EOF), false)).isEqualTo(Action.QUIT);
        assertThat(KeyBindings.actionFor(ch('Q'), false)).isEqualTo(Action.QUIT);
    }

    @Test
    void ctrlZSuspendsAndTheHelpSaysSo() {
        assertThat(KeyBindings.actionFor(ctrl('z'), false)).isEqualTo(Action.SUSPEND);
        assertThat(KeyBindings.help()).anySatisfy(line -> {
            assertThat(line.keys()).isEqualTo("Ctrl-z");
            assertThat(line.meaning()).contains("suspend");
        });
        assertThat(KeyRemap.names()).contains("suspend");
    }

    @Test
    void helpNamesEveryLetterKeyThatHasAnAction() {
        String help = KeyBindings.help().stream().map(KeyBindings.HelpLine::keys).reduce("", (a, b) -> a + " " + b);
        for (char c : "hjklgGbqQnNJKrAouR?/".toCharArray()) {
            assertThat(KeyBindings.actionFor(ch(c), false)).isNotEqualTo(Action.NONE);
            assertThat(help).as("help mentions %s", c).contains(String.valueOf(c));
        }
    }

    /** The help is checked against the key table itself: a key given an action and left out of {@code ?} fails here. */
    @Test
    void helpNamesEveryKeyOfTheKeyTable() {
        java.util.Set<String> tokens = new java.util.HashSet<>();
        for (KeyBindings.HelpLine line : KeyBindings.help()) {
            tokens.addAll(List.of(line.keys().replace("(", " ").replace(")", " ").split("\\s+")));
        }
        for (char c = 0x21; c < 0x7f; c++) {
            if (KeyBindings.actionFor(ch(c), false) != Action.NONE) {
                assertThat(tokens).as("help names %s", c).contains(String.valueOf(c));
            }
            if (Character.isLetter(c) && Character.isLowerCase(c)
                    && KeyBindings.actionFor(ctrl(c), false) != Action.NONE) {
                assertThat(tokens).as("help names Ctrl-%s", c).contains("Ctrl-" + c);
            }
        }
        assertThat(tokens).contains("Space", "Tab", "Enter", "Esc", "PgUp", "PgDn", "Home", "End");
    }
}
