package newsreader.tui;

import static newsreader.tui.Keys.ch;
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
