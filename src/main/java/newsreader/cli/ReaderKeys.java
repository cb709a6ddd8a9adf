package newsreader.cli;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import newsreader.tui.KeyBindings;

/**
 * The full-screen reader's key table, as its {@code ?} help shows it, for the man page's KEYS section: one table, so
 * the page never tells of keys the reader does not have. The reader keeps the table to itself
 * ({@code KeyBindings.HELP}, package-private); it is read here by reflection, and {@code ShellIntegrationTest} fails
 * if the table is ever moved or renamed.
 */
final class ReaderKeys {
    /** @param keys the keys, as the help writes them ({@code ↑ ↓  k j}) */
    record Line(String keys, String meaning) {
    }

    private ReaderKeys() {
    }

    static List<Line> lines() {
        try {
            Field field = KeyBindings.class.getDeclaredField("HELP");
            field.setAccessible(true);
            List<Line> lines = new ArrayList<>();
            for (Object entry : (List<?>) field.get(null)) {
                Method keys = entry.getClass().getDeclaredMethod("keys");
                Method meaning = entry.getClass().getDeclaredMethod("meaning");
                keys.setAccessible(true);
                meaning.setAccessible(true);
                lines.add(new Line((String) keys.invoke(entry), (String) meaning.invoke(entry)));
            }
            return lines;
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new IllegalStateException("the reader's key table (KeyBindings.HELP) cannot be read", e);
        }
    }
}
