package newsreader.tui;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.Assumptions;

/**
 * A private tmux server (its own socket, so a developer's sessions are never touched) with one pane, driven by
 * {@code send-keys} and read by {@code capture-pane}.
 */
final class Tmux implements AutoCloseable {
    static final Duration TIMEOUT = Duration.ofSeconds(20);

    private final String socket;
    private final String session = "reader";
    /** The server's socket file, which tmux leaves behind when the server is killed. */
    private Path socketFile;

    private Tmux(String socket) {
        this.socket = socket;
    }

    /**
     * Skips the calling test when tmux is missing, unless {@code NEWSREADER_REQUIRE_TMUX=1} (set by CI), where a
     * missing tmux fails it.
     */
    static void requireTmux() {
        boolean present;
        try {
            Process p = new ProcessBuilder("tmux", "-V").redirectErrorStream(true).start();
            present = p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            present = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            present = false;
        }
        if (!present) {
            if ("1".equals(System.getenv("NEWSREADER_REQUIRE_TMUX"))) {
                fail("tmux is not installed, and NEWSREADER_REQUIRE_TMUX=1 says these end-to-end tests must run");
            }
            Assumptions.abort("tmux is not installed: skipping the end-to-end terminal tests "
                    + "(install tmux, or set NEWSREADER_REQUIRE_TMUX=1 to make this a failure)");
        }
    }

    /** Starts a {@code columns}×{@code rows} pane running a plain {@code sh} in {@code directory}. */
    static Tmux start(Path directory, int columns, int rows) throws IOException, InterruptedException {
        Tmux tmux = new Tmux("newsreader-test-" + ProcessHandle.current().pid() + "-" + System.nanoTime());
        tmux.run("new-session", "-d", "-s", tmux.session, "-x", String.valueOf(columns), "-y", String.valueOf(rows),
                "-c", directory.toString(), "env", "PS1=$ ", "sh");
        String[] answer = tmux.run("display-message", "-p", "#{socket_path}").trim().split("\n");
        tmux.socketFile = Path.of(answer[answer.length - 1].trim());
        tmux.waitFor("shell prompt", screen -> screen.contains("$"));
        return tmux;
    }

    /** Records every byte the pane's programs write, from now on, into {@code file}. */
    void recordOutput(Path file) throws IOException, InterruptedException {
        run("pipe-pane", "-o", "-t", session, "cat >> '" + file + "'");
    }

    /** Types text literally (no key names), then nothing else. */
    void type(String text) throws IOException, InterruptedException {
        run("send-keys", "-t", session, "-l", text);
    }

    /** Presses named keys: {@code Enter}, {@code Tab}, {@code Space}, {@code C-c}… */
    void press(String... keys) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of("send-keys", "-t", session));
        args.addAll(Arrays.asList(keys));
        run(args.toArray(new String[0]));
    }

    void resize(int columns, int rows) throws IOException, InterruptedException {
        run("resize-window", "-t", session, "-x", String.valueOf(columns), "-y", String.valueOf(rows));
    }

    String screen() throws IOException, InterruptedException {
        return run("capture-pane", "-p", "-t", session);
    }

    List<String> lines() throws IOException, InterruptedException {
        return List.of(screen().split("\n", -1));
    }

    /** Polls the pane until {@code condition} holds; fails with the last screen after {@link #TIMEOUT}. */
    String waitFor(String what, Predicate<String> condition) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        String screen = screen();
        while (!condition.test(screen)) {
            if (System.nanoTime() > deadline) {
                fail("timed out waiting for " + what + "; the screen was:\n" + screen);
            }
            Thread.sleep(50);
            screen = screen();
        }
        return screen;
    }

    String waitForText(String text) throws IOException, InterruptedException {
        return waitFor("'" + text + "'", s -> s.contains(text));
    }

    private String run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("tmux", "-u", "-L", socket, "-f", "/dev/null"));
        command.addAll(Arrays.asList(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("LANG", "C.UTF-8");
        builder.environment().remove("TMUX");
        Process process = builder.start();
        byte[] out = process.getInputStream().readAllBytes();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("tmux " + String.join(" ", args) + " did not finish");
        }
        String text = new String(out, StandardCharsets.UTF_8);
        if (process.exitValue() != 0) {
            fail("tmux " + String.join(" ", args) + " failed: " + text);
        }
        return text;
    }

    /** Ends the private server and every program in it. */
    @Override
    public void close() throws IOException {
        Process kill = new ProcessBuilder("tmux", "-L", socket, "kill-server").redirectErrorStream(true).start();
        try {
            kill.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (socketFile != null && socketFile.getFileName().toString().equals(socket)) {
            Files.deleteIfExists(socketFile);
        }
    }

    /** Writes a shell script that runs the reader with this JVM's class path, then prints its exit code. */
    static Path launcher(Path directory, Path posts, Path data, String term, String lang) throws IOException {
        return launcher(directory, posts, data, term, lang, "");
    }

    /** The same, with lines run before the reader (to change its environment) and extra reader arguments. */
    static Path launcher(Path directory, Path posts, Path data, String term, String lang, String before,
                         String... readerArguments) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String script = "#!/bin/sh\n"
                + "export TERM='" + term + "'\n"
                + "export LANG='" + lang + "'\n"
                + "unset LC_ALL LC_CTYPE NO_COLOR\n"
                + "export XDG_DATA_HOME='" + data + "'\n"
                + before
                + "'" + java + "' -cp '" + System.getProperty("java.class.path") + "' "
                + "newsreader.tui.FullScreenReader " + String.join(" ", readerArguments) + " '" + posts + "'\n"
                + "echo \"EXIT=$?\"\n";
        Path file = directory.resolve("run.sh");
        Files.writeString(file, script, StandardCharsets.UTF_8);
        return file;
    }
}
