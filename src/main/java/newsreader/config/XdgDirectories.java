package newsreader.config;

import java.nio.file.Path;
import java.util.Map;

/**
 * newsreader's folders by the XDG Base Directory rules: {@code $XDG_CONFIG_HOME/newsreader} (default
 * {@code ~/.config/newsreader}), and likewise data ({@code ~/.local/share}), state ({@code ~/.local/state}) and
 * cache ({@code ~/.cache}). A variable that is unset, empty or relative is ignored, as the specification says. The
 * environment and home are passed in, so that tests never touch the real home.
 */
public record XdgDirectories(Map<String, String> environment, Path home) {

    /** The folders for this process. */
    public static XdgDirectories system() {
        return new XdgDirectories(System.getenv(), Path.of(System.getProperty("user.home")));
    }

    /** The folders for an environment, with {@code $HOME} from it when present. */
    public static XdgDirectories of(Map<String, String> environment) {
        String home = environment.get("HOME");
        return new XdgDirectories(environment, Path.of(home != null && !home.isBlank() ? home : System.getProperty("user.home")));
    }

    public Path config() {
        return base("XDG_CONFIG_HOME", ".config");
    }

    public Path data() {
        return base("XDG_DATA_HOME", ".local/share");
    }

    public Path state() {
        return base("XDG_STATE_HOME", ".local/state");
    }

    public Path cache() {
        return base("XDG_CACHE_HOME", ".cache");
    }

    private Path base(String variable, String fallback) {
        String value = environment.get(variable);
        if (value != null && !value.isBlank() && Path.of(value).isAbsolute()) {
            return Path.of(value).resolve("newsreader");
        }
        return home.resolve(fallback).resolve("newsreader");
    }
}
