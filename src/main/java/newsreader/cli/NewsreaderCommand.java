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
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** {@code newsreader [DIR]}: the full-screen reader; the subcommands serve scripts and pipes. */
@Command(name = "newsreader",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = {
            "Reads a folder of posts (Markdown/HTML with front matter) in the terminal, with CJK-correct wrapping.",
            "Without a command, opens the full-screen reader on DIR."},
        footer = {"",
            "Examples:",
            "  newsreader ./posts                      open the reader",
            "  newsreader --line ./posts               the prompt-driven line mode",
            "  newsreader list ./posts --limit 20      the 20 newest posts",
            "  newsreader list ./posts --json | jq .   metadata as JSON Lines",
            "  newsreader show post.md --width 60      one post as wrapped text",
            "",
            "Exit status: 0 ok; 1 some post had a problem (reported on stderr);",
            "2 usage error (unknown option, missing folder or file, bad value)."},
        subcommands = {ListCommand.class, ShowCommand.class, SearchCommand.class, ConfigCommand.class, CompletionCommand.class,
            TrainCommand.class})
final class NewsreaderCommand implements Callable<Integer> {
    private final Console console;

    @Spec
    CommandSpec spec;

    /** How every command that reads a folder describes its DIR, which {@link #postsFolder} resolves. */
    static final String DIR_DESCRIPTION = "The folder of posts (default: the config's posts setting, else the current folder).";

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = DIR_DESCRIPTION)
    Path folder;

    @Option(names = "--config", paramLabel = "FILE", scope = ScopeType.INHERIT,
            description = "Config file (default: $XDG_CONFIG_HOME/newsreader/config.yaml).")
    Path configFile;

    @Option(names = "--no-color", scope = ScopeType.INHERIT, description = "No colours (as NO_COLOR does).")
    boolean noColor;

    @Option(names = "--debug", scope = ScopeType.INHERIT,
            description = "Log details to the log file ($XDG_STATE_HOME/newsreader/newsreader.log.0).")
    boolean debug;

    @Option(names = LanguageChoice.OPTION, paramLabel = "auto|en|zh-Hans|zh-Hant", scope = ScopeType.INHERIT,
            completionCandidates = LanguageValues.class,
            description = "The interface's language (default: the config's language, else LC_ALL, LC_MESSAGES, LANG).")
    String language;

    @Option(names = "--line", description = "Line mode: a prompt instead of the full screen, for dumb terminals, "
            + "Emacs shell buffers, serial consoles and screen readers (chosen by itself when TERM is dumb).")
    boolean line;

    @Option(names = "--ambiguous-width", paramLabel = "1|2", completionCandidates = AmbiguousWidthOption.Values.class, description = "Cells your terminal gives ambiguous characters such as “ ” … ○.")
    Integer ambiguousWidth;

    @Option(names = "--viewer", paramLabel = "CMD",
            description = "Image viewer command with {url} or {file}, e.g. 'feh --scale-down {file}' (overrides the config's viewer).")
    String viewer;

    @picocli.CommandLine.Mixin
    ChineseOption chinese;

    private Settings settings;
    private final LanguageChoice languageChoice;

    NewsreaderCommand(Console console) {
        this(console, null);
    }

    /** {@code languageChoice}: the language chosen before parsing, with the config it read (null: none read). */
    NewsreaderCommand(Console console, LanguageChoice languageChoice) {
        this.console = console;
        this.languageChoice = languageChoice;
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
                throw new ParameterException(spec.commandLine(),
                        "--language must be auto, en, zh-Hans or zh-Hant, not '" + language + "'");
            }
            Settings loaded = languageChoice == null ? null : languageChoice.settings(configPath());
            if (loaded == null) {
                try {
                    loaded = new ConfigLoader(KeyBindings::keyName, XdgDirectories.home(System.getenv())).load(configPath());
                } catch (ConfigException e) {
                    throw new ParameterException(spec.commandLine(), "config: " + e.getMessage());
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
            throw new ParameterException(caller.commandLine(), folder + ": not a folder");
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
            throw new ParameterException(caller.commandLine(), "config: " + e.getMessage());
        }
    }

    @Override
    public Integer call() {
        Settings s = settings();
        if (ambiguousWidth != null) {
            if (ambiguousWidth != 1 && ambiguousWidth != 2) {
                throw new ParameterException(spec.commandLine(), "--ambiguous-width must be 1 or 2, not " + ambiguousWidth);
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
