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
import java.util.function.IntSupplier;
import newsreader.post.PostReader;
import newsreader.post.PostScanner;
import newsreader.post.ScanResult;
import newsreader.render.ArticleRenderer;
import newsreader.render.DateLabel;
import newsreader.store.DataDirectory;
import newsreader.store.FileReadStateStore;
import newsreader.text.CellWidth;
import org.jline.keymap.KeyMap;
import org.jline.reader.Binding;
import org.jline.reader.EndOfFileException;
import org.jline.reader.History;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.Reference;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.terminal.impl.DumbTerminal;

/**
 * The reader for places a full screen cannot serve — {@code TERM=dumb}, Emacs shell buffers, serial consoles, screen
 * readers: a prompt with history and tab completion, and plain wrapped text in answer, line by line. JLine owns the
 * terminal while it runs, and only then.
 */
public final class LineMode {
    /** Exit codes, matching the command line's. */
    static final int OK = 0;
    static final int CANNOT_START = 2;
    static final int FAILURE = 3;

    public static final String PROMPT = "newsreader> ";
    private static final int FALLBACK_WIDTH = 80;
    private static final int FALLBACK_PAGE_SIZE = 20;
    /** Lines a page leaves for its heading, its footer and the prompt. */
    private static final int PAGE_MARGIN = 3;

    private static final String USAGE =
            "usage: java newsreader.line.LineMode [--ambiguous-width=1|2] [--width=N] [--page-size=N] DIR";

    private LineMode() {
    }

    /** Runs line mode on {@code folder} in this process's terminal; returns the process exit code. */
    public static int run(Path folder, LineOptions options) {
        if (!Files.isDirectory(folder)) {
            System.err.println(notAFolder(folder));
            return CANNOT_START;
        }
        Terminal terminal;
        try {
            // UTF-8 whatever the locale says, as the full-screen reader does: Chinese must never come out as "?".
            terminal = TerminalBuilder.builder().name("newsreader").system(true).dumb(true)
                    .encoding(StandardCharsets.UTF_8).build();
        } catch (IOException | IOError e) {
            System.err.println("newsreader: cannot use the terminal: " + e.getMessage());
            return FAILURE;
        }
        int exitCode = run(folder, options, terminal);
        try {
            terminal.close();
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
            return FAILURE;
        }
    }

    /** Runs line mode on a terminal the caller made and will close. */
    public static int run(Path folder, LineOptions options, Terminal terminal) {
        PrintWriter out = terminal.writer();
        if (!Files.isDirectory(folder)) {
            out.println(notAFolder(folder));
            out.flush();
            return CANNOT_START;
        }
        Path root = folder.toAbsolutePath().normalize();
        Map<String, String> environment = System.getenv();
        Path dataDirectory = options.dataDirectory() != null ? options.dataDirectory() : DataDirectory.resolve();
        Path historyFile = options.historyFile() != null ? options.historyFile()
                : StateDirectory.historyFile(environment, home(environment));

        CellWidth widths = new CellWidth(options.ambiguousWidth());
        DateLabel dates = options.dateLabel();
        Printer printer = new Printer(out, widths, width(options, terminal, environment));
        PostScanner scanner = new PostScanner();
        ScanResult scan = scanner.scan(root);
        Session session = new Session(root, scan.posts(), scan.problems());
        ReadMarks readMarks = new ReadMarks(FileReadStateStore.open(dataDirectory, root));
        CommandRunner runner = new CommandRunner(session, printer, new ListPrinter(printer, dates, readMarks),
                new ArticleSource(root, new PostReader(), new ArticleRenderer(widths, dates)), readMarks,
                pageSize(options, terminal), () -> scanner.scan(root));

        LineReader reader = LineReaderBuilder.builder()
                .terminal(terminal)
                .appName("newsreader")
                .completer(new LineCompleter(session::categories))
                // "!" in a search must stay a "!", not recall an earlier line.
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .build();
        enableCompletionOnDumbTerminals(reader, terminal, printer.width());
        if (prepareHistory(historyFile, printer)) {
            reader.setVariable(LineReader.HISTORY_FILE, historyFile);
            loadHistory(reader.getHistory(), printer);
        }
        try {
            runner.welcome();
            while (true) {
                String line;
                try {
                    line = reader.readLine(PROMPT);
                } catch (UserInterruptException e) {
                    // Ctrl-C drops the line being typed, as in a shell; it does not leave.
                    continue;
                } catch (EndOfFileException e) {
                    printer.blank();
                    break;
                }
                if (!runner.run(line)) {
                    break;
                }
            }
            return OK;
        } catch (IOError | RuntimeException e) {
            printer.say("newsreader: line mode failed: " + e);
            return FAILURE;
        } finally {
            saveHistory(reader.getHistory());
            readMarks.save();
            printer.flush();
        }
    }

    /**
     * JLine types a TAB into the line on a dumb terminal instead of completing, because it cannot redraw the line in
     * place. Line mode exists for dumb terminals, and completing only needs a carriage return to redraw, so TAB
     * completes there too. A dumb terminal reports no size, and JLine then lists no candidates, so it is given the
     * size line mode uses.
     */
    private static void enableCompletionOnDumbTerminals(LineReader reader, Terminal terminal, int width) {
        for (String keyMap : new String[] {LineReader.MAIN, LineReader.EMACS, LineReader.VIINS}) {
            KeyMap<Binding> bindings = reader.getKeyMaps().get(keyMap);
            if (bindings != null) {
                bindings.bind(new Reference(LineReader.COMPLETE_WORD), "\t");
            }
        }
        if (terminal.getSize().getColumns() <= 0) {
            terminal.setSize(Size.of(width, FALLBACK_PAGE_SIZE + PAGE_MARGIN));
        }
    }

    /** The history's folder must exist before JLine writes to it; without it the prompt still works, forgetfully. */
    private static boolean prepareHistory(Path historyFile, Printer printer) {
        try {
            Files.createDirectories(historyFile.toAbsolutePath().getParent());
            return true;
        } catch (IOException | RuntimeException e) {
            printer.say("Command history will not be kept: " + historyFile + " cannot be created (" + e + ").");
            return false;
        }
    }

    private static void loadHistory(History history, Printer printer) {
        try {
            history.load();
        } catch (IOException | RuntimeException e) {
            printer.say("Command history could not be read: " + e.getMessage());
        }
    }

    private static void saveHistory(History history) {
        try {
            history.save();
        } catch (IOException | RuntimeException ignored) {
            // Losing the history of one session is not worth a message on the way out.
        }
    }

    /** $HOME as the XDG spec means it, else Java's idea of the home (which comes from the password database). */
    private static Path home(Map<String, String> environment) {
        String home = environment.get("HOME");
        if (home != null && !home.isBlank() && Path.of(home).isAbsolute()) {
            return Path.of(home);
        }
        return Path.of(System.getProperty("user.home"));
    }

    private static String notAFolder(Path folder) {
        return "newsreader: " + folder + ": not a folder";
    }

    /** The option, else the terminal's width (asked each time: it may be resized), else COLUMNS, else 80. */
    private static IntSupplier width(LineOptions options, Terminal terminal, Map<String, String> environment) {
        if (options.width() > 0) {
            return options::width;
        }
        int columns = positiveNumber(environment.get("COLUMNS"), FALLBACK_WIDTH);
        return () -> {
            int terminalWidth = terminal.getSize().getColumns();
            return terminalWidth > 0 ? terminalWidth : columns;
        };
    }

    private static IntSupplier pageSize(LineOptions options, Terminal terminal) {
        if (options.pageSize() > 0) {
            return options::pageSize;
        }
        return () -> {
            int rows = terminal.getSize().getRows();
            return rows > PAGE_MARGIN + 2 ? rows - PAGE_MARGIN : FALLBACK_PAGE_SIZE;
        };
    }

    private static int positiveNumber(String text, int fallback) {
        try {
            int value = text == null ? 0 : Integer.parseInt(text.strip());
            return value > 0 ? value : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /**
     * {@code java newsreader.line.LineMode [--ambiguous-width=2] [--width=N] [--page-size=N] DIR}: for trying it out
     * and for the end-to-end test; the command line's {@code newsreader --line DIR} is the way users start it.
     */
    public static void main(String[] args) {
        LineOptions options = LineOptions.defaults();
        Path folder = null;
        try {
            for (String arg : args) {
                if (arg.equals("--help")) {
                    System.out.println(USAGE);
                    return;
                } else if (arg.startsWith("--ambiguous-width=")) {
                    options = options.withAmbiguousWidth(Integer.parseInt(arg.substring("--ambiguous-width=".length())));
                } else if (arg.startsWith("--width=")) {
                    options = options.withWidth(Integer.parseInt(arg.substring("--width=".length())));
                } else if (arg.startsWith("--page-size=")) {
                    options = options.withPageSize(Integer.parseInt(arg.substring("--page-size=".length())));
                } else if (arg.startsWith("-") || folder != null) {
                    throw new IllegalArgumentException("unknown argument " + arg);
                } else {
                    folder = Path.of(arg);
                }
            }
            if (folder == null) {
                throw new IllegalArgumentException("no folder given");
            }
        } catch (IllegalArgumentException e) {
            System.err.println("newsreader: " + e.getMessage());
            System.err.println(USAGE);
            System.exit(CANNOT_START);
            return;
        }
        System.exit(run(folder, options));
    }
}
