package newsreader.tui;

import com.googlecode.lanterna.input.KeyStroke;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The keys of the config file ({@code keys: {next-unread: "N"}}) over the defaults of {@link KeyBindings}: a remapped
 * key means its action wherever the key is pressed (it loses its default meaning), and the default keys of the
 * action keep working. What cannot be read is listed in {@link #problems()} and left out.
 */
final class KeyRemap {
    private final Map<KeySpec, Action> remapped;
    private final List<String> problems;

    private KeyRemap(Map<KeySpec, Action> remapped, List<String> problems) {
        this.remapped = remapped;
        this.problems = problems;
    }

    static KeyRemap defaults() {
        return new KeyRemap(Map.of(), List.of());
    }

    /** @param keys action name (as {@link #nameOf} spells it) to key (as {@link KeySpec#parse} reads it) */
    static KeyRemap of(Map<String, String> keys) {
        Map<KeySpec, Action> remapped = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        // Sorted, so that messages and the help come in the same order on every run.
        for (Map.Entry<String, String> entry : new TreeMap<>(keys).entrySet()) {
            Action action = actionNamed(entry.getKey());
            if (action == null) {
                problems.add("keys: unknown action \"" + entry.getKey() + "\" (known: " + String.join(", ", names())
                        + ")");
                continue;
            }
            KeySpec key;
            try {
                key = KeySpec.parse(entry.getValue());
            } catch (IllegalArgumentException e) {
                problems.add("keys: " + entry.getKey() + ": \"" + entry.getValue() + "\": " + e.getMessage());
                continue;
            }
            Action earlier = remapped.put(key, action);
            if (earlier != null) {
                problems.add("keys: " + key.label() + " given to both " + nameOf(earlier) + " and "
                        + nameOf(action) + "; " + nameOf(action) + " kept");
            }
        }
        return new KeyRemap(Map.copyOf(remapped), List.copyOf(problems));
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

    List<String> problems() {
        return problems;
    }

    /** The help overlay's lines for the config's keys, first, each saying what the key meant before. */
    List<KeyBindings.HelpLine> helpLines() {
        List<KeyBindings.HelpLine> lines = new ArrayList<>();
        for (Map.Entry<KeySpec, Action> entry : remapped.entrySet()) {
            KeySpec key = entry.getKey();
            Action was = key.type() == com.googlecode.lanterna.input.KeyType.Character
                    ? KeyBindings.actionFor(new KeyStroke(key.character(), key.ctrl(), false), false)
                    : KeyBindings.actionFor(new KeyStroke(key.type()), false);
            String meaning = nameOf(entry.getValue()) + " (your config"
                    + (was == Action.NONE || was == entry.getValue() ? "" : "; was " + nameOf(was)) + ")";
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
