package newsreader.tui.term;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class GatedInputTest {
    @Test
    void whileLentTheScreenGetsNoKeyAndTheKeyGoesToWhoeverWaitsForIt() throws Exception {
        PipedOutputStream typing = new PipedOutputStream();
        GatedInput input = new GatedInput(new PipedInputStream(typing));
        typing.write('a');
        assertThat(input.read()).isEqualTo('a');

        CompletableFuture<Integer> screenThread = CompletableFuture.supplyAsync(() -> {
            try {
                return input.read();
            } catch (java.io.IOException e) {
                return -2;
            }
        });
        Thread.sleep(100);
        input.lend();
        assertThat(input.available()).isZero();
        typing.write('x');
        assertThat(input.readKeyWhileLent()).isEqualTo('x');
        typing.write('y');
        Thread.sleep(100);
        assertThat(screenThread).isNotDone();

        input.takeBack();
        assertThat(screenThread.get(5, TimeUnit.SECONDS)).isEqualTo('y');
    }
}
