package newsreader.line;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneOffset;

/** Runs line mode on a folder with typed lines as input and keeps what it printed. */
final class LineSession {
    private final Path folder;
    private final LineOptions options;

    LineSession(Path folder, LineOptions options) {
        this.folder = folder;
        this.options = options;
    }

    /** Options for tests: 60 cells wide, pages of 3 posts, state under {@code state}, dates in UTC. */
    static LineOptions testOptions(Path state) {
        return LineOptions.defaults().withWidth(60).withPageSize(3)
                .withDataDirectory(state.resolve("data"))
                .withHistoryFile(state.resolve("state").resolve("line-history"))
                .withDates(ZoneOffset.UTC, null);
    }

    /** One run; {@code lines} are typed one after another, then input ends (as Ctrl-D would). */
    Result type(String... lines) {
        String input = lines.length == 0 ? "" : String.join("\n", lines) + "\n";
        return run(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
    }

    Result run(InputStream input) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = LineMode.run(folder, options, input, out);
        return new Result(exit, out.toString(StandardCharsets.UTF_8));
    }

    record Result(int exitCode, String output) {
        /**
         * What was printed in answer to the {@code n}-th typed line (0 is the welcome): after that prompt and the
         * line as JLine echoed it, up to the next prompt.
         */
        String answer(int n) {
            String part = afterPrompt(n);
            // Plain input is not echoed, so then there is no echo to skip.
            int echoEnd = n == 0 || !output.contains("\r\n") ? -1 : part.indexOf("\r\n");
            return echoEnd < 0 ? part : part.substring(echoEnd + 2);
        }

        /** The {@code n}-th line as it stood when Enter was pressed (after completion), as JLine echoed it. */
        String echo(int n) {
            String part = afterPrompt(n);
            int echoEnd = part.indexOf("\r\n");
            return echoEnd < 0 ? "" : part.substring(part.lastIndexOf('\r', echoEnd - 1) + 1, echoEnd);
        }

        private String afterPrompt(int n) {
            String[] parts = output.split(LineMode.PROMPT, -1);
            return n < parts.length ? parts[n] : "";
        }

        /** The answer with its lines joined by spaces, for sentences that the width may have wrapped. */
        String sentences(int n) {
            return answer(n).replace('\n', ' ');
        }
    }
}
