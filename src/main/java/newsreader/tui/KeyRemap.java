package newsreader.tui;

import com.googlecode.lanterna.input.KeyStroke;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import newsreader.messages.Messages;

/**
 * The keys of the config file ({@code keys: {next-unread: "N"}}) over the defaults of {@link KeyBindings}: a remapped
 * key means its action wherever the key is pressed (it loses its default meaning), and the default keys of the
 * action keep working. The config file has checked the keys already, with {@link #read} (through
 * {@link KeyBindings#keyName}): the one place their problems are found and named.
 */
final class KeyRemap {
    private static final Messages WORDS = Messages.of("reader");

    private final Map<KeySpec, Action> remapped;

    private KeyRemap(Map<KeySpec, Action> remapped) {
        this.remapped = remapped;
    }

    static KeyRemap defaults() {
        return new KeyRemap(Map.of());
    }

    /**
     * @param keys action name (as {@link #nameOf} spells it) to key (as {@link KeySpec#parse} reads it), checked
     * @throws IllegalArgumentException for keys that did not come through the config's check
     */
    static KeyRemap of(Map<String, String> keys) {
        Map<KeySpec, Action> remapped = new LinkedHashMap<>();
        // Sorted, so that the help lists them in the same order on every run.
        for (Map.Entry<String, String> entry : new TreeMap<>(keys).entrySet()) {
            Remapping remapping;
            try {
                remapping = read(entry.getKey(), entry.getValue());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("keys." + entry.getKey() + ": " + e.getMessage(), e);
            }
            remapped.put(remapping.key(), remapping.action());
        }
        return new KeyRemap(Map.copyOf(remapped));
    }

    /** One entry of the {@code keys} setting, read. */
    record Remapping(KeySpec key, Action action) {
    }

    /**
     * Reads one entry of the {@code keys} setting.
     *
     * @throws IllegalArgumentException saying what is wrong with it, without naming the action (the caller does)
     */
    static Remapping read(String actionName, String keyText) {
        Action action = actionNamed(actionName);
        if (action == null) {
            throw new IllegalArgumentException(WORDS.get("key.unknown-action", String.join(", ", names())));
        }
        try {
            return new Remapping(KeySpec.parse(keyText), action);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("\"" + keyText + "\": " + e.getMessage(), e);
        }
    }

    /** The action of a key: the config's, else the default. */
    Action actionFor(KeyStroke key, boolean searchActive) {
        for (Map.Entry<KeySpec, Action> entry : remapped.entrySet()) {
            if (entry.getKey().matches(key)) {
                return entry.getValue();
            }
        }
        return KeyBindings.actionFor(key, searchActive);
    }

    /** The help overlay's lines for the config's keys, first, each saying what the key meant before. */
    List<KeyBindings.HelpLine> helpLines() {
        List<KeyBindings.HelpLine> lines = new ArrayList<>();
        for (Map.Entry<KeySpec, Action> entry : remapped.entrySet()) {
            KeySpec key = entry.getKey();
            Action was = key.type() == com.googlecode.lanterna.input.KeyType.Character
                    ? KeyBindings.actionFor(new KeyStroke(key.character(), key.ctrl(), false), false)
                    : KeyBindings.actionFor(new KeyStroke(key.type()), false);
            // The action's name as the config file writes it (next-unread), in every language.
            String meaning = was == Action.NONE || was == entry.getValue()
                    ? WORDS.get("help.remapped", nameOf(entry.getValue()))
                    : WORDS.get("help.remapped.was", nameOf(entry.getValue()), nameOf(was));
            lines.add(new KeyBindings.HelpLine(key.label(), meaning));
        }
        return lines;
    }

    /** {@code NEXT_UNREAD} is {@code next-unread} in the config file. */
    static String nameOf(Action action) {
        return action.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static List<String> names() {
        List<String> names = new ArrayList<>();
        for (Action action : Action.values()) {
            if (action != Action.NONE) {
                names.add(nameOf(action));
            }
        }
        return names;
    }

    private static Action actionNamed(String name) {
        if (name == null) {
            return null;
        }
        String normal = name.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        for (Action action : Action.values()) {
            if (action != Action.NONE && nameOf(action).equals(normal)) {
                return action;
            }
        }
        return null;
    }
}
