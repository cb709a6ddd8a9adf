package newsreader.tui;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.ConsoleHandler;
import java.util.logging.Handler;
import java.util.logging.Logger;

/**
 * Takes java.util.logging's console handlers off the root logger while the screen is up: a library warning (the
 * SQLite store logs its failures) printed to stderr would land in the middle of the screen. {@code newsreader.cli.Main}
 * installs a file handler instead; run without it (tests, {@link FullScreenReader#main}), the default console
 * handler is there and is removed here.
 */
final class ConsoleLogging implements AutoCloseable {
    private final Logger root = Logger.getLogger("");
    private final List<Handler> removed = new ArrayList<>();

    private ConsoleLogging() {
        for (Handler handler : root.getHandlers()) {
            if (handler instanceof ConsoleHandler) {
                root.removeHandler(handler);
                removed.add(handler);
            }
        }
    }

    static ConsoleLogging silenced() {
        return new ConsoleLogging();
    }

    /** Puts the console handlers back once the terminal is restored. */
    @Override
    public void close() {
        for (Handler handler : removed) {
            root.addHandler(handler);
        }
    }
}
