package newsreader.tui;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import newsreader.messages.Messages;
import newsreader.open.ScreenHandoff;
import newsreader.open.viewer.ViewerLauncher;

/**
 * {@code |}: runs the command the user typed with {@code sh -c}, the article's text on its standard input and the
 * terminal lent to it (a pager, an editor, {@code wc}), then waits for a key so that what it printed can be read.
 */
final class ArticlePipe {
    private static final Messages WORDS = Messages.of("reader");

    /** A command to run, the text it reads, and the post's title and address as environment variables. */
    record Request(String command, String text, Map<String, String> environment) {
    }

    private ArticlePipe() {
    }

    /** Runs the request on the calling (UI) thread; returns what the status line says afterwards. */
    static String run(Request request, ScreenHandoff handoff) {
        ProcessBuilder builder = new ProcessBuilder(List.of("sh", "-c", request.command()))
                .redirectInput(ProcessBuilder.Redirect.PIPE)
                .redirectOutput(ProcessBuilder.Redirect.INHERIT)
                .redirectError(ProcessBuilder.Redirect.INHERIT);
        builder.environment().putAll(request.environment());
        try {
            handoff.suspend();
        } catch (IOException e) {
            return WORDS.get("pipe.cannot-lend", e.getMessage());
        }
        try {
            Process process = builder.start();
            Thread feeder = new Thread(() -> feed(process.getOutputStream(), request.text()), "newsreader-pipe");
            feeder.setDaemon(true);
            feeder.start();
            int exit = process.waitFor();
            handoff.awaitKey(ViewerLauncher.returnPrompt());
            return exit == 0 ? WORDS.get("pipe.done", request.command())
                    : WORDS.get("pipe.exit", String.valueOf(exit), request.command());
        } catch (IOException e) {
            return WORDS.get("pipe.cannot-run", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return WORDS.get("pipe.interrupted", request.command());
        } finally {
            try {
                handoff.resume();
            } catch (IOException e) {
                // The whole screen is drawn again next; nothing better to do here.
            }
        }
    }

    /** Writes the text on a thread of its own: a command that reads none of it must not hold the reader up. */
    private static void feed(OutputStream stdin, String text) {
        try (stdin) {
            stdin.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // The command stopped reading (head, a typo): what it did read is what it wanted.
        }
    }
}
