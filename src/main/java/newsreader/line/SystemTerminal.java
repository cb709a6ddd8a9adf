package newsreader.line;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.terminal.spi.SystemStream;
import org.jline.terminal.spi.TerminalProvider;

/**
 * The process's own terminal for line mode, and whether its output goes to a terminal at all.
 *
 * <p>Under {@code TERM=dumb} JLine's builder gives a "dumb" terminal that only reads and writes the streams: the
 * terminal driver keeps echoing and cooking lines, so each command showed twice (the driver's echo and JLine's) and
 * Ctrl-C went to the driver as a signal that ended the program. When input and output are a real terminal (a serial
 * console, a terminal whose TERM says dumb), line mode asks JLine's providers for the real terminal with the type
 * dumb: JLine then owns echo and Ctrl-C there too, and still sends no escape sequence.
 *
 * @param outputIsTerminal false when output is a pipe or a file, where list titles are printed whole
 */
record SystemTerminal(Terminal terminal, boolean outputIsTerminal) {
    private static final String[] PROVIDERS = {TerminalBuilder.PROP_PROVIDER_JNI, TerminalBuilder.PROP_PROVIDER_EXEC};

    /** @param plainInput the terminal edits lines itself (Emacs): JLine's dumb terminal reads what it sends */
    static SystemTerminal open(Map<String, String> environment, boolean plainInput) throws IOException {
        TerminalProvider provider = provider();
        boolean inputIsTerminal = provider != null && provider.isSystemStream(SystemStream.Input);
        boolean outputIsTerminal = provider != null && provider.isSystemStream(SystemStream.Output);
        if (!plainInput && inputIsTerminal && outputIsTerminal && "dumb".equals(environment.get("TERM"))) {
            try {
                return new SystemTerminal(provider.sysTerminal("newsreader", "dumb", false, StandardCharsets.UTF_8,
                        StandardCharsets.UTF_8, StandardCharsets.UTF_8, true, Terminal.SignalHandler.SIG_DFL, false,
                        SystemStream.Output), true);
            } catch (IOException | RuntimeException e) {
                // The builder's dumb terminal below still works, with the double echo.
            }
        }
        // UTF-8 whatever the locale says, as the full-screen reader does: Chinese must never come out as "?".
        Terminal terminal = TerminalBuilder.builder().name("newsreader").system(true).dumb(true)
                .encoding(StandardCharsets.UTF_8).build();
        return new SystemTerminal(terminal, provider == null || outputIsTerminal);
    }

    /** The first of JLine's native providers that loads here, or null (then the builder decides alone). */
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
