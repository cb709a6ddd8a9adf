package newsreader.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.Locale;
import java.util.Map;
import newsreader.messages.Messages;

/**
 * One key as the config file names it: a character ({@code N}, {@code 星}), Ctrl with a letter ({@code C-n},
 * {@code Ctrl-n}, {@code ^n}), or a named key ({@code Enter}, {@code Tab}, {@code Space}, {@code Esc}, {@code Up},
 * {@code Down}, {@code Left}, {@code Right}, {@code PgUp}, {@code PgDn}, {@code Home}, {@code End}).
 */
record KeySpec(KeyType type, char character, boolean ctrl) {
    private static final Messages WORDS = Messages.of("reader");

    private static final Map<String, KeyType> NAMED = Map.ofEntries(
            Map.entry("enter", KeyType.Enter), Map.entry("return", KeyType.Enter), Map.entry("tab", KeyType.Tab),
            Map.entry("esc", KeyType.Escape), Map.entry("escape", KeyType.Escape),
            Map.entry("up", KeyType.ArrowUp), Map.entry("down", KeyType.ArrowDown),
            Map.entry("left", KeyType.ArrowLeft), Map.entry("right", KeyType.ArrowRight),
            Map.entry("pgup", KeyType.PageUp), Map.entry("pageup", KeyType.PageUp),
            Map.entry("pgdn", KeyType.PageDown), Map.entry("pagedown", KeyType.PageDown),
            Map.entry("home", KeyType.Home), Map.entry("end", KeyType.End));

    /** Reads a key; the exception's message says what is wrong, for the user to read. */
    static KeySpec parse(String text) {
        if (text == null || text.isEmpty()) {
            throw new IllegalArgumentException(WORDS.get("key.none"));
        }
        if (text.codePointCount(0, text.length()) == 1) {
            if (Character.isSupplementaryCodePoint(text.codePointAt(0))) {
                throw new IllegalArgumentException(WORDS.get("key.two-keystrokes"));
            }
            char c = text.charAt(0);
            if (Character.isISOControl(c)) {
                throw new IllegalArgumentException(WORDS.get("key.control"));
            }
            return new KeySpec(KeyType.Character, c, false);
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.equals("space")) {
            return new KeySpec(KeyType.Character, ' ', false);
        }
        KeyType named = NAMED.get(lower);
        if (named != null) {
            return new KeySpec(named, '\0', false);
        }
        String letter = lower.startsWith("c-") ? lower.substring(2)
                : lower.startsWith("ctrl-") ? lower.substring(5)
                : lower.startsWith("ctrl+") ? lower.substring(5)
                : lower.startsWith("^") ? lower.substring(1) : null;
        if (letter != null && letter.length() == 1 && letter.charAt(0) >= 'a' && letter.charAt(0) <= 'z') {
            if (letter.charAt(0) == 'c') {
                throw new IllegalArgumentException(WORDS.get("key.ctrl-c"));
            }
            return new KeySpec(KeyType.Character, letter.charAt(0), true);
        }
        if (lower.startsWith("m-") || lower.startsWith("alt-")) {
            throw new IllegalArgumentException(WORDS.get("key.alt"));
        }
        throw new IllegalArgumentException(WORDS.get("key.unknown"));
    }

    boolean matches(KeyStroke key) {
        if (key.getKeyType() != type) {
            return false;
        }
        if (type != KeyType.Character) {
            return !key.isCtrlDown() && !key.isAltDown();
        }
        if (key.isAltDown() || key.isCtrlDown() != ctrl) {
            return false;
        }
        return ctrl ? Character.toLowerCase(key.getCharacter()) == character : key.getCharacter() == character;
    }

    /** How the help overlay shows it. */
    String label() {
        if (type != KeyType.Character) {
            return switch (type) {
                case ArrowUp -> "↑";
                case ArrowDown -> "↓";
                case ArrowLeft -> "←";
                case ArrowRight -> "→";
                case PageUp -> "PgUp";
                case PageDown -> "PgDn";
                case Escape -> "Esc";
                default -> type.name();
            };
        }
        if (ctrl) {
            return "Ctrl-" + character;
        }
        return character == ' ' ? "Space" : String.valueOf(character);
    }
}
