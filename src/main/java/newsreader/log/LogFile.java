package newsreader.log;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.logging.FileHandler;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import newsreader.config.PrivateFiles;
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
            Path current = Path.of(file + ".0");
            // Made private before java.util.logging opens them: it appends to a file that is there and keeps its mode.
            PrivateFiles.file(current);
            PrivateFiles.file(Path.of(current + ".lck"));
            FileHandler handler = new PrivateFileHandler(file.toString().replace("%", "%%") + ".%g", current);
            handler.setLevel(debug ? Level.FINE : Level.INFO);
            handler.setEncoding("UTF-8");
            handler.setFormatter(new OneLine());
            root.addHandler(handler);
            return current;
        } catch (IOException | SecurityException e) {
            root.setLevel(Level.OFF);
            return null;
        }
    }

    /**
     * java.util.logging's rotating file handler, whose files stay {@code 0600}: when the log is full it renames the
     * files and creates a new {@code .0} with the default mode, which is narrowed again right after (inside the
     * {@code 0700} state folder, so no one else can open it meanwhile). Records are few, so a check per record is cheap.
     */
    private static final class PrivateFileHandler extends FileHandler {
        private final Path current;

        PrivateFileHandler(String pattern, Path current) throws IOException {
            super(pattern, MAX_BYTES, FILES, true);
            this.current = current;
        }

        @Override
        public synchronized void publish(LogRecord record) {
            super.publish(record);
            try {
                PrivateFiles.tightenFile(current);
            } catch (IOException | RuntimeException e) {
                // The log is a courtesy; the folder is private whatever happens here.
            }
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
