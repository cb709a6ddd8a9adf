package newsreader.cli;

import java.nio.file.Path;
import java.util.Map;
import newsreader.config.ConfigException;
import newsreader.config.ConfigFile;
import newsreader.config.ConfigLoader;
import newsreader.config.InterfaceLanguage;
import newsreader.config.Settings;
import newsreader.config.XdgDirectories;
import newsreader.tui.KeyBindings;

/**
 * The interface's language, chosen before the command line is parsed: picocli's help and its usage errors are
 * written in it too. {@code --language}, else the config's {@code language}, else the environment's locale. The config
 * read here is kept for the command ({@link #settings}), so the file is parsed once; a bad one is reported by the
 * command, as always, and until then the environment decides.
 */
final class LanguageChoice {
    static final String OPTION = "--language";

    private final Path configPath;
    private final Settings settings;
    private final InterfaceLanguage language;

    private LanguageChoice(Path configPath, Settings settings, InterfaceLanguage language) {
        this.configPath = configPath;
        this.settings = settings;
        this.language = language;
    }

    static LanguageChoice of(String[] args, Map<String, String> environment) {
        String option = valueOf(args, OPTION);
        if (option != null && !option.equalsIgnoreCase("auto") && !InterfaceLanguage.names(option)) {
            option = null; // the command reports the bad value; its message is in the environment's language
        }
        String configOption = valueOf(args, "--config");
        Path configPath = configOption != null ? Path.of(configOption) : ConfigFile.location(environment);
        Settings settings = null;
        try {
            settings = new ConfigLoader(KeyBindings::keyName, XdgDirectories.home(environment)).load(configPath);
        } catch (ConfigException | RuntimeException unreadable) {
            // reported by the command that reads the settings
        }
        InterfaceLanguage language = InterfaceLanguage.choose(option, settings == null ? null : settings.language(),
                environment);
        return new LanguageChoice(configPath, settings, language);
    }

    InterfaceLanguage language() {
        return language;
    }

    /** The config read to choose the language, when it was read from {@code path} and was good; else null. */
    Settings settings(Path path) {
        return path.equals(configPath) ? settings : null;
    }

    /** The value of {@code name} given as {@code NAME VALUE} or {@code NAME=VALUE}, before any {@code --}. */
    static String valueOf(String[] args, String name) {
        String found = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--")) {
                break;
            }
            if (args[i].equals(name) && i + 1 < args.length) {
                found = args[++i];
            } else if (args[i].startsWith(name + "=")) {
                found = args[i].substring(name.length() + 1);
            }
        }
        return found;
    }
}
