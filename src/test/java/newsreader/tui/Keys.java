package newsreader.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;

/** Key strokes as Lanterna reports them. */
final class Keys {
    private Keys() {
    }

    static KeyStroke ch(char c) {
        return new KeyStroke(c, false, false);
    }

    static KeyStroke ctrl(char c) {
        return new KeyStroke(c, true, false);
    }

    static KeyStroke key(KeyType type) {
        return new KeyStroke(type);
    }

    /** Every {@code char} of {@code text} as its own keystroke, as a paste or an input method delivers it. */
    static KeyStroke[] typed(String text) {
        KeyStroke[] keys = new KeyStroke[text.length()];
        for (int i = 0; i < text.length(); i++) {
            keys[i] = ch(text.charAt(i));
        }
        return keys;
    }
}
