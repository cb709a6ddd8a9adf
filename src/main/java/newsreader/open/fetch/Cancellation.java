package newsreader.open.fetch;

import java.io.Closeable;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Lets the UI stop a download from its own thread: the flag is checked between reads and the open stream closed.
 * Public because every {@code OpenTask} carries one.
 */
public final class Cancellation {
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final AtomicReference<Closeable> current = new AtomicReference<>();

    public void cancel() {
        cancelled.set(true);
        closeCurrent();
    }

    public boolean isCancelled() {
        return cancelled.get();
    }

    /** The stream a download reads now; closed at once if cancelled, so a blocked read returns. */
    void attach(Closeable stream) {
        current.set(stream);
        if (cancelled.get()) {
            closeCurrent();
        }
    }

    void detach() {
        current.set(null);
    }

    private void closeCurrent() {
        Closeable stream = current.getAndSet(null);
        if (stream != null) {
            try {
                stream.close();
            } catch (IOException e) {
                // Closing only serves to wake the reader.
            }
        }
    }
}
