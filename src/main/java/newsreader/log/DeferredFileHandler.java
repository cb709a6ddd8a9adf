package newsreader.log;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.logging.FileHandler;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import newsreader.config.PrivateFiles;

/**
 * The log file's handler, which opens the file (and java.util.logging's lock file beside it) on the first record
 * that passes the level: a run that logs nothing writes nothing. Public with a public constructor because
 * java.util.logging makes it by name from {@link LogConfiguration}'s {@code handlers}.
 */
public final class DeferredFileHandler extends Handler {
    private static final int MAX_BYTES = 1024 * 1024;
    private static final int FILES = 3;

    private final Path file;
    private Handler opened;
    private boolean unwritable;

    public DeferredFileHandler() {
        this.file = LogFile.file();
        setLevel(LogFile.level());
    }

    @Override
    public synchronized void publish(LogRecord record) {
        if (!isLoggable(record)) {
            return;
        }
        Handler out = open();
        if (out != null) {
            out.publish(record);
        }
    }

    private Handler open() {
        if (opened != null || unwritable || file == null) {
            return opened;
        }
        try {
            Path current = Path.of(file + ".0");
            // Made private before java.util.logging opens them: it appends to a file that is there and keeps its mode.
            PrivateFiles.file(current);
            PrivateFiles.file(Path.of(current + ".lck"));
            FileHandler handler = new PrivateFileHandler(file.toString().replace("%", "%%") + ".%g", current);
            handler.setLevel(getLevel());
            handler.setEncoding("UTF-8");
            handler.setFormatter(new OneLine());
            opened = handler;
            LogFile.written(current);
        } catch (IOException | SecurityException e) {
            unwritable = true; // the log is a courtesy: nothing is logged, and nothing fails for it
        }
        return opened;
    }

    @Override
    public synchronized void flush() {
        if (opened != null) {
            opened.flush();
        }
    }

    @Override
    public synchronized void close() {
        if (opened != null) {
            opened.close();
            opened = null;
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
