package newsreader.open;

import java.io.IOException;
import java.io.OutputStream;

/**
 * How the full-screen reader lends the terminal to a viewer that draws in it. All methods are called on the thread
 * that runs {@link OpenOutcome.RunInTerminal#run}, which should be the UI thread. Public because the full-screen
 * reader implements it.
 */
public interface ScreenHandoff {
    /** Gives the terminal away, e.g. Lanterna's {@code screen.stopScreen()}; stop reading keys until resumed. */
    void suspend() throws IOException;

    /**
     * Waits until the user has looked at what a viewer printed before it exited (chafa, viu, a sixel picture);
     * e.g. print the prompt and read one key. Not called for viewers that stay until the user quits them.
     */
    default void awaitKey(String prompt) throws IOException {
    }

    /** Takes the terminal back, e.g. {@code screen.startScreen()} and a complete redraw. */
    void resume() throws IOException;

    /** Where escape sequences for an inline picture are written while the screen is suspended. */
    default OutputStream terminalOutput() {
        return System.out;
    }

    /** For callers without a screen (command line, tests): nothing to suspend. */
    ScreenHandoff NONE = new ScreenHandoff() {
        @Override
        public void suspend() {
        }

        @Override
        public void resume() {
        }
    };
}
