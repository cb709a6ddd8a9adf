package newsreader.line;

import java.io.PrintWriter;
import org.jline.utils.Signals;

/**
 * Ctrl-C where the terminal's driver edits the line ({@code TERM=dumb} on a real terminal): the driver throws the
 * typed line away and sends SIGINT, which would end the program. As in a shell, it only starts a fresh prompt; Ctrl-D
 * on an empty line, or {@code quit}, leaves. (JLine's own editor reads Ctrl-C as a key, and {@link EditingPrompt}
 * clears the line there.)
 */
final class PromptInterrupt {
    private PromptInterrupt() {
    }

    static void install(PrintWriter out, String prompt) {
        Signals.register("INT", () -> {
            out.print("\n" + prompt);
            out.flush();
        });
    }
}
