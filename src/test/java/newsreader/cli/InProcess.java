package newsreader.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.logging.Handler;
import java.util.logging.Logger;
import newsreader.testing.ProgramRun;

/**
 * Runs a command through the real command line (picocli, {@link Main}'s error handling and exit codes) inside this
 * JVM, with output caught as a pipe would catch it: a fraction of a second where a new JVM takes one or two. What
 * needs a real process (standard input, the environment, the locale, a terminal) stays with {@link ProgramRun}.
 * The environment is this JVM's: surefire points the XDG folders under the build folder.
 */
public final class InProcess {
    private InProcess() {
    }

    public static ProgramRun run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Console pipe = new Console(new PrintWriter(out), new PrintWriter(err), false, Console.DEFAULT_COLUMNS);
        // Main chooses the language for the process; a run in this JVM must not leave its choice to the next test.
        try (var language = newsreader.messages.Messages.speaking(newsreader.messages.Messages.language())) {
            int code = Main.run(pipe, args);
            return new ProgramRun(code, out.toString(), err.toString());
        } finally {
            closeLogFile();
        }
    }

    /**
     * Each run installs a handler for the log file, as a process does once; a process would close it on exit. Left
     * open, the next run's handler finds the file locked and opens newsreader.log.0.1, .2, … and an open file each.
     */
    private static void closeLogFile() {
        Logger root = Logger.getLogger("");
        for (Handler handler : root.getHandlers()) {
            root.removeHandler(handler);
            handler.close();
        }
    }
}
