package newsreader.line;

import java.io.IOError;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import newsreader.config.XdgDirectories;
import newsreader.post.PostReader;
import newsreader.post.PostScanner;
import newsreader.post.ScanResult;
import newsreader.reading.ExitCodes;
import newsreader.search.SearchLocation;
import newsreader.reading.ListChoice;
import newsreader.reading.ListChoiceFile;
import newsreader.reading.ReadState;
import newsreader.reading.Reading;
import newsreader.text.CellWidth;
import newsreader.text.SafeText;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;

/**
 * The reader for places a full screen cannot serve — {@code TERM=dumb}, Emacs shell buffers, serial consoles, screen
 * readers: a prompt with history and tab completion, and plain wrapped text in answer, line by line. JLine owns the
 * terminal while it runs, and only then.
 */
public final class LineMode {

    public static final String PROMPT = "newsreader> ";

    private LineMode() {
    }

    /** Runs line mode on {@code folder} in this process's terminal; returns the process exit code. */
    public static int run(Path folder, LineOptions options) {
        if (!Files.isDirectory(folder)) {
            System.err.println(notAFolder(folder));
            return ExitCodes.USAGE;
        }
        if (insideEmacs(System.getenv())) {
            options = options.withPlainInput(true);
        }
        SystemTerminal system;
        try {
            system = SystemTerminal.open();
        } catch (IOException | IOError e) {
            System.err.println(SafeText.line(newsreader.messages.Messages.of("line").get("terminal.unusable", e.getMessage())));
            return ExitCodes.FAILURE;
        }
        int exitCode = run(folder, options, system.terminal(), !system.outputIsTerminal(), system.driverEdits());
        try {
            system.terminal().close();
        } catch (IOException e) {
            // Closing failed after everything was done: the run's own exit code still tells how it went.
        }
        return exitCode;
    }

    /** Runs line mode reading commands from {@code in} and writing to {@code out} as a dumb terminal (UTF-8). */
    public static int run(Path folder, LineOptions options, InputStream in, OutputStream out) {
        try (Terminal terminal = new DumbTerminal("newsreader", "dumb", in, out, StandardCharsets.UTF_8)) {
            return run(folder, options, terminal);
        } catch (IOException e) {
            return ExitCodes.FAILURE;
        }
    }

    /** Runs line mode on a terminal the caller made and will close. */
    public static int run(Path folder, LineOptions options, Terminal terminal) {
        return run(folder, options, terminal, false, false);
    }

    /**
     * @param wholeTitles output goes to a pipe or a file, not to a screen: list titles are printed whole, for the
     *                    program or person reading it (as {@code newsreader list} does)
     * @param driverEdits the terminal's driver echoes and edits what is typed ({@link SystemTerminal#driverEdits})
     */
    private static int run(Path folder, LineOptions options, Terminal terminal, boolean wholeTitles,
                           boolean driverEdits) {
        PrintWriter out = terminal.writer();
        if (!Files.isDirectory(folder)) {
            out.println(notAFolder(folder));
            out.flush();
            return ExitCodes.USAGE;
        }
        Path root = folder.toAbsolutePath().normalize();
        Map<String, String> environment = System.getenv();
        Path historyFile = options.historyFile() != null ? options.historyFile()
                : StateDirectory.historyFile(environment, XdgDirectories.home(environment));

        Reading reading = new Reading(options.dateLabel(), new CellWidth(options.ambiguousWidth()),
                options.placeholders(), options.script());
        Printer printer = new Printer(out, reading.widths(), TerminalSize.width(options, terminal, environment));
        if (!driverEdits) {
            // Given a size, JLine echoes the accepted line: right where nothing else echoes it (a pipe), a second
            // copy where the terminal's driver already has.
            TerminalSize.giveSizeIfUnknown(terminal, printer.width());
        }
        PostScanner scanner = new PostScanner();
        ScanResult scan = scanner.scan(root);
        ReadState.Shared marks = ReadState.openShared(options.dataDirectory());
        ReadState readState = marks.state();
        // What the reader's keys chose last wins over the settings, as it does in the reader.
        ListChoice choice = new ListChoiceFile(new XdgDirectories(environment, XdgDirectories.home(environment)).state())
                .load(options.listChoice());
        Session session = new Session(root, scan.posts(), scan.problems(), choice, readState);
        CommandRunner runner = new CommandRunner(session, printer, new ListPrinter(printer, reading.rows(), readState, wholeTitles),
                new ArticleSource(root, new PostReader(), reading.renderer(), options.textMeasure()), readState,
                TerminalSize.pageSize(options, terminal), () -> scanner.scan(root),
                new TextFinder(root, SearchLocation.cacheRoot()));

        try (Prompt prompt = options.plainInput() ? new PlainPrompt(terminal.reader(), out)
                : EditingPrompt.open(terminal, session::categories, historyFile, printer)) {
            if (driverEdits) {
                PromptInterrupt.install(out, PROMPT);
            }
            runner.welcome();
            if (!marks.problem().isEmpty()) {
                printer.say(marks.problem());
            }
            String line;
            while ((line = prompt.next(PROMPT)) != null) {
                if (!runner.run(line)) {
                    return ExitCodes.OK;
                }
            }
            printer.blank();
            return ExitCodes.OK;
        } catch (IOError | RuntimeException e) {
            printer.say(newsreader.messages.Messages.of("line").get("failed", e.toString()));
            return ExitCodes.FAILURE;
        } finally {
            marks.close();
            printer.flush();
        }
    }

    /** Emacs's shell buffer (M-x shell) sets INSIDE_EMACS; it echoes, edits and completes lines itself. */
    static boolean insideEmacs(Map<String, String> environment) {
        String value = environment.get("INSIDE_EMACS");
        return value != null && !value.isBlank();
    }

    /** Printed outside the {@code Printer}: the name is the user's, but may hold what a folder's names do. */
    private static String notAFolder(Path folder) {
        return SafeText.line(newsreader.messages.Messages.of("line").get("not-a-folder", folder.toString()));
    }
}
