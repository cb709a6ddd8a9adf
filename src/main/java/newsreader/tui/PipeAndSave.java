package newsreader.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.List;
import newsreader.messages.Messages;

/**
 * {@code |} and {@code S} in an article: the status-line prompt for the command or the path, the question before a
 * file is written over, and the requests that follow (a command the loop runs with the terminal, a save effect).
 */
final class PipeAndSave {
    private static final Messages WORDS = Messages.of("reader");

    private final ReaderState state;
    private final List<Effect> effects;

    PipeAndSave(ReaderState state, List<Effect> effects) {
        this.state = state;
        this.effects = effects;
    }

    /** Whether the keyboard goes here: a prompt or the overwrite question is showing. */
    boolean asking() {
        return state.prompt != null || state.overwriteAsked != null;
    }

    void askForCommand() {
        if (state.article == null) {
            return;
        }
        state.prompt = ReaderState.Prompt.PIPE;
        state.promptInput = new TextInput();
    }

    void askForPath() {
        if (state.article == null) {
            return;
        }
        state.prompt = ReaderState.Prompt.SAVE;
        state.promptInput = new TextInput(ArticleText.defaultSaveName(state.article.meta));
    }

    /** A key while asking; true when it asks to quit (Ctrl-c, the input gone). */
    boolean key(KeyStroke key) {
        if (state.overwriteAsked != null) {
            return answerOverwrite(key);
        }
        TextInput input = state.promptInput;
        switch (key.getKeyType()) {
            case Enter:
                submit(input.text().strip());
                return false;
            case Escape:
                close();
                return false;
            case Backspace:
                input.backspace();
                return false;
            case Tab:
                if (state.prompt == ReaderState.Prompt.SAVE) {
                    state.promptInput = new TextInput(PathCompletion.complete(input.text()));
                }
                return false;
            case EOF:
                return true;
            case Character:
                if (key.isCtrlDown() && Character.toLowerCase(key.getCharacter()) == 'c') {
                    return true;
                }
                if (key.isCtrlDown() && Character.toLowerCase(key.getCharacter()) == 'z') {
                    // Ctrl-z suspends from anywhere, as it does in the other prompts; the prompt is there on fg.
                    state.suspend = true;
                } else if (!key.isCtrlDown() && !key.isAltDown()) {
                    input.type(key.getCharacter());
                }
                return false;
            default:
                return false;
        }
    }

    /** The save found a file there: ask before writing over it. */
    void wouldOverwrite(Effect.SaveText save) {
        state.overwriteAsked = save;
        state.message = "";
    }

    private boolean answerOverwrite(KeyStroke key) {
        Effect.SaveText save = state.overwriteAsked;
        state.overwriteAsked = null;
        if (key.getKeyType() == KeyType.EOF
                || (key.getKeyType() == KeyType.Character && key.isCtrlDown()
                && Character.toLowerCase(key.getCharacter()) == 'c')) {
            return true;
        }
        boolean yes = key.getKeyType() == KeyType.Character && !key.isCtrlDown() && !key.isAltDown()
                && (key.getCharacter() == 'y' || key.getCharacter() == 'Y');
        if (yes) {
            effects.add(new Effect.SaveText(save.typedPath(), save.text(), save.postsFolder(), true));
        } else {
            state.message = WORDS.get("save.not-saved");
        }
        return false;
    }

    private void submit(String typed) {
        ReaderState.Prompt prompt = state.prompt;
        close();
        if (typed.isEmpty() || state.article == null) {
            return;
        }
        String text = ArticleText.of(state.article);
        if (prompt == ReaderState.Prompt.PIPE) {
            state.pipe = new ArticlePipe.Request(typed, text, ArticleText.environment(state.article.meta));
        } else {
            effects.add(new Effect.SaveText(typed, text, state.library == null ? null : state.library.root(), false));
        }
    }

    private void close() {
        state.prompt = null;
        state.promptInput = null;
    }

    /** The question shown while the overwrite is asked: the path as typed, which is short, and the answer first. */
    static String overwriteQuestion(Effect.SaveText save) {
        return WORDS.get("prompt.overwrite", save.typedPath().strip());
    }
}
