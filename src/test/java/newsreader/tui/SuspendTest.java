package newsreader.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import newsreader.testing.EndToEnd;
import newsreader.testing.Tmux;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Job control as less and vim do it, with the real program in tmux: Ctrl-z and SIGTSTP give the shell a terminal in
 * its normal mode, {@code fg} brings the whole screen back with keys working, SIGCONT after a SIGSTOP takes the
 * terminal back and redraws.
 */
@EndToEnd
class SuspendTest {
    private static final String NEWEST = "雾港来信：第一封";
    private static final String OLDER = "Second letter from the harbour";
    private static final Pattern ICANON_ON = Pattern.compile("(?<![-\\w])icanon(?![\\w])");
    private static final Pattern ECHO_ON = Pattern.compile("(?<![-\\w])echo(?![\\w])");

    @TempDir
    Path work;
    Path posts;
    Path data;

    @BeforeEach
    void folder() throws IOException {
        Tmux.requireTmux();
        posts = Files.createDirectories(work.resolve("posts"));
        data = Files.createDirectories(work.resolve("data"));
        Files.writeString(posts.resolve("one.md"), "---\ntitle: '" + NEWEST + "'\ndate: 2024-05-03\n---\n正文。\n",
                StandardCharsets.UTF_8);
        Files.writeString(posts.resolve("two.md"), "---\ntitle: '" + OLDER + "'\ndate: 2024-05-01\n---\nBody.\n",
                StandardCharsets.UTF_8);
    }

    @Test
    void ctrlZGivesTheShellANormalTerminalAndFgBringsTheReaderBackWhole() throws Exception {
        try (Tmux tmux = startReader()) {
            tmux.press("C-z");
            assertShellHasTheTerminal(tmux);
            resumeWithFgAndCheckKeysWork(tmux);
            quitAndCheckTheTerminal(tmux);
        }
    }

    @Test
    void aStopSignalFromOutsideSuspendsTheSameWay() throws Exception {
        try (Tmux tmux = startReader()) {
            signal("TSTP", tmux.javaPid());
            assertShellHasTheTerminal(tmux);
            resumeWithFgAndCheckKeysWork(tmux);
            quitAndCheckTheTerminal(tmux);
        }
    }

    /** Started with stops ignored (a shell without job control), nothing could ever continue it: it stays, and says so. */
    @Test
    void withStopsIgnoredCtrlZSaysSoAndTheReaderStays() throws Exception {
        try (Tmux tmux = Tmux.start(work, 100, 30)) {
            tmux.type("sh " + Tmux.launcher(work, posts, data, "xterm-256color", "C.UTF-8", "trap '' TSTP\n"));
            tmux.press("Enter");
            tmux.waitFor("the list", s -> s.contains(NEWEST) && s.contains("All posts") && s.contains("1/2"));
            tmux.press("C-z");
            tmux.waitForText("cannot suspend here");
            assertThat(tmux.onAlternateScreen()).isTrue();
            tmux.type("j");
            tmux.waitFor("j moved the selection", s -> s.lines().anyMatch(l -> l.startsWith("2/2")));
            quitAndCheckTheTerminal(tmux);
        }
    }

    /** The terminal's SIGWINCH went to the shell while the reader was stopped: it must ask for the size itself. */
    @Test
    void aResizeWhileSuspendedIsLaidOutOnReturn() throws Exception {
        try (Tmux tmux = startReader()) {
            tmux.press("C-z");
            tmux.waitFor("the shell's report of the stopped job", s -> s.contains("Stopped"));
            tmux.resize(70, 20);
            tmux.type("clear; fg");
            tmux.press("Enter");
            tmux.waitFor("the reader at 70x20", s -> {
                List<String> lines = s.lines().toList();
                return lines.size() == 20 && lines.get(19).startsWith("1/2") && s.contains(NEWEST);
            });
            assertThat(tmux.onAlternateScreen()).isTrue();
            tmux.press("Q");
            tmux.waitForText("EXIT=0");
        }
    }

    /**
     * SIGSTOP cannot be caught, so the reader could not give the terminal back; meanwhile something else (here the
     * test, as a shell would) made the terminal cooked and wrote over the screen. SIGCONT must undo both.
     */
    @Test
    void continuingAfterAStopTakesTheTerminalBackAndRedrawsTheScreen() throws Exception {
        try (Tmux tmux = startReader()) {
            long pid = tmux.javaPid();
            String tty = tmux.paneTty();
            signal("STOP", pid);
            waitForState(pid, 'T');
            run("stty", "-F", tty, "icanon", "echo");
            Files.writeString(Path.of(tty), "\u001b[H\u001b[2JSCRIBBLED OVER", StandardCharsets.UTF_8);
            tmux.waitForText("SCRIBBLED OVER");

            signal("CONT", pid);
            tmux.waitFor("the whole screen drawn again",
                    s -> s.contains(NEWEST) && s.contains(OLDER) && s.contains("All posts") && !s.contains("SCRIBBLED"));
            tmux.waitFor("raw mode back", s -> {
                String mode = runQuietly("stty", "-F", tty, "-a");
                return mode.contains("-icanon") && mode.contains("-echo ");
            });
            tmux.type("j");
            tmux.waitFor("j moved the selection", s -> s.lines().anyMatch(l -> l.startsWith("2/2")));
            quitAndCheckTheTerminal(tmux);
        }
    }

    private Tmux startReader() throws IOException, InterruptedException {
        Tmux tmux = Tmux.start(work, 100, 30);
        try {
            startReaderIn(tmux);
        } catch (IOException | InterruptedException | RuntimeException | AssertionError e) {
            tmux.close();
            throw e;
        }
        return tmux;
    }

    private void startReaderIn(Tmux tmux) throws IOException, InterruptedException {
        tmux.type("sh " + Tmux.launcher(work, posts, data, "xterm-256color", "C.UTF-8"));
        tmux.press("Enter");
        tmux.waitFor("the list", s -> s.contains(NEWEST) && s.contains("All posts") && s.contains("1/2"));
    }

    /** The shell reports the stopped job on the normal screen, and the terminal is in its normal mode. */
    private static void assertShellHasTheTerminal(Tmux tmux) throws IOException, InterruptedException {
        String shell = tmux.waitFor("the shell's report of the stopped job", s -> s.contains("Stopped"));
        assertThat(shell).as("the reader's screen is gone").doesNotContain("All posts");
        assertThat(tmux.onAlternateScreen()).as("on the alternate screen").isFalse();
        assertThat(tmux.cursorShown()).as("the cursor is shown").isTrue();
        assertNormalMode(sttyInThePane(tmux));
    }

    private static void resumeWithFgAndCheckKeysWork(Tmux tmux) throws IOException, InterruptedException {
        tmux.type("fg");
        tmux.press("Enter");
        tmux.waitFor("the reader's whole screen again", s -> s.contains(NEWEST) && s.contains(OLDER)
                && s.contains("All posts") && s.lines().anyMatch(l -> l.startsWith("1/2")) && !s.contains("speed"));
        tmux.type("j");
        tmux.waitFor("j moved the selection", s -> s.lines().anyMatch(l -> l.startsWith("2/2")));
    }

    private static void quitAndCheckTheTerminal(Tmux tmux) throws IOException, InterruptedException {
        tmux.press("Q");
        tmux.waitForText("EXIT=0");
        assertNormalMode(sttyInThePane(tmux));
    }

    /** {@code stty -a} typed into the pane's shell, on a cleared screen so that only its answer is read. */
    private static String sttyInThePane(Tmux tmux) throws IOException, InterruptedException {
        tmux.type("clear; stty -a");
        tmux.press("Enter");
        return tmux.waitFor("stty output", s -> s.contains("icanon") && s.contains("ixon") && !s.contains("EXIT="));
    }

    private static void assertNormalMode(String stty) {
        assertThat(ICANON_ON.matcher(stty).find()).as("icanon is on:\n%s", stty).isTrue();
        assertThat(ECHO_ON.matcher(stty).find()).as("echo is on:\n%s", stty).isTrue();
        assertThat(stty).contains("intr = ^C", "susp = ^Z");
    }


    private static void signal(String name, long pid) throws IOException, InterruptedException {
        run("kill", "-" + name, String.valueOf(pid));
    }

    /** Waits until the process is in the given state of /proc ({@code T}: stopped). */
    private static void waitForState(long pid, char state) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + Tmux.TIMEOUT.toNanos();
        Path stat = Path.of("/proc", String.valueOf(pid), "stat");
        while (true) {
            String text = Files.readString(stat);
            // The state follows the command name in parentheses, which may itself hold spaces.
            if (text.charAt(text.lastIndexOf(')') + 2) == state) {
                return;
            }
            assertThat(System.nanoTime()).as("process %d reached state %s", pid, state).isLessThan(deadline);
            Thread.sleep(20); // the polling interval, not a wait for something to happen
        }
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(Tmux.TIMEOUT.toSeconds(), TimeUnit.SECONDS)).as("%s finished", command[0]).isTrue();
        assertThat(process.exitValue()).as("%s: %s", String.join(" ", command), out).isZero();
        return out;
    }

    private static String runQuietly(String... command) {
        try {
            return run(command);
        } catch (IOException | RuntimeException | AssertionError e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }
}
