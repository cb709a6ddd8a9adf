package newsreader.post;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Keeps a {@link FolderIndex} up to date while a reader runs: rescans when the file system reports a change in any
 * folder (WatchService, every folder registered, new ones as they appear), and also every so often, because some file
 * systems report nothing (network file systems, FUSE) and events can overflow. Changes reach the consumer on the
 * watcher's own daemon thread, only when there are some, well within two seconds of the change.
 */
public final class FolderWatcher implements AutoCloseable {
    /** Waits this long after an event for the rest of a burst (a file written in pieces, a batch of new posts). */
    private static final long SETTLE_MILLIS = 150;
    /**
     * Where events arrive, a periodic rescan is only a safety net (an overflowing event queue is itself reported and
     * rescanned at once): no need to walk a large folder often. Every rescan of 100,000 posts costs the reader's JVM a
     * few young collections of 60-440 ms that a key pressed meanwhile waits for, and slowly fills the old generation
     * towards a full collection; every 30 s that was a burst a minute and a twentieth of an idle core.
     */
    private static final Duration SAFETY_PERIOD = Duration.ofMinutes(5);
    /** A rescan takes at most about a tenth of a core, however large the folder. */
    private static final int PERIOD_PER_RESCAN_TIME = 10;

    /** File systems that keep times to the second or two (FAT keeps two seconds) may date a change before it. */
    private static final long COARSE_TIME_MILLIS = 2_000;

    private final FolderIndex index;
    private final Duration period;
    private final Consumer<FolderChanges> onChanges;
    private final Map<Path, WatchKey> watched = new HashMap<>();
    private final Thread thread;
    private final WatchService service;
    private final boolean remote;
    private volatile boolean closed;

    private FolderWatcher(FolderIndex index, Duration period, Consumer<FolderChanges> onChanges) {
        this.index = index;
        this.period = period;
        this.onChanges = onChanges;
        this.service = newWatchService();
        this.remote = isRemote(index.root());
        this.thread = new Thread(this::watch, "folder-watcher");
        thread.setDaemon(true);
    }

    /** Starts watching with a rescan every two seconds where the file system gives no events. */
    public static FolderWatcher start(FolderIndex index, Consumer<FolderChanges> onChanges) {
        return start(index, Duration.ofSeconds(2), onChanges);
    }

    /**
     * Starts watching; call after {@link FolderIndex#load}.
     *
     * @param period    how often to rescan where the file system gives no events (stretched to ten times the last
     *                  rescan's duration, so a huge folder is not walked without pause)
     * @param onChanges gets each non-empty {@link FolderChanges}, on the watcher's thread
     */
    public static FolderWatcher start(FolderIndex index, Duration period, Consumer<FolderChanges> onChanges) {
        FolderWatcher watcher = new FolderWatcher(index, period, onChanges);
        watcher.register(index.folders());
        watcher.thread.start();
        return watcher;
    }

    /** Stops watching and saves the cache if it lags behind; waits briefly for a rescan under way. */
    @Override
    public void close() {
        closed = true;
        thread.interrupt();
        if (service != null) {
            try {
                service.close();
            } catch (IOException e) {
                // closing anyway
            }
        }
        try {
            thread.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        index.saveCache();
    }

    private void watch() {
        long lastRescanNanos = 0;
        // Posts written while the first walk ran, into folders it had passed, came before the folders were watched.
        boolean catchUp = index.foldersChangedSinceWalkBegan(COARSE_TIME_MILLIS);
        while (!closed) {
            try {
                Duration wait = currentPeriod(lastRescanNanos);
                if (catchUp) {
                    catchUp = false;
                } else if (service == null) {
                    Thread.sleep(wait.toMillis());
                } else {
                    WatchKey key = service.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
                    if (key != null) {
                        Thread.sleep(SETTLE_MILLIS);
                        for (; key != null; key = service.poll()) {
                            key.pollEvents();
                            key.reset();
                        }
                    }
                }
                long started = System.nanoTime();
                FolderChanges changes = index.rescan();
                lastRescanNanos = System.nanoTime() - started;
                register(index.folders());
                if (!changes.isEmpty() && !closed) {
                    onChanges.accept(changes);
                }
            } catch (InterruptedException | ClosedWatchServiceException e) {
                return;
            } catch (RuntimeException e) {
                // a failed rescan or consumer must not end the watching: the next round tries again
            }
        }
    }

    private Duration currentPeriod(long lastRescanNanos) {
        Duration base = service != null && !watched.isEmpty() && !remote ? SAFETY_PERIOD : period;
        Duration stretched = Duration.ofNanos(lastRescanNanos * PERIOD_PER_RESCAN_TIME);
        return stretched.compareTo(base) > 0 ? stretched : base;
    }

    /** Registers new folders and forgets vanished ones. */
    private void register(List<Path> folders) {
        if (service == null) {
            return;
        }
        Set<Path> now = new HashSet<>(folders);
        watched.entrySet().removeIf(entry -> {
            if (!now.contains(entry.getKey()) || !entry.getValue().isValid()) {
                entry.getValue().cancel();
                return true;
            }
            return false;
        });
        for (Path folder : folders) {
            if (!watched.containsKey(folder)) {
                try {
                    watched.put(folder, folder.register(service, StandardWatchEventKinds.ENTRY_CREATE,
                            StandardWatchEventKinds.ENTRY_DELETE, StandardWatchEventKinds.ENTRY_MODIFY));
                } catch (IOException | RuntimeException e) {
                    // out of inotify watches, or the folder just vanished: the periodic rescan covers it
                }
            }
        }
    }

    /** Network and user-space file systems report changes made elsewhere late or never. */
    private static boolean isRemote(Path root) {
        try {
            String type = Files.getFileStore(root).type().toLowerCase(Locale.ROOT);
            return type.startsWith("nfs") || type.startsWith("fuse") || type.startsWith("cifs") || type.startsWith("smb")
                    || type.equals("9p") || type.equals("afs") || type.equals("ceph") || type.equals("glusterfs")
                    || type.equals("davfs") || type.equals("virtiofs") || type.equals("sshfs");
        } catch (IOException | RuntimeException e) {
            return true;
        }
    }

    private static WatchService newWatchService() {
        try {
            return FileSystems.getDefault().newWatchService();
        } catch (IOException | UnsupportedOperationException e) {
            return null;
        }
    }
}
