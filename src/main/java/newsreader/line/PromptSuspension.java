package newsreader.line;

import java.io.IOException;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.jline.utils.Signals;

/**
 * Ctrl-z (and SIGTSTP from outside) at the editing prompt. JLine's line editor turns the terminal's signal keys off
 * while it reads a line, and when it reads the suspend character it only raises TSTP for the program to handle:
 * left alone, Ctrl-z does nothing. Here it does what the terminal would have done, with the shell's terminal in its
 * normal mode: the user's own mode back, the job stopped. On {@code fg} JLine's own SIGCONT handling puts its mode
 * back and draws the prompt and the half-typed line again.
 */
final class PromptSuspension {
    private static final String STOP = "TSTP";

    private PromptSuspension() {
    }

    /** Call before the first prompt, while the terminal is still in the user's own mode. */
    static void install(Terminal terminal) {
        Attributes userMode = terminal.getAttributes();
        terminal.handle(Terminal.Signal.TSTP, signal -> suspend(terminal, userMode));
    }

    private static void suspend(Terminal terminal, Attributes userMode) {
        Attributes editing = terminal.getAttributes();
        terminal.setAttributes(userMode);
        // The shell's "Stopped" goes on a line of its own, not after the half-typed command.
        terminal.writer().println();
        terminal.flush();
        try {
            stopJob();
        } finally {
            terminal.setAttributes(editing);
        }
    }

    /**
     * Stops the whole job (a shell waiting for a wrapper script must see it stop), this process included: JLine
     * handles TSTP while the prompt is up, so the default action is put back meanwhile. Returns once the job is
     * continued, or at once when the kernel drops the stop because no shell could continue it.
     */
    private static void stopJob() {
        Object handling = Signals.registerDefault(STOP);
        try {
            Process kill = new ProcessBuilder("kill", "-TSTP", "0")
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            kill.waitFor();
        } catch (IOException e) {
            // No kill program: the prompt simply stays.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            Signals.unregister(STOP, handling);
        }
    }
}
