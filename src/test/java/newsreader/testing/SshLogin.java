package newsreader.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * A login to the private sshd that {@code scripts/test-sshd} starts, for tests that reach the reader as users on a
 * server do: through a real {@code ssh}, typed in tmux, with no display on the far side.
 */
public final class SshLogin {
    private final String port;
    private final String key;

    private SshLogin(String port, String key) {
        this.port = port;
        this.key = key;
    }

    /**
     * The sshd named by {@code NEWSREADER_SSH_PORT} and {@code NEWSREADER_SSH_KEY}. Without one the test is skipped,
     * or fails when {@code NEWSREADER_REQUIRE_SSH=1} (as in CI, where a skip would hide a missing sshd).
     */
    public static SshLogin require() {
        String port = System.getenv("NEWSREADER_SSH_PORT");
        String key = System.getenv("NEWSREADER_SSH_KEY");
        if (port == null || key == null) {
            if ("1".equals(System.getenv("NEWSREADER_REQUIRE_SSH"))) {
                fail("NEWSREADER_REQUIRE_SSH=1 but no sshd: run eval \"$(scripts/test-sshd)\" first");
            }
            Assumptions.abort("no test sshd (NEWSREADER_SSH_PORT/NEWSREADER_SSH_KEY unset): skipped");
        }
        return new SshLogin(port, key);
    }

    /**
     * Writes what runs on the server: no display, browser or tmux; home and XDG folders in {@code work} (so a
     * {@code config/newsreader/config.yaml} there is the user's config); then the reader on {@code posts} with
     * {@code programArguments} (as the shell should see them: quote what has spaces), and its exit code.
     */
    public static Path readerScript(Path work, Path posts, String... programArguments) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path remote = work.resolve("remote.sh");
        Files.writeString(remote, "unset DISPLAY WAYLAND_DISPLAY BROWSER TMUX\nexport LANG=C.UTF-8 HOME='" + work + "'\n"
                + "export XDG_DATA_HOME='" + work.resolve("data") + "' XDG_STATE_HOME='" + work.resolve("state") + "'\n"
                + "export XDG_CACHE_HOME='" + work.resolve("cache") + "' XDG_CONFIG_HOME='" + work.resolve("config") + "'\n"
                + "'" + java + "' " + String.join(" ", ProgramRun.LAUNCHER_JVM_OPTIONS) + " -Djava.io.tmpdir='" + work
                + "' -cp '" + System.getProperty("java.class.path") + "' newsreader.cli.Main "
                + String.join(" ", programArguments) + " '" + posts + "'\n"
                + "echo \"EXIT=$?\"\n", StandardCharsets.UTF_8);
        return remote;
    }

    /** The command line to type in tmux: log in with this terminal type and run {@code script} there. */
    public String command(String term, Path script) {
        return "TERM=" + term + " ssh -tt -p " + port + " -i " + key + " -o BatchMode=yes"
                + " -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null -o LogLevel=ERROR "
                + System.getProperty("user.name") + "@127.0.0.1 'sh " + script + "'";
    }
}
