package newsreader.store;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Opens the one state store both readers share ({@code DATA/state.db}); when it cannot be opened, a store in memory
 * and the reason, so that the reader still starts and can say why marks will not last.
 */
public final class SharedStateStore {
    /** The store to use, and why it is only in memory (empty when the file store opened). */
    public record Opened(ReadStateStore store, String problem) {
    }

    private SharedStateStore() {
    }

    public static Opened open(Path dataDirectory) {
        try {
            return new Opened(SqliteStateStore.open(SqliteStateStore.fileIn(dataDirectory)), "");
        } catch (IOException | RuntimeException | LinkageError e) {
            // LinkageError: the SQLite native library may not load on an unusual platform.
            return new Opened(ReadStateStore.inMemory(), "Read marks kept for this session only: " + e.getMessage());
        }
    }

    /** Closes a store that holds a file open; the others need nothing. */
    public static void close(ReadStateStore store) {
        if (store instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception ignored) {
                // Every change was committed when it was made.
            }
        }
    }
}
