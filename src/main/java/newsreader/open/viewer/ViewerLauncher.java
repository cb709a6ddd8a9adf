package newsreader.open.viewer;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import newsreader.messages.Messages;
import newsreader.open.OpenOutcome;
import newsreader.open.ScreenHandoff;

/**
 * Starts viewers from an argument vector (never a shell): detached for desktop viewers, in the terminal otherwise.
 * Public because {@code Opener} and {@code OpenOutcome.RunInTerminal} start every viewer through it.
 */
public final class ViewerLauncher {
    private static final Messages WORDS = Messages.of("open");

    /** What the terminal shows after a viewer that waits for a key ({@code less}-like pagers, inline pictures). */
    public static String returnPrompt() {
        return WORDS.get("return-prompt");
    }

    private static final File NULL_DEVICE = new File("/dev/null");

    private final ProcessStarter starter;
    private final Duration grace;

    /**
     * @param grace how long to watch a desktop viewer for an immediate failure (a missing display, a bad option)
     */
    public ViewerLauncher(ProcessStarter starter, Duration grace) {
        this.starter = starter;
        this.grace = grace;
    }

    /** Starts a window viewer with no terminal at all, and does not wait for it beyond the grace period. */
    public OpenOutcome startDetached(String name, List<String> argv) {
        ProcessBuilder builder = new ProcessBuilder(argv)
                .redirectInput(ProcessBuilder.Redirect.from(NULL_DEVICE))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        Process process;
        try {
            process = starter.start(builder);
        } catch (IOException e) {
            return new OpenOutcome.Failed(WORDS.get("viewer.cannot-start", name, e.getMessage()));
        }
        try {
            if (!grace.isZero() && process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)
                    && process.exitValue() != 0) {
                return new OpenOutcome.Failed(WORDS.get("viewer.failed", name, String.valueOf(process.exitValue())));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return new OpenOutcome.Done(WORDS.get("outcome.opened-with", name));
    }

    /** Hands the terminal to a viewer, waits for it to finish, and takes the terminal back. */
    public OpenOutcome runInTerminal(String name, List<String> argv, boolean pauseAfter, ScreenHandoff handoff) {
        ProcessBuilder builder = new ProcessBuilder(argv).inheritIO();
        try {
            handoff.suspend();
        } catch (IOException e) {
            return new OpenOutcome.Failed(WORDS.get("viewer.cannot-lend", name, e.getMessage()));
        }
        try {
            Process process = starter.start(builder);
            int exit = process.waitFor();
            if (pauseAfter) {
                handoff.awaitKey(returnPrompt());
            }
            return exit == 0 ? new OpenOutcome.Done(WORDS.get("outcome.shown-with", name))
                    : new OpenOutcome.Failed(WORDS.get("viewer.failed", name, String.valueOf(exit)));
        } catch (IOException e) {
            return new OpenOutcome.Failed(WORDS.get("viewer.cannot-start", name, e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new OpenOutcome.Failed(WORDS.get("viewer.interrupted", name));
        } finally {
            resume(handoff);
        }
    }

    /** Writes an inline picture (sixel, kitty, coloured text) to the lent terminal and waits for a key. */
    public OpenOutcome showInline(String escapeSequence, ScreenHandoff handoff) {
        try {
            handoff.suspend();
        } catch (IOException e) {
            return new OpenOutcome.Failed(WORDS.get("viewer.cannot-draw", e.getMessage()));
        }
        try {
            var out = handoff.terminalOutput();
            out.write("\u001b[H\u001b[2J".getBytes(StandardCharsets.US_ASCII));
            out.write(escapeSequence.getBytes(StandardCharsets.UTF_8));
            out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            handoff.awaitKey(returnPrompt());
            return new OpenOutcome.Done(WORDS.get("outcome.shown-here"));
        } catch (IOException e) {
            return new OpenOutcome.Failed(WORDS.get("viewer.cannot-draw", e.getMessage()));
        } finally {
            resume(handoff);
        }
    }

    private static void resume(ScreenHandoff handoff) {
        try {
            handoff.resume();
        } catch (IOException e) {
            // The reader redraws on its next refresh; nothing better to do here.
        }
    }
}
