package newsreader.log;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.logging.FileHandler;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import newsreader.config.XdgDirectories;

/**
 * The program's log: a file under {@code $XDG_STATE_HOME/newsreader/} (default {@code ~/.local/state/newsreader/}),
 * never the screen, where a full-screen reader would be drawn over. {@code --debug} logs more.
 */
public final class LogFile {
    private static final int MAX_BYTES = 1024 * 1024;
    private static final int FILES = 3;

    private LogFile() {
    }

    /** Where the log goes for this environment. */
    public static Path location(Map<String, String> env) {
        return XdgDirectories.of(env).state().resolve("newsreader.log");
    }

    /**
     * Sends all logging of the program to {@code file} and none to the console. Returns the file, or null when it
     * cannot be written (then nothing is logged: a reader must not fail because its log cannot be written).
     */
    public static Path install(Path file, boolean debug) {
        Logger root = Logger.getLogger("");
        for (Handler handler : root.getHandlers()) {
            root.removeHandler(handler);
        }
        root.setLevel(debug ? Level.FINE : Level.INFO);
        try {
            Files.createDirectories(file.getParent());
            FileHandler handler = new FileHandler(file.toString().replace("%", "%%") + ".%g", MAX_BYTES, FILES, true);
            handler.setLevel(debug ? Level.FINE : Level.INFO);
            handler.setEncoding("UTF-8");
            handler.setFormatter(new OneLine());
            root.addHandler(handler);
            return Path.of(file + ".0");
        } catch (IOException | SecurityException e) {
            root.setLevel(Level.OFF);
            return null;
        }
    }

    /** {@code 2026-11-26T10:00:00Z INFO logger: message}, then the stack trace if any. */
    private static final class OneLine extends Formatter {
        @Override
        public String format(LogRecord record) {
            StringBuilder out = new StringBuilder()
                    .append(Instant.ofEpochMilli(record.getMillis())).append(' ')
                    .append(record.getLevel().getName()).append(' ')
                    .append(record.getLoggerName()).append(": ")
                    .append(formatMessage(record)).append('\n');
            if (record.getThrown() != null) {
                java.io.StringWriter trace = new java.io.StringWriter();
                record.getThrown().printStackTrace(new java.io.PrintWriter(trace));
                out.append(trace);
            }
            return out.toString();
        }
    }
}
