package newsreader.cli;

import java.io.File;
import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import newsreader.text.SafeWriter;

/**
 * Where output goes and what it goes to. Output is always UTF-8, whatever the locale says: under {@code LANG=C}
 * Java would otherwise print every CJK character as {@code ?}.
 *
 * <p>Both streams pass through {@link SafeWriter}: paths, problems, exception messages and picocli's usage errors name
 * files from an untrusted folder, and none of their control characters may reach the terminal (security.md, "escapes in
 * file names"). Only {@link #styledOut()} and {@link #styledErr()} pass escape sequences, for text of the program's own.
 */
final class Console {

    static final int DEFAULT_COLUMNS = 80;

    private final PrintWriter rawOut;
    private final PrintWriter rawErr;
    private final PrintWriter out;
    private final PrintWriter err;
    /** {@link #columns} when the terminal is to be asked, once, when the width is first wanted. */
    private static final int ASK_THE_TERMINAL = 0;

    private final boolean isTerminal;
    private int columns;
    /** The width being asked on another thread, when a command said ahead that it will want it. */
    private java.util.concurrent.CompletableFuture<Integer> askedAhead;

    Console(PrintWriter out, PrintWriter err, boolean isTerminal, int columns) {
        this.rawOut = out;
        this.rawErr = err;
        this.out = SafeWriter.wrap(out, false);
        this.err = SafeWriter.wrap(err, true);
        this.isTerminal = isTerminal;
        this.columns = columns;
    }

    /** Standard output, with every control character dropped. */
    PrintWriter out() {
        return out;
    }

    /** Standard error, with every control character dropped except line breaks, tabs and carriage returns. */
    PrintWriter err() {
        return err;
    }

    /**
     * Standard output as it is, for text that is already safe and carries the program's own escape sequences: the
     * bold marks of {@code search} and picocli's styled help on a terminal.
     */
    PrintWriter styledOut() {
        return rawOut;
    }

    /** Standard error as it is, for picocli's styled usage errors, whose messages {@link Main} cleans itself. */
    PrintWriter styledErr() {
        return rawErr;
    }

    boolean isTerminal() {
        return isTerminal;
    }

    /** The terminal's width, or {@link #DEFAULT_COLUMNS} when output goes elsewhere. */
    int columns() {
        if (columns == ASK_THE_TERMINAL) {
            columns = askedAhead != null ? askedAhead.join() : terminalColumns();
        }
        return columns;
    }

    /**
     * For a command that will lay out a table on a terminal: asks the width now, on another thread, while the command
     * does its work (stty is a process of its own, tens of milliseconds). Nothing when the width is known already.
     */
    void askColumnsAhead() {
        if (columns == ASK_THE_TERMINAL && askedAhead == null) {
            askedAhead = new java.util.concurrent.CompletableFuture<>();
            Thread asking = new Thread(() -> {
                try {
                    askedAhead.complete(terminalColumns());
                } catch (Throwable e) { // never leave the table waiting
                    askedAhead.complete(DEFAULT_COLUMNS);
                }
            }, "terminal-width");
            asking.setDaemon(true);
            asking.start();
        }
    }

    static Console system() {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), false);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
        boolean terminal = System.console() != null;
        // Asked only by what lays out a table: stty is a process of its own, tens of milliseconds that a start on a
        // terminal (--version, help, the reader, show) would otherwise wait for.
        return new Console(out, err, terminal, terminal ? ASK_THE_TERMINAL : DEFAULT_COLUMNS);
    }

    /** The terminal's width: {@code $COLUMNS} when set, else {@code stty size} on the controlling terminal. */
    private static int terminalColumns() {
        String env = System.getenv("COLUMNS");
        if (env != null) {
            try {
                int columns = Integer.parseInt(env.strip());
                if (columns > 0) {
                    return columns;
                }
            } catch (NumberFormatException ignored) {
                // fall through to stty
            }
        }
        try {
            Process stty = new ProcessBuilder("stty", "size")
                    .redirectInput(new File("/dev/tty"))
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            String answer = new String(stty.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip();
            if (stty.waitFor(2, TimeUnit.SECONDS) && stty.exitValue() == 0) {
                String[] parts = answer.split("\\s+");
                int columns = Integer.parseInt(parts[1]);
                if (columns > 0) {
                    return columns;
                }
            }
        } catch (IOException | RuntimeException e) {
            // no terminal to ask: use the default
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return DEFAULT_COLUMNS;
    }
}
