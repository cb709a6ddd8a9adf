package newsreader.tui;

import java.util.List;
import newsreader.text.Graphemes;
import newsreader.text.SafeText;

/**
 * A one-line text being typed (the list filter, the article search). Keys arrive one UTF-16 unit at a time, so a
 * character outside the BMP pasted or typed through an input method comes as two keystrokes: the high surrogate is
 * held back until its partner arrives.
 */
final class TextInput {
    private final StringBuilder text = new StringBuilder();
    private char pendingHighSurrogate;
    /** Which history entry the prompt shows ({@link PromptHistory}); -1 before ↑ or after ↓ past the newest. */
    int recalled = -1;
    /** What was typed before the first ↑, given back by ↓ past the newest entry. */
    String draft = "";
    /** The text of the entry last recalled, to tell whether the user has edited it since. */
    private String recalledText;

    TextInput() {
    }

    TextInput(String initial) {
        text.append(initial);
    }

    String text() {
        return text.toString();
    }

    /** Shows a history entry (or, at -1, the draft) in place of the text. */
    void recall(int index, String entry) {
        text.setLength(0);
        text.append(entry);
        pendingHighSurrogate = 0;
        recalled = index;
        recalledText = index < 0 ? null : entry;
    }

    /** The text is a history entry as recalled, not edited since. */
    boolean showsRecalled() {
        return recalledText != null && recalledText.contentEquals(text);
    }

    boolean isEmpty() {
        return text.length() == 0;
    }

    /** Adds one typed {@code char}; control characters are ignored, a lone low surrogate is dropped. */
    void type(char c) {
        if (Character.isHighSurrogate(c)) {
            pendingHighSurrogate = c;
            return;
        }
        if (Character.isLowSurrogate(c)) {
            if (pendingHighSurrogate != 0) {
                text.append(pendingHighSurrogate).append(c);
            }
            pendingHighSurrogate = 0;
            return;
        }
        pendingHighSurrogate = 0;
        String safe = SafeText.line(String.valueOf(c));
        text.append(safe);
    }

    /** Removes the last grapheme cluster: one Backspace removes one visible character, whatever its size. */
    void backspace() {
        pendingHighSurrogate = 0;
        List<String> clusters = Graphemes.clusters(text);
        if (!clusters.isEmpty()) {
            text.setLength(text.length() - clusters.get(clusters.size() - 1).length());
        }
    }
}
