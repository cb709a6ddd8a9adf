package newsreader.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import newsreader.testing.EndToEnd;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real program started with pipes instead of a terminal: it must refuse at once and write nothing to stdout. */
@EndToEnd
class NoTerminalTest {
    @TempDir
    Path folder;

    private Process start(String term) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "newsreader.cli.Main", folder.toString());
        builder.environment().put("XDG_DATA_HOME", folder.resolve("data").toString());
        if (term == null) {
            builder.environment().remove("TERM");
        } else {
            builder.environment().put("TERM", term);
        }
        return builder.start();
    }

    @Test
    void withPipesItRefusesWithAMessageAndPrintsNothingOnStdout() throws Exception {
        for (String term : new String[] {"xterm-256color", "dumb", null}) {
            Process process = start(term);
            process.getOutputStream().close();
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("exits by itself").isTrue();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.exitValue()).isNotZero();
            assertThat(out).as("stdout").isEmpty();
            assertThat(err).contains("newsreader:");
            assertThat(folder.resolve("data")).doesNotExist();
        }
    }
}
