package newsreader.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
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

    /**
     * {@link #of} on a thread of its own, for a start to build picocli's model meanwhile: reading the config (SnakeYAML,
     * the time zone database) and building the model each take a good part of a start, and a machine has two cores.
     */
    static Future<LanguageChoice> startChoosing(String[] args, Map<String, String> environment) {
        FutureTask<LanguageChoice> choosing = new FutureTask<>(() -> of(args, environment));
        Thread thread = new Thread(choosing, "language-choice");
        thread.setDaemon(true);
        thread.start();
        return choosing;
    }

    /** The choice {@link #startChoosing} made; what went wrong there goes on here, as if it had been done here. */
    static LanguageChoice awaited(Future<LanguageChoice> choosing) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return choosing.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException) {
                throw (RuntimeException) cause;
            }
            if (cause instanceof Error) {
                throw (Error) cause;
            }
            throw new IllegalStateException(cause);
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
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
