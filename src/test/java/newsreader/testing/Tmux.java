package newsreader.testing;

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
public final class Tmux implements AutoCloseable {
    /** Generous: a pane on a loaded two-core machine can take seconds to show what a JVM started in it draws. */
    public static final Duration TIMEOUT = Duration.ofSeconds(60);
    /** A Unix socket path may be at most 107 bytes long. */
    private static final int LONGEST_SOCKET_PATH = 100;

    private final Path socketFolder;
    private final Path socket;
    private final String session = "reader";

    private Tmux(Path socketFolder) {
        this.socketFolder = socketFolder;
        this.socket = socketFolder.resolve("s");
    }

    /**
     * Skips the calling test when tmux is missing, unless {@code NEWSREADER_REQUIRE_TMUX=1} (set by CI), where a
     * missing tmux fails it.
     */
    public static void requireTmux() {
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
    public static Tmux start(Path directory, int columns, int rows) throws IOException, InterruptedException {
        Tmux tmux = new Tmux(socketFolder());
        try {
            tmux.run("new-session", "-d", "-s", tmux.session, "-x", String.valueOf(columns), "-y",
                    String.valueOf(rows), "-c", directory.toString(), "env", "PS1=$ ", "sh");
            tmux.waitFor("shell prompt", screen -> screen.contains("$"));
        } catch (IOException | InterruptedException | RuntimeException | AssertionError e) {
            tmux.close();
            throw e;
        }
        return tmux;
    }

    /**
     * The socket goes in a folder of its own under the build folder ({@code -S}), not in tmux's default
     * {@code /tmp/tmux-UID}, so nothing is left in /tmp; a build folder too deep for a socket path falls back to a
     * temporary folder, deleted on close all the same.
     */
    private static Path socketFolder() throws IOException {
        Path folder = BuildFolder.scratch("tmux");
        if (folder.resolve("s").toString().length() <= LONGEST_SOCKET_PATH) {
            return folder;
        }
        BuildFolder.delete(folder);
        return Files.createTempDirectory("nr-tmux");
    }

    /** Records every byte the pane's programs write, from now on, into {@code file}. */
    public void recordOutput(Path file) throws IOException, InterruptedException {
        run("pipe-pane", "-o", "-t", session, "cat >> '" + file + "'");
    }

    /** Types text literally (no key names), then nothing else. */
    public void type(String text) throws IOException, InterruptedException {
        run("send-keys", "-t", session, "-l", text);
    }

    /** Presses named keys: {@code Enter}, {@code Tab}, {@code Space}, {@code C-c}… */
    public void press(String... keys) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of("send-keys", "-t", session));
        args.addAll(Arrays.asList(keys));
        run(args.toArray(new String[0]));
    }

    public void resize(int columns, int rows) throws IOException, InterruptedException {
        run("resize-window", "-t", session, "-x", String.valueOf(columns), "-y", String.valueOf(rows));
    }

    /** The pane's terminal device ({@code /dev/pts/N}), for reading or changing its mode from outside the pane. */
    public String paneTty() throws IOException, InterruptedException {
        return paneFormat("#{pane_tty}");
    }

    /** The cursor's column in the pane, from 0: where the last character written left it. */
    public int cursorColumn() throws IOException, InterruptedException {
        return Integer.parseInt(paneFormat("#{cursor_x}"));
    }

    /** Whether the pane shows the cursor, as the program left it. */
    public boolean cursorShown() throws IOException, InterruptedException {
        return "1".equals(paneFormat("#{cursor_flag}"));
    }

    /** Whether the pane is on the alternate screen (a full-screen program's), not the normal one. */
    public boolean onAlternateScreen() throws IOException, InterruptedException {
        return "1".equals(paneFormat("#{alternate_on}"));
    }

    /**
     * The JVM the pane runs (started by {@link #launcher}): the one {@code java} process below the pane's shell. Found
     * through the process tree, not by command line: Java reads at most a page of another process's command line, and
     * the test class path alone is longer than that.
     */
    public long javaPid() throws IOException, InterruptedException {
        long shell = Long.parseLong(paneFormat("#{pane_pid}"));
        return ProcessHandle.of(shell).stream()
                .flatMap(ProcessHandle::descendants)
                .filter(p -> p.info().command().map(c -> c.endsWith("/java")).orElse(false))
                .mapToLong(ProcessHandle::pid)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no java process runs in the pane"));
    }

    private String paneFormat(String format) throws IOException, InterruptedException {
        return run("display-message", "-p", "-t", session, format).trim();
    }

    public String screen() throws IOException, InterruptedException {
        return run("capture-pane", "-p", "-t", session);
    }

    /** The screen with the SGR sequences (colours, bold) tmux keeps for each cell. */
    public String screenWithAttributes() throws IOException, InterruptedException {
        return run("capture-pane", "-p", "-e", "-t", session);
    }

    public List<String> lines() throws IOException, InterruptedException {
        return List.of(screen().split("\n", -1));
    }

    /** Polls the pane until {@code condition} holds; fails with the last screen after {@link #TIMEOUT}. */
    public String waitFor(String what, Predicate<String> condition) throws IOException, InterruptedException {
        return waitFor(what, condition, false);
    }

    /** The same on the screen with attributes ({@link #screenWithAttributes}). */
    public String waitForWithAttributes(String what, Predicate<String> condition)
            throws IOException, InterruptedException {
        return waitFor(what, condition, true);
    }

    private String waitFor(String what, Predicate<String> condition, boolean attributes)
            throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        String screen = attributes ? screenWithAttributes() : screen();
        while (!condition.test(screen)) {
            if (System.nanoTime() > deadline) {
                fail("timed out after " + TIMEOUT.toSeconds() + " s waiting for " + what + "; the screen was:\n" + screen);
            }
            Thread.sleep(50); // the polling interval, not a wait for something to happen
            screen = attributes ? screenWithAttributes() : screen();
        }
        return screen;
    }

    public String waitForText(String text) throws IOException, InterruptedException {
        return waitFor("'" + text + "'", s -> s.contains(text));
    }

    private String run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("tmux", "-u", "-S", socket.toString(), "-f", "/dev/null"));
        command.addAll(Arrays.asList(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("LANG", "C.UTF-8");
        builder.environment().remove("TMUX");
        Process process = builder.start();
        byte[] out = process.getInputStream().readAllBytes();
        if (!process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("tmux " + String.join(" ", args) + " did not finish");
        }
        String text = new String(out, StandardCharsets.UTF_8);
        if (process.exitValue() != 0) {
            fail("tmux " + String.join(" ", args) + " failed: " + text);
        }
        return text;
    }

    /** Ends the private server and every program in it, and removes its socket. */
    @Override
    public void close() throws IOException {
        Process kill = new ProcessBuilder("tmux", "-S", socket.toString(), "kill-server").redirectErrorStream(true).start();
        try {
            kill.getInputStream().readAllBytes();
            kill.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        BuildFolder.delete(socketFolder);
    }

    /** Writes a config file (YAML, as {@code newsreader config --default} prints) for {@code --config}. */
    public static Path config(Path directory, String yaml) throws IOException {
        return Files.writeString(directory.resolve("config.yaml"), yaml, StandardCharsets.UTF_8);
    }

    /** Writes a shell script that runs the reader with this JVM's class path, then prints its exit code. */
    public static Path launcher(Path directory, Path posts, Path data, String term, String lang) throws IOException {
        return launcher(directory, posts, data, term, lang, "");
    }

    /**
     * The same, with lines run before the reader (to change its environment) and more arguments for the program
     * ({@code newsreader.cli.Main}, as users start it: e.g. {@code --config FILE}, {@code --viewer CMD}), each
     * written as the shell should see it (quote what has spaces).
     */
    public static Path launcher(Path directory, Path posts, Path data, String term, String lang, String before,
                                String... programArguments) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // The JVM's temporary files (SQLite's native library) stay in the test's folder even when a signal kills it.
        Path tmp = Files.createDirectories(directory.resolve("jvm-tmp"));
        String script = "#!/bin/sh\n"
                + "export TERM='" + term + "'\n"
                + "export LANG='" + lang + "'\n"
                + "unset LC_ALL LC_CTYPE LC_MESSAGES NEWSREADER_USER_LC_ALL NO_COLOR\n"
                + "export XDG_DATA_HOME='" + data + "'\n"
                // Each test's own remembered state (reading positions, list choice, histories): a post another test
                // left half read must not reopen in the middle here.
                + "export XDG_STATE_HOME='" + directory.resolve("state") + "'\n"
                + before
                + "'" + java + "' " + String.join(" ", ProgramRun.LAUNCHER_JVM_OPTIONS)
                + " -Djava.io.tmpdir='" + tmp + "' -cp '" + System.getProperty("java.class.path") + "' "
                + "newsreader.cli.Main " + String.join(" ", programArguments) + " '" + posts + "'\n"
                + "echo \"EXIT=$?\"\n";
        Path file = directory.resolve("run.sh");
        Files.writeString(file, script, StandardCharsets.UTF_8);
        return file;
    }
}
