package newsreader.cli;

import java.util.logging.Level;
import java.util.logging.Logger;
import newsreader.log.LogFile;
import newsreader.reading.ExitCodes;
import newsreader.text.SafeText;
import picocli.CommandLine;

/** The {@code newsreader} program: parses the command line and runs the chosen command. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /**
     * Java reads file names in the charset of the locale's character type, and under {@code LANG=C} (common over SSH)
     * that is ASCII: no Chinese file name can even be named. The launchers set a UTF-8 character type; plain
     * {@code java -jar} cannot change it once started.
     */
    static String fileNamesInThisLocale() {
        return CommandHelp.MESSAGES.get("error.file-names", System.getenv().getOrDefault("LANG", ""));
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Two lines: the problem, and where the help is. picocli's own handler prints the whole usage after the problem
     * (30 to 45 lines), which pushes the one line that matters off a small terminal. The message is cleaned: it quotes
     * arguments and paths (a folder that is not there, a bad value), which may be file names from an untrusted folder.
     * Both lines are in the interface's language ({@link UsageErrorText}).
     */
    private static int usageError(CommandLine.ParameterException e) {
        CommandLine command = e.getCommandLine();
        java.io.PrintWriter err = command.getErr();
        err.println(command.getColorScheme().errorText(SafeText.line(UsageErrorText.of(e))));
        err.println(helpHint(command));
        err.flush();
        return ExitCodes.USAGE;
    }

    /** {@code try 'newsreader list --help'}: the help of the command that was typed. */
    static String helpHint(CommandLine command) {
        return CommandHelp.MESSAGES.get("error.help-hint", command.getCommandSpec().qualifiedName());
    }

    /** Runs the program with {@code args} and returns its exit status (0 ok, 1 some post had a problem, 2 usage). */
    public static int run(String... args) {
        return run(Console.system(), args);
    }

    /** The same with output going to {@code console}: lets the tests run commands in-process, without a new JVM. */
    static int run(Console console, String... args) {
        newsreader.log.Trace.mark("main");
        boolean debug = java.util.Arrays.asList(args).contains("--debug");
        LogFile.install(LogFile.location(System.getenv()), debug);
        if (debug) {
            // Only then: the first record starts java.util.logging and opens the file, which a plain run never needs.
            Logger.getLogger(Main.class.getName()).fine(() -> "newsreader " + String.join(" ", args));
        }
        // The config is read (and the language chosen) beside the building of picocli's model: each takes a good part
        // of a start, and neither needs the other until the help's words are given.
        java.util.concurrent.Future<LanguageChoice> choosing = LanguageChoice.startChoosing(args, System.getenv());
        NewsreaderCommand root = new NewsreaderCommand(console);
        // Only the subcommand the arguments name: building picocli's model of the whole tree costs every start.
        CommandLine cli = CommandTree.forArguments(root, args);
        newsreader.log.Trace.mark("main: command line built");
        LanguageChoice language = LanguageChoice.awaited(choosing);
        root.chosen(language);
        newsreader.messages.Messages.speak(language.language());
        newsreader.log.Trace.mark("main: language chosen");
        CommandHelp.spoken(cli);
        newsreader.log.Trace.mark("main: help's words set");
        // picocli styles its help and usage errors on a terminal: it writes the streams as they are, its help being the
        // program's own text, and the one untrusted part, an error's message, is cleaned by the handler below.
        cli.setOut(console.styledOut());
        cli.setErr(console.styledErr());
        cli.setExitCodeExceptionMapper(e -> ExitCodes.USAGE);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            Logger.getLogger(Main.class.getName()).log(Level.SEVERE, "failed: " + String.join(" ", args), e);
            if (causedBy(e, java.nio.file.InvalidPathException.class)) {
                console.err().println(fileNamesInThisLocale());
                return ExitCodes.FAILURE;
            }
            java.nio.file.Path log = LogFile.written();
            console.err().println(log == null ? CommandHelp.MESSAGES.get("error.failed", String.valueOf(e))
                    : CommandHelp.MESSAGES.get("error.failed-see-log", String.valueOf(e), log.toString()));
            console.err().flush();
            return ExitCodes.FAILURE;
        });
        cli.setParameterExceptionHandler((e, arguments) -> {
            // picocli keeps only the message of a failed conversion to Path.
            if (causedBy(e, java.nio.file.InvalidPathException.class) || String.valueOf(e.getMessage()).contains("InvalidPathException")) {
                console.err().println(fileNamesInThisLocale());
                return ExitCodes.USAGE;
            }
            return usageError(e);
        });
        int code = cli.execute(args);
        console.out().flush();
        console.err().flush();
        return code;
    }
}
