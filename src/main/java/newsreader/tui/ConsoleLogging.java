package newsreader.tui;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.ConsoleHandler;
import java.util.logging.Handler;
import java.util.logging.Logger;
import newsreader.log.LogFile;

/**
 * Keeps stderr off the screen while it is up: java.util.logging's console handlers come off the root logger (the
 * SQLite store and Lucene log through it; {@code newsreader.cli.Main} sends them to the log file instead, but run
 * without it, as tests do, the default console handler is there), and {@code System.err}
 * goes nowhere, since a library or a background thread's uncaught exception would print straight to it.
 */
final class ConsoleLogging implements AutoCloseable {
    private final List<Handler> removed = new ArrayList<>();
    private final PrintStream err = System.err;

    private ConsoleLogging() {
        System.setErr(new PrintStream(OutputStream.nullOutputStream(), true));
        if (LogFile.installed()) {
            return; // the log file's configuration has no console handler, and asking would start java.util.logging
        }
        Logger root = Logger.getLogger("");
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
        System.setErr(err);
        for (Handler handler : removed) {
            Logger.getLogger("").addHandler(handler);
        }
    }
}
