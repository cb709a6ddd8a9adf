package newsreader.config;

import java.nio.file.Path;
import java.util.Map;

/** Where the config file lives: {@code $XDG_CONFIG_HOME/newsreader/config.yaml}, else {@code ~/.config/newsreader/config.yaml}. */
public final class ConfigFile {
    private ConfigFile() {
    }

    public static Path location(Map<String, String> env) {
        String xdg = env.get("XDG_CONFIG_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()
                ? Path.of(xdg)
                : Path.of(env.getOrDefault("HOME", System.getProperty("user.home")), ".config");
        return base.resolve("newsreader").resolve("config.yaml");
    }
}
