package newsreader.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import newsreader.config.ConfigException;
import newsreader.config.ConfigFile;
import newsreader.config.ConfigLoader;
import newsreader.config.ConfiguredFolder;
import newsreader.config.Settings;
import newsreader.config.XdgDirectories;
import newsreader.tui.KeyBindings;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;

/** {@code newsreader [DIR]}: the full-screen reader; the subcommands serve scripts and pipes. */
final class NewsreaderCommand implements Callable<Integer> {
    private final Console console;

    /** This command's model, which its usage errors name (given by {@link CommandTree}, see {@link Subcommand}). */
    CommandSpec spec;

    /** The help's key for DIR, which every command that reads a folder shares and {@link #postsFolder} resolves. */
    static final String DIR_DESCRIPTION = "folder";

    Path folder;
    Path configFile;
    boolean noColor;
    boolean debug;
    String language;
    boolean line;
    Integer ambiguousWidth;
    String viewer;

    final ChineseOption chinese = new ChineseOption();

    /**
     * DIR and the options, in this order ({@link CommandModel}); {@code --config}, {@code --no-color}, {@code --debug}
     * and {@code --language} are inherited by every subcommand, so they may follow its name.
     */
    CommandSpec model() {
        CommandSpec model = CommandModel.command("newsreader", this);
        model.addPositional(CommandModel.parameter(Path.class, () -> folder, value -> folder = value)
                .index("0").arity("0..1").paramLabel("DIR").descriptionKey(DIR_DESCRIPTION).build());
        model.addOption(CommandModel.option(Path.class, () -> configFile, value -> configFile = value, "--config")
                .paramLabel("FILE").scopeType(ScopeType.INHERIT).build());
        model.addOption(CommandModel.option(boolean.class, () -> noColor, value -> noColor = value, "--no-color")
                .scopeType(ScopeType.INHERIT).build());
        model.addOption(CommandModel.option(boolean.class, () -> debug, value -> debug = value, "--debug")
                .scopeType(ScopeType.INHERIT).build());
        model.addOption(CommandModel.option(String.class, () -> language, value -> language = value, LanguageChoice.OPTION)
                .paramLabel("auto|en|zh-Hans|zh-Hant").scopeType(ScopeType.INHERIT)
                .completionCandidates(new LanguageValues()).build());
        model.addOption(CommandModel.option(boolean.class, () -> line, value -> line = value, "--line").build());
        model.addOption(CommandModel.option(Integer.class, () -> ambiguousWidth, value -> ambiguousWidth = value,
                "--ambiguous-width").paramLabel("1|2").completionCandidates(new AmbiguousWidthOption.Values()).build());
        model.addOption(CommandModel.option(String.class, () -> viewer, value -> viewer = value, "--viewer")
                .paramLabel("CMD").build());
        return model;
    }

    private Settings settings;
    private LanguageChoice languageChoice;

    NewsreaderCommand(Console console) {
        this.console = console;
    }

    /** The language chosen before parsing, with the config it read: the settings are then not read again. */
    void chosen(LanguageChoice choice) {
        this.languageChoice = choice;
    }

    /** What Tab offers after {@code --language}. */
    static final class LanguageValues implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return java.util.List.of("auto", "en", "zh-Hans", "zh-Hant").iterator();
        }
    }

    Console console() {
        return console;
    }

    Path configPath() {
        return configFile != null ? configFile : ConfigFile.location(System.getenv());
    }

    /** The config file's settings, loaded once; a bad file is a usage error that names file, line and key. */
    Settings settings() {
        if (settings == null) {
            if (language != null && !language.equalsIgnoreCase("auto")
                    && !newsreader.config.InterfaceLanguage.names(language)) {
                throw new ParameterException(spec.commandLine(), CommandHelp.MESSAGES.get("error.language", language));
            }
            Settings loaded = languageChoice == null ? null : languageChoice.settings(configPath());
            if (loaded == null) {
                try {
                    loaded = new ConfigLoader(KeyBindings::keyName, XdgDirectories.home(System.getenv())).load(configPath());
                } catch (ConfigException e) {
                    throw new ParameterException(spec.commandLine(), CommandHelp.MESSAGES.get("error.config", e.getMessage()));
                }
            }
            settings = noColor ? loaded.withColor(Settings.ColorMode.NEVER) : loaded;
        }
        return settings;
    }

    /**
     * The folder a command reads: DIR when given, else the config's {@code posts}, else the current folder. The one rule
     * for the reader, {@code list} and {@code search}; a folder that is not there is a usage error of {@code caller}.
     */
    Path postsFolder(Path given, CommandSpec caller) {
        Path folder = given != null ? given : configuredFolder(caller).orElse(Path.of("."));
        if (!Files.isDirectory(folder)) {
            throw new ParameterException(caller.commandLine(), CommandHelp.MESSAGES.get("error.not-a-folder", folder.toString()));
        }
        return folder;
    }

    /**
     * The config's {@code posts} folder, when set; a usage error naming file, line and key when it is not a folder.
     * Asked only by what reads the folder, and by {@code newsreader config}.
     */
    Optional<Path> configuredFolder(CommandSpec caller) {
        ConfiguredFolder posts = settings().posts();
        if (posts == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(posts.existing());
        } catch (ConfigException e) {
            throw new ParameterException(caller.commandLine(), CommandHelp.MESSAGES.get("error.config", e.getMessage()));
        }
    }

    @Override
    public Integer call() {
        Settings s = settings();
        if (ambiguousWidth != null) {
            if (ambiguousWidth != 1 && ambiguousWidth != 2) {
                throw new ParameterException(spec.commandLine(),
                        CommandHelp.MESSAGES.get("error.ambiguous-width", String.valueOf(ambiguousWidth)));
            }
            s = s.withAmbiguousWidth(ambiguousWidth);
        }
        if (viewer != null) {
            s = s.withViewer(viewer);
        }
        s = chinese.applyTo(s);
        return ReaderLauncher.launch(postsFolder(folder, spec), s, line, console);
    }
}
