package newsreader.line;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import newsreader.store.DataDirectory;
import newsreader.testing.EndToEnd;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real program under a pseudo-terminal made by {@code script}, as in an Emacs shell buffer: TERM=dumb, a C locale,
 * state directories from the XDG variables.
 */
@EndToEnd
class LineModeTerminalTest {
    @TempDir
    Path temp;

    @Test
    void aDumbTerminalGetsPlainUtf8TextAndStateGoesToTheXdgDirectories() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/script")), "needs script(1) from util-linux");
        Path folder = SampleFolder.write(temp.resolve("posts"));
        Path home = Files.createDirectories(temp.resolve("home"));
        String command = String.join(" ", quoted(Path.of(System.getProperty("java.home"), "bin", "java").toString()),
                "-Djava.io.tmpdir=" + quoted(Files.createDirectories(temp.resolve("jvm-tmp")).toString()),
                "-cp", quoted(System.getProperty("java.class.path")), "newsreader.cli.Main", "--line",
                quoted(folder.toString()));
        ProcessBuilder builder = new ProcessBuilder("/usr/bin/script", "-qec", command, "/dev/null")
                .redirectErrorStream(true);
        Map<String, String> environment = builder.environment();
        environment.clear();
        environment.putAll(Map.of("PATH", "/usr/bin:/bin", "HOME", home.toString(), "TERM", "dumb", "LANG", "C",
                "XDG_STATE_HOME", home.resolve("state").toString(), "XDG_DATA_HOME", home.resolve("data").toString()));

        Process process = builder.start();
        try (OutputStream typing = process.getOutputStream()) {
            typing.write("1\ncat\nq\n".getBytes(StandardCharsets.UTF_8));
        }
        byte[] output = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

        String text = new String(output, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(text).isZero();
        assertThat(text).contains("5 posts in").contains("newsreader> ").contains("深度学习入门指南")
                .contains("End of post 1 of 5").contains("7 categories");
        assertThat(output).as("no escape sequence for a dumb terminal").doesNotContain((byte) 0x1b);
        assertThat(home.resolve("state/newsreader/line-history")).exists();
        assertThat(Files.readString(home.resolve("state/newsreader/line-history"))).contains("cat");
        Path dataDirectory = DataDirectory.resolve(Map.of("XDG_DATA_HOME", home.resolve("data").toString()), home);
        assertThat(SharedMarks.of(dataDirectory, folder).isRead("2024/deep-learning.md")).isTrue();
    }

    private static String quoted(String text) {
        return "'" + text.replace("'", "'\\''") + "'";
    }
}
