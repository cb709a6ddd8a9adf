package newsreader.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Builds one folder's index in another process ({@link IndexBuildProcess}) whenever asked, one build at a time: a
 * request while a build runs (the folder changed again) starts another once it ends, so that Lucene's write lock is
 * never fought over and the last change is always indexed. Closing stops the running build.
 */
public final class BackgroundIndexBuilds implements AutoCloseable {
    private final Path folder;
    private final Path cacheRoot;
    private final List<String> extraJvmOptions;
    private final IndexBuildListener listener;
    private IndexBuildProcess running;
    private boolean again;
    private boolean closed;

    /**
     * @param extraJvmOptions added to the build's JVM options (none but in tests)
     * @param listener        hears every build, on a thread of its own
     */
    public BackgroundIndexBuilds(Path folder, Path cacheRoot, List<String> extraJvmOptions, IndexBuildListener listener) {
        this.folder = folder;
        this.cacheRoot = cacheRoot;
        this.extraJvmOptions = List.copyOf(extraJvmOptions);
        this.listener = listener;
    }

    /** Starts a build now, or after the running one when one runs. */
    public synchronized void request() {
        if (closed) {
            return;
        }
        if (running != null) {
            again = true;
            return;
        }
        again = false;
        try {
            IndexBuildProcess build = IndexBuildProcess.start(folder, cacheRoot, extraJvmOptions, listener);
            running = build;
            build.ended().thenRun(() -> ended(build));
        } catch (IOException | RuntimeException e) {
            cannotStart(e);
        }
    }

    private void cannotStart(Exception e) {
        listener.couldNotStart(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }

    private synchronized void ended(IndexBuildProcess build) {
        if (running == build) {
            running = null;
        }
        if (again && !closed) {
            request();
        }
    }

    /** The running build's process id, if one runs. */
    public synchronized java.util.OptionalLong runningPid() {
        return running == null ? java.util.OptionalLong.empty() : java.util.OptionalLong.of(running.pid());
    }

    /** Stops the running build (it resumes from its last commit at the next start); no more builds start. */
    @Override
    public void close() {
        IndexBuildProcess build;
        synchronized (this) {
            closed = true;
            build = running;
            running = null;
        }
        if (build != null) {
            build.stop();
        }
    }
}
