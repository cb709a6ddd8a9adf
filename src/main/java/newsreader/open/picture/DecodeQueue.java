package newsreader.open.picture;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import newsreader.messages.Messages;

/**
 * Runs image decodes one at a time on a thread of their own, each with a deadline. Decoding is where a hostile file
 * costs most (a 34-byte WebP that declares its size keeps the WebP decoder busy for minutes): one thread means at most
 * one such decode holds a core and its memory at a time, and a decode past its deadline, or cancelled, is stopped
 * ({@link DecodeHandle}) and said so. Public for {@code Opener}, which decodes every picture it shows here through it.
 */
public final class DecodeQueue implements AutoCloseable {
    private static final Messages WORDS = Messages.of("open");

    private final ImageDecoder decoder;
    private final Duration deadline;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(runnable -> {
        Thread t = new Thread(runnable, "newsreader-decode");
        // Never keeps the JVM alive: quitting must not wait for a decode.
        t.setDaemon(true);
        return t;
    });

    public DecodeQueue(ImageDecoder decoder, Duration deadline) {
        this.decoder = decoder;
        this.deadline = deadline;
    }

    /**
     * Decodes the image on the queue's thread and waits for it, at most until the deadline.
     *
     * @param onCancel is given the action that stops this decode, for the caller's cancel (Esc, a second open)
     */
    public BufferedImage decode(Path file, String mimeType, Consumer<Runnable> onCancel)
            throws ImageDecoder.DecodeException {
        DecodeHandle handle = new DecodeHandle();
        Future<BufferedImage> result = thread.submit(() -> decoder.decode(file, mimeType, handle));
        Runnable stop = () -> {
            handle.stop();
            result.cancel(true);
        };
        onCancel.accept(stop);
        try {
            return result.get(deadline.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            stop.run();
            throw new ImageDecoder.DecodeException(WORDS.get("decode.too-slow", deadline.toSeconds()));
        } catch (CancellationException e) {
            throw new ImageDecoder.DecodeException(WORDS.get("outcome.cancelled"));
        } catch (InterruptedException e) {
            stop.run();
            Thread.currentThread().interrupt();
            throw new ImageDecoder.DecodeException(WORDS.get("outcome.cancelled"));
        } catch (ExecutionException e) {
            if (handle.stopped()) {
                throw new ImageDecoder.DecodeException(WORDS.get("outcome.cancelled"));
            }
            if (e.getCause() instanceof ImageDecoder.DecodeException decode) {
                throw decode;
            }
            throw new ImageDecoder.DecodeException(WORDS.get("decode.cannot-decode.why", mimeType, String.valueOf(e.getCause())));
        }
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
