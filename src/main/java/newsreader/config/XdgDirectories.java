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
        return of(System.getenv());
    }

    /** The folders for an environment, under the home {@link #home} finds in it. */
    public static XdgDirectories of(Map<String, String> environment) {
        return new XdgDirectories(environment, home(environment));
    }

    /**
     * The user's home: {@code $HOME} when it is set and absolute, as the XDG specification and shells mean it, else
     * Java's {@code user.home} (which comes from the password database, and so ignores a test's or a sudo shell's
     * {@code $HOME}). Every part of newsreader that needs the home asks here, so that they all agree on it.
     */
    public static Path home(Map<String, String> environment) {
        String home = environment.get("HOME");
        if (home != null && !home.isBlank() && Path.of(home).isAbsolute()) {
            return Path.of(home);
        }
        return Path.of(System.getProperty("user.home"));
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
