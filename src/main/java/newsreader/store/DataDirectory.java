package newsreader.store;

import java.nio.file.Path;
import java.util.Map;
import newsreader.config.XdgDirectories;

/**
 * Where newsreader keeps what it learns about the user's folders: {@code $XDG_DATA_HOME/newsreader},
 * or {@code ~/.local/share/newsreader} when the variable is unset, empty or relative (as the XDG spec says).
 */
public final class DataDirectory {
    private DataDirectory() {
    }

    /** The data directory for this process's environment and home directory. */
    public static Path resolve() {
        return XdgDirectories.system().data();
    }

    /** The data directory for the given environment and home: injectable so tests never touch the real home. */
    public static Path resolve(Map<String, String> environment, Path home) {
        return new XdgDirectories(environment, home).data();
    }
}
