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
