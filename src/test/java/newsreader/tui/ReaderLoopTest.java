package newsreader.tui;

import static newsreader.tui.Keys.ch;
import static newsreader.tui.Keys.ctrl;
import static newsreader.tui.Keys.key;
import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.time.ZoneOffset;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import newsreader.reading.Library;
import newsreader.render.DateLabel;
import newsreader.text.CellWidth;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The event loop on Lanterna's virtual terminal: keys, scans, resizes, quitting. Keys go straight into the event
 * queue: the virtual terminal's blocking {@code readInput()} holds the terminal's lock while it waits, so an input
 * thread on it would stall every drawing call (the real terminal waits on a separate lock).
 */
class ReaderLoopTest {
    private final FakeServices services = new FakeServices();
    private final BlockingQueue<ReaderEvent> events = new LinkedBlockingQueue<>();
    private ReaderState state;
    private VirtualScreen screen;
    private Thread loopThread;
    private final Throwable[] failure = new Throwable[1];
    private final ScribblingJobs jobs = new ScribblingJobs();

    /**
     * Stands in for the shell: while the reader is suspended, or stopped without warning, something else writes on
     * the terminal; only a complete redraw afterwards covers it, since the screen layer believes those cells
     * unchanged.
     */
    private final class ScribblingJobs implements JobControl {
        static final String SHELL = "SHELL WROTE HERE";
        volatile int suspends;
        volatile int continues;

        @Override
        public boolean suspend() {
            scribble();
            suspends++;
            return true;
        }

        @Override
        public void continued() {
            scribble();
            continues++;
        }

        private void scribble() {
            screen.terminal.setCursorPosition(0, 0);
            screen.terminal.putString(SHELL);
        }
    }

    @BeforeEach
    void start() {
        CellWidth widths = CellWidth.standard();
        state = new ReaderState(Library.empty(TestPosts.ROOT));
        state.loading = true;
        ReaderController controller = new ReaderController(state, services, widths);
        screen = new VirtualScreen(100, 30, widths);
        screen.terminal.addResizeListener((t, size) -> events.add(new ReaderEvent.Resized()));
        ReaderView view = new ReaderView(Theme.colour(), widths, new DateLabel(ZoneOffset.UTC));
        ReaderLoop loop = new ReaderLoop(screen.screen, screen.painter, controller, view, events);
        loop.suspendWith(jobs);
        loopThread = new Thread(() -> {
            try {
                loop.run();
            } catch (Throwable t) {
                failure[0] = t;
            }
        });
        loopThread.start();
    }

    @AfterEach
    void stop() throws InterruptedException {
        events.add(new ReaderEvent.InputClosed());
        loopThread.join(5000);
    }

    private void type(KeyStroke... keys) {
        for (KeyStroke k : keys) {
            events.add(new ReaderEvent.Key(k));
        }
    }

    private void waitFor(String what, Predicate<String> condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!condition.test(screen.screenText())) {
            assertThat(System.nanoTime()).as("waiting for %s; screen:\n%s", what, screen.screenText()).isLessThan(deadline);
            Thread.sleep(10);
        }
    }

    @Test
    void showsLoadingThenTheScanThenFollowsKeysTypedAtTheTerminal() throws InterruptedException {
        waitFor("loading", s -> s.contains("Loading"));
        events.add(new ReaderEvent.Loaded(TestPosts.sample()));
        waitFor("the posts", s -> s.contains("Spring Boot startup"));
        type(ch('/'), ch('智'), ch('能'), key(KeyType.Enter), key(KeyType.Enter));
        waitFor("the article", s -> s.contains("body of 笔记本智能充电固件") && s.contains("line 1-"));
        assertThat(services.store.isRead(TestPosts.id("c.md"))).isTrue();
    }

    @Test
    void aResizeIsDrawnAtTheNewSizeAtOnce() throws InterruptedException {
        events.add(new ReaderEvent.Loaded(TestPosts.sample()));
        waitFor("both panes", s -> s.contains("All posts") && s.contains("Spring Boot"));
        screen.terminal.setTerminalSize(new TerminalSize(40, 10));
        // Right after shrinking, the virtual terminal (like tmux) shows its old bottom rows until the redraw.
        waitFor("one pane at 40x10", s -> s.lines().count() == 10 && s.lines().toList().get(0).contains("国产")
                && s.lines().toList().get(9).startsWith("1/5") && !s.contains("│"));
    }

    @Test
    void ctrlZSuspendsOnceAndEverythingIsDrawnAgainAfter() throws InterruptedException {
        events.add(new ReaderEvent.Loaded(TestPosts.sample()));
        waitFor("the posts", s -> s.contains("Spring Boot") && s.contains("All posts"));
        type(ctrl('z'));
        waitFor("the whole screen again", s -> jobs.suspends == 1 && s.contains("All posts")
                && !s.contains(ScribblingJobs.SHELL));
        assertThat(state.suspend).isFalse();
        type(ch('j'));
        waitFor("keys acting again", s -> s.lines().anyMatch(l -> l.startsWith("2/5")));
        assertThat(jobs.suspends).isEqualTo(1);
    }

    @Test
    void aStopSignalSuspendsAndAContinueSignalDrawsEverythingAgain() throws InterruptedException {
        events.add(new ReaderEvent.Loaded(TestPosts.sample()));
        waitFor("the posts", s -> s.contains("Spring Boot") && s.contains("All posts"));
        events.add(new ReaderEvent.StopAsked());
        waitFor("suspended and drawn again", s -> jobs.suspends == 1 && !s.contains(ScribblingJobs.SHELL));
        events.add(new ReaderEvent.Continued());
        waitFor("taken back and drawn again", s -> jobs.continues == 1 && s.contains("All posts")
                && !s.contains(ScribblingJobs.SHELL));
        assertThat(jobs.suspends).isEqualTo(1);
    }

    @Test
    void quitEndsTheLoopAndSoDoesTheEndOfInput() throws InterruptedException {
        events.add(new ReaderEvent.Loaded(TestPosts.sample()));
        waitFor("the posts", s -> s.contains("Spring Boot"));
        type(ch('Q'));
        loopThread.join(5000);
        assertThat(loopThread.isAlive()).isFalse();
        assertThat(failure[0]).isNull();
        assertThat(state.quit).isTrue();
    }

    @Test
    void endOfInputAloneEndsTheLoop() throws InterruptedException {
        events.add(new ReaderEvent.InputClosed());
        loopThread.join(5000);
        assertThat(loopThread.isAlive()).isFalse();
    }
}
