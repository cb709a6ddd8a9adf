package newsreader.line;

import java.nio.file.Path;
import java.util.Map;
import newsreader.config.XdgDirectories;

/**
 * Where newsreader keeps state that is not worth backing up, such as the prompt's history:
 * {@code $XDG_STATE_HOME/newsreader}, or {@code ~/.local/state/newsreader} when the variable is unset, empty or
 * relative (as the XDG spec says).
 */
final class StateDirectory {
    static final String HISTORY_FILE_NAME = "line-history";

    private StateDirectory() {
    }

    /** The line mode's history file for the given environment and home: injectable so tests never touch the home. */
    static Path historyFile(Map<String, String> environment, Path home) {
        return resolve(environment, home).resolve(HISTORY_FILE_NAME);
    }

    static Path resolve(Map<String, String> environment, Path home) {
        return new XdgDirectories(environment, home).state();
    }
}
