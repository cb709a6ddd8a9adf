package newsreader.tui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextInputTest {
    @Test
    void surrogatePairTypedAsTwoCharsBecomesOneCharacter() {
        TextInput input = new TextInput();
        input.type('\uD840');
        assertThat(input.text()).isEmpty();
        input.type('\uDC0B');
        assertThat(input.text()).isEqualTo("𠀋");
    }

    @Test
    void loneSurrogatesAreDropped() {
        TextInput input = new TextInput();
        input.type('\uDC0B');
        input.type('\uD840');
        input.type('a');
        assertThat(input.text()).isEqualTo("a");
    }

    @Test
    void backspaceRemovesOneWholeCluster() {
        TextInput input = new TextInput("中👍🏽");
        input.backspace();
        assertThat(input.text()).isEqualTo("中");
        input.backspace();
        input.backspace();
        assertThat(input.text()).isEmpty();
    }

    @Test
    void controlCharactersAreNotTyped() {
        TextInput input = new TextInput();
        input.type('\u001b');
        input.type('\u009b');
        input.type('中');
        assertThat(input.text()).isEqualTo("中");
    }
}
