package newsreader.open.fetch;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Lets the UI stop a download or a decode from its own thread: the flag is checked between reads, the open stream
 * closed, and whatever else was registered with {@link #onCancel} run. Public because every {@code OpenTask} carries
 * one.
 */
public final class Cancellation {
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final AtomicReference<Closeable> current = new AtomicReference<>();
    private final List<Runnable> actions = new CopyOnWriteArrayList<>();

    public void cancel() {
        if (cancelled.getAndSet(true)) {
            return;
        }
        closeCurrent();
        actions.forEach(Runnable::run);
    }

    /** Runs {@code action} when cancelled (at once if that has happened): how a decode in progress is stopped. */
    public void onCancel(Runnable action) {
        actions.add(action);
        if (cancelled.get() && actions.remove(action)) {
            action.run();
        }
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
