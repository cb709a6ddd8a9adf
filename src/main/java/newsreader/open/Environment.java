package newsreader.open;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import newsreader.config.XdgDirectories;

/**
 * The parts of the process environment that decide how an image is opened: variables, operating system, home.
 * Injected so that tests choose the PATH, the display and the terminal without touching the real ones. Public because
 * the sub-packages read it and the reader detects the colour depth from it when opening is off.
 *
 * @param variables environment variables
 * @param osName    {@code os.name}, e.g. {@code Linux} or {@code Mac OS X}
 * @param home      the user's home folder
 */
public record Environment(Map<String, String> variables, String osName, Path home) {

    public Environment {
        variables = Map.copyOf(variables);
    }

    /** The environment this process runs in. */
    public static Environment current() {
        return new Environment(System.getenv(), System.getProperty("os.name", ""), XdgDirectories.home(System.getenv()));
    }

    /** A variable's value, or null when unset or empty (an empty variable counts as unset, as shells do in tests). */
    public String get(String name) {
        String value = variables.get(name);
        return value == null || value.isEmpty() ? null : value;
    }

    public boolean isSet(String name) {
        return get(name) != null;
    }

    public boolean isMac() {
        return osName.toLowerCase(Locale.ROOT).startsWith("mac");
    }

    /** The folders of {@code $PATH}, in order; empty entries are skipped rather than meaning "the current folder". */
    public List<Path> pathFolders() {
        List<Path> folders = new ArrayList<>();
        String path = get("PATH");
        if (path == null) {
            return folders;
        }
        for (String part : path.split(File.pathSeparator)) {
            if (!part.isEmpty()) {
                folders.add(Path.of(part));
            }
        }
        return folders;
    }

    /** Whether the user sits at this machine with a display, or reaches it over SSH without one. */
    public boolean hasDesktop() {
        if (isSet("DISPLAY") || isSet("WAYLAND_DISPLAY")) {
            return true;
        }
        boolean overSsh = isSet("SSH_CONNECTION") || isSet("SSH_TTY");
        // macOS needs no DISPLAY: a local session always has its window server.
        return isMac() && !overSsh;
    }

    /** {@code $XDG_CACHE_HOME/newsreader/images}, by default {@code ~/.cache/newsreader/images}. */
    public Path imageCacheFolder() {
        return new XdgDirectories(variables, home).cache().resolve("images");
    }

    /** Inside tmux escape sequences for the outer terminal must be wrapped for passthrough. */
    public boolean insideTmux() {
        return isSet("TMUX");
    }
}
