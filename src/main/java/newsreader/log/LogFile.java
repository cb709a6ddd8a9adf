package newsreader.log;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.LogManager;
import newsreader.config.XdgDirectories;

/**
 * The program's log: a file under {@code $XDG_STATE_HOME/newsreader/} (default {@code ~/.local/state/newsreader/}),
 * never the screen, where a full-screen reader would be drawn over. {@code --debug} logs more.
 *
 * <p>Most runs log nothing, and starting java.util.logging with a file handler and its lock file cost a command about
 * 20 ms. So {@link #install} only says where the log goes: java.util.logging starts when something first logs (our
 * code or a library), configured by {@link LogConfiguration} with no console handler, and the file is opened by
 * {@link DeferredFileHandler} on the first record that passes the level.
 */
public final class LogFile {
    /** java.util.logging instantiates this class, when it starts, instead of reading its default configuration. */
    static final String CONFIG_CLASS_PROPERTY = "java.util.logging.config.class";

    private static volatile Path file;
    private static volatile boolean debug;
    /** Whether java.util.logging has started with {@link LogConfiguration}: then a new install reconfigures it. */
    private static volatile boolean configured;
    private static volatile Path written;

    private LogFile() {
    }

    /** Where the log goes for this environment. */
    public static Path location(Map<String, String> env) {
        return XdgDirectories.of(env).state().resolve("newsreader.log");
    }

    /**
     * Sends all logging of the program to {@code file} (as {@code file.0}, rotated to {@code .1}, {@code .2}) and none
     * to the console, from the first record on. Call before anything logs: a configuration java.util.logging read
     * before this call would stay.
     */
    public static void install(Path file, boolean debug) {
        LogFile.file = file;
        LogFile.debug = debug;
        written = null;
        System.setProperty(CONFIG_CLASS_PROPERTY, LogConfiguration.class.getName());
        if (configured) {
            // Already started (a second run in one JVM, as tests do): closes the old file and reads the new settings.
            try {
                LogManager.getLogManager().readConfiguration();
            } catch (IOException e) {
                // the configuration is built in memory; nothing to read that could fail
            }
        }
    }

    /** Whether {@link #install} sent the log to a file: then java.util.logging has no console handler. */
    public static boolean installed() {
        return file != null;
    }

    /**
     * The file a record went to, or null when nothing has been logged since {@link #install} or the file could not be
     * written (then nothing is logged: a reader must not fail because its log cannot be written).
     */
    public static Path written() {
        return written;
    }

    static Path file() {
        return file;
    }

    static Level level() {
        return debug ? Level.FINE : Level.INFO;
    }

    static void configured() {
        configured = true;
    }

    static void written(Path current) {
        written = current;
    }
}
