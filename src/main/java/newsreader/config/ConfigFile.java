package newsreader.config;

import java.nio.file.Path;
import java.util.Map;

/** Where the config file lives: {@code $XDG_CONFIG_HOME/newsreader/config.yaml}, else {@code ~/.config/newsreader/config.yaml}. */
public final class ConfigFile {
    private ConfigFile() {
    }

    public static Path location(Map<String, String> env) {
        return XdgDirectories.of(env).config().resolve("config.yaml");
    }
}
