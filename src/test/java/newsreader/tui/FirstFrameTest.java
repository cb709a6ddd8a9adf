package newsreader.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.terminal.Terminal;
import com.googlecode.lanterna.terminal.virtual.VirtualTerminalListener;
import java.time.ZoneOffset;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import newsreader.reading.Library;
import newsreader.render.DateLabel;
import newsreader.text.CellWidth;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The first frame of a warm start: when the cache's newest posts are on their way, the loop waits for them and draws
 * them in its first frame instead of an empty "loading" frame followed by them; the wait is bounded.
 */
class FirstFrameTest {
    private static final long DEADLINE_SECONDS = 60;

    private final BlockingQueue<ReaderEvent> events = new LinkedBlockingQueue<>();
    private final CompletableFuture<String> firstFrame = new CompletableFuture<>();
    private Thread loopThread;

    @AfterEach
    void stop() throws InterruptedException {
        events.add(new ReaderEvent.InputClosed());
        if (loopThread != null) {
            loopThread.join(TimeUnit.SECONDS.toMillis(DEADLINE_SECONDS));
        }
    }

    /** Starts the loop on a virtual terminal; the screen's text at its first flush completes {@link #firstFrame}. */
    private void startLoop(long firstListWaitMillis) {
        CellWidth widths = CellWidth.standard();
        ReaderState state = new ReaderState(Library.empty(TestPosts.ROOT));
        state.loading = true;
        ReaderController controller = new ReaderController(state, new FakeServices(), widths);
        VirtualScreen screen = new VirtualScreen(100, 30, widths);
        screen.terminal.addVirtualTerminalListener(new VirtualTerminalListener() {
            @Override
            public void onFlush() {
                if (!firstFrame.isDone()) {
                    firstFrame.complete(screen.screenText());
                }
            }

            @Override
            public void onBell() {
            }

            @Override
            public void onClose() {
            }

            @Override
            public void onResized(Terminal terminal, TerminalSize newSize) {
            }
        });
        ReaderView view = new ReaderView(Theme.colour(), widths, new DateLabel(ZoneOffset.UTC));
        ReaderLoop loop = new ReaderLoop(screen.screen, screen.painter, controller, view, events);
        loop.firstFrameWaitsForTheList(firstListWaitMillis);
        loopThread = new Thread(() -> {
            try {
                loop.run();
            } catch (Exception e) {
                firstFrame.completeExceptionally(e);
            }
        }, "loop under test");
        loopThread.start();
    }

    private void awaitLoopWaiting() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(DEADLINE_SECONDS);
        while (loopThread.getState() != Thread.State.TIMED_WAITING) {
            assertThat(System.nanoTime()).as("the loop waiting for its first event").isLessThan(deadline);
            assertThat(firstFrame).as("no frame drawn before the list came").isNotDone();
            Thread.sleep(1);
        }
    }

    @Test
    void theNewestPostsThatComeWhileTheLoopWaitsAreItsFirstFrame() throws Exception {
        startLoop(TimeUnit.SECONDS.toMillis(DEADLINE_SECONDS));
        awaitLoopWaiting();

        events.add(new ReaderEvent.Loaded(TestPosts.sample()));

        String first = firstFrame.get(DEADLINE_SECONDS, TimeUnit.SECONDS);
        assertThat(first).contains("Spring Boot startup").doesNotContain("Loading");
    }

    @Test
    void withNoListTheLoadingFrameIsDrawnOnceTheWaitIsOver() throws Exception {
        startLoop(50);

        String first = firstFrame.get(DEADLINE_SECONDS, TimeUnit.SECONDS);
        assertThat(first).contains("Loading");
    }
}
