package newsreader.config;

/**
 * The rules for one entry of the {@code keys} setting ({@code action: key}), which the config file checks like every
 * other value. The reader owns those rules, its action names and its key syntax (both in {@code tui}, built on
 * Lanterna's key types); the loader is handed them rather than keeping a copy, so that {@code config} stays below
 * {@code tui} and there is still one definition: what {@code newsreader config} accepts is exactly what the reader can
 * use. Moving key parsing here instead would pull the reader's action list and Lanterna into the config.
 */
@FunctionalInterface
public interface KeyCheck {
    /**
     * Checks one entry.
     *
     * @return the key's one name, the same for every spelling of it ({@code C-n}, {@code ^n}), so that the loader
     *         can find a key given to two actions
     * @throws IllegalArgumentException saying what is wrong, for the loader to put after the file, line and
     *         {@code keys.ACTION} (so the message need not name the action again)
     */
    String keyName(String action, String key);
}
