package newsreader.cli;

import java.util.logging.Level;
import java.util.logging.Logger;
import newsreader.log.LogFile;
import picocli.CommandLine;

/** The {@code newsreader} program: parses the command line and runs the chosen command. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the program with {@code args} and returns its exit status (0 ok, 1 some post had a problem, 2 usage). */
    public static int run(String... args) {
        Console console = Console.system();
        boolean debug = java.util.Arrays.asList(args).contains("--debug");
        java.nio.file.Path log = LogFile.install(LogFile.location(System.getenv()), debug);
        Logger.getLogger(Main.class.getName()).fine(() -> "newsreader " + String.join(" ", args));
        CommandLine cli = new CommandLine(new NewsreaderCommand(console));
        cli.setOut(console.out());
        cli.setErr(console.err());
        cli.setExitCodeExceptionMapper(e -> ExitCodes.USAGE);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            Logger.getLogger(Main.class.getName()).log(Level.SEVERE, "failed: " + String.join(" ", args), e);
            console.err().println("newsreader: " + e + (log == null ? "" : " (details in " + log + ")"));
            console.err().flush();
            return ExitCodes.FAILURE;
        });
        int code = cli.execute(args);
        console.out().flush();
        console.err().flush();
        return code;
    }
}
