package newsreader.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.List;
import newsreader.config.InterfaceLanguage;
import newsreader.messages.Messages;

/**
 * Which action a key means. Text being typed (filter, search) never gets here: the controller feeds those keys to
 * the input line first. {@link #HELP} is the text of the {@code ?} overlay, kept next to the table it describes.
 */
public final class KeyBindings {
    /** One line of the help overlay: the keys, and what they do, in one language. */
    public record HelpLine(String keys, String meaning) {
    }

    /** One line of the key table: the keys and the message that says what they do. */
    static final class KeyHelp {
        private final String keys;
        private final String keysMessage;
        private final String message;

        KeyHelp(String keys, String message) {
            this(keys, null, message);
        }

        private KeyHelp(String keys, String keysMessage, String message) {
            this.keys = keys;
            this.keysMessage = keysMessage;
            this.message = message;
        }

        /** Keys said with words ("mouse wheel", "Ctrl-t after /"), which are translated too. */
        static KeyHelp named(String keysMessage, String message) {
            return new KeyHelp(null, keysMessage, message);
        }

        /** The line in {@code language}. */
        HelpLine in(InterfaceLanguage language) {
            return new HelpLine(keysMessage == null ? keys : WORDS.getIn(language, keysMessage),
                    WORDS.getIn(language, message));
        }

        /** The line as the {@code ?} help shows it, in the language the reader speaks. */
        HelpLine spoken() {
            return in(Messages.language());
        }
    }

    private static final Messages WORDS = Messages.of("reader");

    static final List<KeyHelp> HELP = List.of(
            new KeyHelp("↑ ↓  k j", "help.move"),
            new KeyHelp("PgUp PgDn  b", "help.page"),
            new KeyHelp("Space", "help.space"),
            new KeyHelp("Ctrl-b Ctrl-f", "help.page"),
            new KeyHelp("Ctrl-u Ctrl-d", "help.half-page"),
            new KeyHelp("Home End  g G", "help.first-last"),
            new KeyHelp("Enter  → l", "help.open"),
            new KeyHelp("← h", "help.back"),
            new KeyHelp("Tab", "help.switch-pane"),
            new KeyHelp("/", "help.find"),
            KeyHelp.named("help.search-all.keys", "help.search-all"),
            new KeyHelp("↑ ↓  Ctrl-p Ctrl-n", "help.history"),
            new KeyHelp("n N", "help.match"),
            new KeyHelp("n", "help.next-unread"),
            new KeyHelp("J K", "help.next-post"),
            new KeyHelp("r", "help.read"),
            new KeyHelp("s", "help.star"),
            new KeyHelp("A", "help.mark-all"),
            new KeyHelp("z  Ctrl-_", "help.undo"),
            new KeyHelp("U", "help.unread-only"),
            new KeyHelp("O", "help.sort"),
            new KeyHelp("o", "help.image"),
            new KeyHelp("u", "help.links"),
            new KeyHelp("c", "help.copy"),
            new KeyHelp("|", "help.pipe"),
            new KeyHelp("S", "help.save"),
            new KeyHelp("R", "help.reload"),
            new KeyHelp("C", "help.script"),
            new KeyHelp("q  Esc", "help.quit-back"),
            new KeyHelp("Q  Ctrl-c", "help.quit"),
            new KeyHelp("Ctrl-z", "help.suspend"),
            new KeyHelp("?", "help.help"),
            KeyHelp.named("help.mouse.keys", "help.mouse"));

    /** The key table as the {@code ?} help shows it, in the language the reader speaks. */
    static List<HelpLine> help() {
        return help(Messages.language());
    }

    /** The key table in {@code language}: the man pages' KEYS sections are written from it. */
    public static List<HelpLine> help(InterfaceLanguage language) {
        return HELP.stream().map(line -> line.in(language)).toList();
    }

    private KeyBindings() {
    }

    /**
     * The config's check of one {@code keys} entry ({@link newsreader.config.KeyCheck}): the rules the reader reads its
     * keys with. Returns the key's label, the same for every spelling of one key.
     *
     * @throws IllegalArgumentException saying what is wrong with the entry
     */
    public static String keyName(String action, String key) {
        return KeyRemap.read(action, key).key().label();
    }

    /**
     * @param searchActive whether an article search is in effect, which makes {@code n} the next match rather
     *                     than the next unread post
     */
    static Action actionFor(KeyStroke key, boolean searchActive) {
        KeyType type = key.getKeyType();
        switch (type) {
            case ArrowUp: return Action.UP;
            case ArrowDown: return Action.DOWN;
            case ArrowLeft: return Action.LEFT;
            case ArrowRight: return Action.RIGHT;
            case PageUp: return Action.PAGE_UP;
            case PageDown: return Action.PAGE_DOWN;
            case Home: return Action.TOP;
            case End: return Action.BOTTOM;
            case Enter: return Action.OPEN;
            case Tab:
            case ReverseTab: return Action.SWITCH_PANE;
            case Escape: return Action.ESCAPE;
            case EOF: return Action.QUIT;
            case Character: return characterAction(key, searchActive);
            default: return Action.NONE;
        }
    }

    private static Action characterAction(KeyStroke key, boolean searchActive) {
        char c = key.getCharacter();
        if (key.isCtrlDown() && !key.isAltDown()) {
            switch (Character.toLowerCase(c)) {
                case 'b': return Action.PAGE_UP;
                case 'f': return Action.PAGE_DOWN;
                case 'u': return Action.HALF_PAGE_UP;
                case 'd': return Action.HALF_PAGE_DOWN;
                case 'c': return Action.QUIT;
                case 'z': return Action.SUSPEND;
                case '_':
                case '/': return Action.UNDO;
                default: return Action.NONE;
            }
        }
        if (key.isAltDown()) {
            return Action.NONE;
        }
        if (c == '\u001f') {
            // Ctrl-_ (and Ctrl-/ in most terminals) arrives as the unit separator, undo in Emacs and readline.
            return Action.UNDO;
        }
        switch (c) {
            case 'k': return Action.UP;
            case 'j': return Action.DOWN;
            case 'h': return Action.LEFT;
            case 'l': return Action.RIGHT;
            case 'b': return Action.PAGE_UP;
            case ' ': return Action.PAGE_DOWN_OR_NEXT_UNREAD;
            case 'g': return Action.TOP;
            case 'G': return Action.BOTTOM;
            case 'q': return Action.BACK;
            case 'Q': return Action.QUIT;
            case '/': return Action.FIND;
            case 'F': return Action.SEARCH_ALL;
            case 'n': return searchActive ? Action.NEXT_MATCH : Action.NEXT_UNREAD;
            case 'N': return Action.PREVIOUS_MATCH;
            case 'J': return Action.NEXT_POST;
            case 'K': return Action.PREVIOUS_POST;
            case 'r': return Action.TOGGLE_READ;
            case 's': return Action.TOGGLE_STAR;
            case 'A': return Action.MARK_ALL_READ;
            case 'U': return Action.UNREAD_ONLY;
            case 'z': return Action.UNDO;
            case 'O': return Action.SORT;
            case 'o': return Action.OPEN_IMAGE;
            case 'u': return Action.LINKS;
            case 'R': return Action.RELOAD;
            case 'C': return Action.CHINESE_SCRIPT;
            case '|': return Action.PIPE;
            case 'S': return Action.SAVE;
            case '?': return Action.HELP;
            default: return Action.NONE;
        }
    }
}
