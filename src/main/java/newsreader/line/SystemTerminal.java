package newsreader.line;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.terminal.impl.DumbTerminal;
import org.jline.terminal.spi.SystemStream;
import org.jline.terminal.spi.TerminalProvider;

/**
 * The process's own terminal for line mode, and what line mode must know about it.
 *
 * @param outputIsTerminal false when output is a pipe or a file, where list titles are printed whole
 * @param driverEdits      the terminal's driver echoes and edits the line itself, JLine only reading whole lines: JLine's
 *                         "dumb" terminal (which {@code TERM=dumb} gives) on a real terminal, as on a serial console.
 *                         JLine must not echo the line again then, and Ctrl-C reaches the program as a signal.
 */
record SystemTerminal(Terminal terminal, boolean outputIsTerminal, boolean driverEdits) {
    private static final String[] PROVIDERS = {TerminalBuilder.PROP_PROVIDER_JNI, TerminalBuilder.PROP_PROVIDER_EXEC};

    static SystemTerminal open() throws IOException {
        // UTF-8 whatever the locale says, as the full-screen reader does: Chinese must never come out as "?".
        Terminal terminal = TerminalBuilder.builder().name("newsreader").system(true).dumb(true)
                .encoding(StandardCharsets.UTF_8).build();
        TerminalProvider provider = provider();
        if (provider == null) {
            return new SystemTerminal(terminal, true, false);
        }
        boolean driverEdits = terminal instanceof DumbTerminal && provider.isSystemStream(SystemStream.Input);
        return new SystemTerminal(terminal, provider.isSystemStream(SystemStream.Output), driverEdits);
    }

    /** The first of JLine's native providers that loads here, or null. */
    private static TerminalProvider provider() {
        for (String name : PROVIDERS) {
            try {
                return TerminalProvider.load(name);
            } catch (IOException | RuntimeException | LinkageError e) {
                // try the next
            }
        }
        return null;
    }
}
