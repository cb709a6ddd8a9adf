package newsreader.tui;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import newsreader.reading.ReadState;

/**
 * The read and star marks, opened on a thread of their own while the screen starts: opening the database (its
 * native library loaded for the first time) is the longest single step of a start, and nothing needs the marks
 * before the first list is drawn. Closing waits for the opening, then closes what it opened.
 */
final class ReadStateOpening implements AutoCloseable {
    private final CompletableFuture<ReadState.Shared> opened = new CompletableFuture<>();

    private ReadStateOpening() {
    }

    /** Starts opening the marks in {@code dataDirectory} (null: the user's data folder). */
    static ReadStateOpening start(Path dataDirectory) {
        ReadStateOpening opening = new ReadStateOpening();
        Thread thread = new Thread(() -> {
            try {
                opening.opened.complete(ReadState.openShared(dataDirectory));
            } catch (Throwable e) { // never leave the start waiting
                opening.opened.completeExceptionally(e);
            }
        }, "read-state-open");
        thread.setDaemon(true);
        thread.start();
        return opening;
    }

    /** The opened marks, waiting for them if need be. */
    ReadState.Shared shared() {
        return opened.join();
    }

    @Override
    public void close() {
        if (!opened.isCompletedExceptionally()) {
            opened.join().close();
        }
    }
}
