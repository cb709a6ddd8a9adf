package newsreader.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.List;

/**
 * Which action a key means. Text being typed (filter, search) never gets here: the controller feeds those keys to
 * the input line first. {@link #HELP} is the text of the {@code ?} overlay, kept next to the table it describes.
 */
public final class KeyBindings {
    /** One line of the help overlay: the keys, and what they do. */
    record HelpLine(String keys, String meaning) {
    }

    static final List<HelpLine> HELP = List.of(
            new HelpLine("↑ ↓  k j", "move / scroll one line"),
            new HelpLine("PgUp PgDn  b", "page up / down"),
            new HelpLine("Space", "page down; at the end of an article, the next unread post"),
            new HelpLine("Ctrl-b Ctrl-f", "page up / down"),
            new HelpLine("Ctrl-u Ctrl-d", "half a page up / down"),
            new HelpLine("Home End  g G", "first / last (a long article reopens where it was left)"),
            new HelpLine("Enter  → l", "open post; expand category"),
            new HelpLine("← h", "back; collapse category"),
            new HelpLine("Tab", "switch between tree and list"),
            new HelpLine("/", "filter list by title; search in article"),
            new HelpLine("F  (Ctrl-t after /)", "search all text: titles and bodies, ranked"),
            new HelpLine("↑ ↓  Ctrl-p Ctrl-n", "in the / and F prompts: earlier searches (remembered; ↑ ↓ in a typed / move the list)"),
            new HelpLine("n N", "next / previous search match"),
            new HelpLine("n", "next unread post (no search active)"),
            new HelpLine("J K", "next / previous post"),
            new HelpLine("r", "toggle read"),
            new HelpLine("s", "toggle star (+ in the list; Starred entry in the tree)"),
            new HelpLine("A", "mark all listed posts read (asks first)"),
            new HelpLine("z  Ctrl-_", "undo the last r, A or s"),
            new HelpLine("U", "show unread posts only / all posts (remembered)"),
            new HelpLine("O", "sort: newest first, oldest first, by source, by title (remembered)"),
            new HelpLine("o", "open the header image (viewer; drawn here over SSH)"),
            new HelpLine("u", "links and images of the article, the header image first; a number opens one, 0 the header image"),
            new HelpLine("c", "copy: the address in an image or link window; c then a number in u (OSC 52)"),
            new HelpLine("|", "pipe the article's text to a command (title, path, address in NEWSREADER_* variables)"),
            new HelpLine("S", "save the article's text to a file (Tab completes the path)"),
            new HelpLine("R", "reload the folder"),
            new HelpLine("C", "Chinese as written, in simplified, in traditional (display only)"),
            new HelpLine("q  Esc", "back; quit from the top"),
            new HelpLine("Q  Ctrl-c", "quit"),
            new HelpLine("Ctrl-z", "suspend to the shell; fg comes back"),
            new HelpLine("?", "this help"),
            new HelpLine("mouse wheel", "scrolls, where the terminal sends it as ↑ ↓"));

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
