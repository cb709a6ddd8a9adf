package newsreader.cli;

import java.io.File;
import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * Where output goes and what it goes to. Output is always UTF-8, whatever the locale says: under {@code LANG=C}
 * Java would otherwise print every CJK character as {@code ?}.
 */
record Console(PrintWriter out, PrintWriter err, boolean isTerminal, int columns) {

    static final int DEFAULT_COLUMNS = 80;

    static Console system() {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), false);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
        boolean terminal = System.console() != null;
        return new Console(out, err, terminal, terminal ? terminalColumns() : DEFAULT_COLUMNS);
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
