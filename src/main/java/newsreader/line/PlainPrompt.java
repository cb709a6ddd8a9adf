package newsreader.line;

import java.io.IOError;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;

/**
 * Lines read as the terminal sends them, with no editing, echo, history or completion of our own. Emacs's shell
 * buffer already echoes what is typed and has its own history (M-p) and completion; JLine's would show every line
 * twice, and a screen reader would read it twice.
 */
final class PlainPrompt implements Prompt {
    private final Reader in;
    private final PrintWriter out;

    PlainPrompt(Reader in, PrintWriter out) {
        this.in = in;
        this.out = out;
    }

    @Override
    public String next(String prompt) {
        out.print(prompt);
        out.flush();
        StringBuilder line = new StringBuilder();
        try {
            for (int c = in.read(); c != -1; c = in.read()) {
                if (c == '\n') {
                    return stripCarriageReturn(line);
                }
                line.append((char) c);
            }
        } catch (IOException e) {
            throw new IOError(e);
        }
        // Input ended: a last line without a newline still counts.
        return line.length() == 0 ? null : stripCarriageReturn(line);
    }

    private static String stripCarriageReturn(StringBuilder line) {
        int end = line.length();
        return end > 0 && line.charAt(end - 1) == '\r' ? line.substring(0, end - 1) : line.toString();
    }

    @Override
    public void close() {
        out.flush();
    }
}
