package newsreader.tui.term;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class GatedInputTest {
    private static final long DEADLINE_SECONDS = 30;

    @Test
    void whileLentTheScreenGetsNoKeyAndTheKeyGoesToWhoeverWaitsForIt() throws Exception {
        PipedOutputStream typing = new PipedOutputStream();
        GatedInput input = new GatedInput(new PipedInputStream(typing));
        typing.write('a');
        assertThat(input.read()).isEqualTo('a');

        CompletableFuture<Integer> screenRead = new CompletableFuture<>();
        Thread screenThread = new Thread(() -> {
            try {
                screenRead.complete(input.read());
            } catch (IOException e) {
                screenRead.complete(-2);
            }
        }, "screen-input");
        screenThread.start();
        // PipedInputStream waits with a timeout for bytes: the screen thread is then inside the terminal's read.
        awaitState(screenThread, Thread.State.TIMED_WAITING);
        input.lend();
        assertThat(input.available()).isZero();
        typing.write('x');
        typing.flush(); // wakes a reader waiting in the pipe at once, not after its one-second poll
        assertThat(input.readKeyWhileLent()).isEqualTo('x');
        typing.write('y');
        // Having handed 'x' over, the screen thread waits, without a timeout, for the terminal to come back.
        awaitState(screenThread, Thread.State.WAITING);
        assertThat(screenRead).isNotDone();

        input.takeBack();
        assertThat(screenRead.get(DEADLINE_SECONDS, TimeUnit.SECONDS)).isEqualTo('y');
    }

    /** Polls until {@code thread} is blocked in the given way (a condition, not a fixed wait). */
    private static void awaitState(Thread thread, Thread.State state) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(DEADLINE_SECONDS);
        while (thread.getState() != state) {
            if (System.nanoTime() > deadline) {
                fail("the screen thread never became " + state + "; it is " + thread.getState());
            }
            Thread.sleep(1);
        }
    }
}
