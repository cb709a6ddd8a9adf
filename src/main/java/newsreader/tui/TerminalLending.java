package newsreader.tui;

import com.googlecode.lanterna.screen.TerminalScreen;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import newsreader.open.ScreenHandoff;
import newsreader.tui.term.GatedInput;
import newsreader.tui.term.NewsTerminal;

/**
 * Lends the real terminal to a viewer that draws in it, and writes the few escape sequences the screen layer does
 * not know (hyperlinks, clipboard). Used on the UI thread only.
 */
final class TerminalLending implements ScreenHandoff, RawTerminal {
    private final TerminalScreen screen;
    private final NewsTerminal terminal;
    private final GatedInput input;
    private final OutputStream output;
    /** Read by the signal thread: a stop while a viewer has the terminal needs no terminal work. */
    private volatile boolean lent;

    TerminalLending(TerminalScreen screen, NewsTerminal terminal, GatedInput input, OutputStream output) {
        this.screen = screen;
        this.terminal = terminal;
        this.input = input;
        this.output = output;
    }

    @Override
    public void suspend() throws IOException {
        // First, so that the input thread takes no key meant for the viewer from here on.
        input.lend();
        lent = true;
        screen.stopScreen(false);
        terminal.lendSettings();
        output.flush();
    }

    @Override
    public void awaitKey(String prompt) throws IOException {
        terminal.takeSettingsBack();
        output.write(("\r\n" + prompt).getBytes(StandardCharsets.UTF_8));
        output.flush();
        input.readKeyWhileLent();
        input.discardTyped();
    }

    @Override
    public void resume() throws IOException {
        terminal.takeSettingsBack();
        input.takeBack();
        screen.startScreen();
        screen.setCursorPosition(null);
        lent = false;
    }

    /** Whether the terminal is away (with a viewer, or with the shell), in the user's own mode. */
    boolean isLent() {
        return lent;
    }

    /**
     * After a stop the reader could not prepare for (SIGSTOP), or one it did: the shell may have made the terminal
     * cooked again, and another program may have left the alternate screen. The mode goes first: a job continued
     * in the background stops there (SIGTTOU) until {@code fg}, instead of writing over the shell's screen. A resize
     * while stopped was never signalled, so the size is asked again.
     */
    void takeBackAfterStop() throws IOException {
        terminal.takeSettingsBack();
        terminal.enterAlternateScreenAgain();
        terminal.getTerminalSize();
    }

    @Override
    public OutputStream terminalOutput() {
        return output;
    }

    @Override
    public void write(String sequence) throws IOException {
        terminal.writeRaw(sequence);
    }
}
