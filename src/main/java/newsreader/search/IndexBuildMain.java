package newsreader.search;

import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;
import newsreader.post.PostScanner;
import newsreader.post.ScanResult;

/**
 * The program of the process that builds the reader's search index ({@link IndexBuildProcess} starts it): it scans
 * the folder itself (a warm metadata cache makes that quick), brings the index up to date exactly as
 * {@link SearchIndex#update} does in any other program, and says how far it is in lines on its standard output
 * ({@link IndexBuildProcess#PROGRESS} and the others). Being a process of its own, its garbage and its compiler
 * threads never stop the reader's JVM, and the whole of it runs at the lowest CPU priority.
 *
 * <p>Arguments: the posts folder, the indexes' cache root, and {@link #LOWER_THREADS} when the process could not be
 * started at the lowest priority as a whole (no {@code nice}), so that its threads lower themselves.
 */
public final class IndexBuildMain {
    static final String LOWER_THREADS = "--lower-threads";
    private static final long PARENT_CHECK_MILLIS = 1_000;

    private IndexBuildMain() {
    }

    public static void main(String[] args) {
        // Lucene's and the scanner's log records would go to stderr, which the reader discards: keep them quiet.
        Logger.getLogger("").setLevel(Level.OFF);
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        if (args.length < 2) {
            out.println(IndexBuildProcess.FAILED + " usage: FOLDER CACHE_ROOT [" + LOWER_THREADS + "]");
            System.exit(2);
        }
        stopWhenOrphaned();
        Path folder = Path.of(args[0]);
        Path cacheRoot = Path.of(args[1]);
        boolean lowerThreads = args.length > 2 && LOWER_THREADS.equals(args[2]);
        System.exit(build(folder, cacheRoot, lowerThreads, out));
    }

    private static int build(Path folder, Path cacheRoot, boolean lowerThreads, PrintStream out) {
        try {
            ScanResult scan = new PostScanner().scan(folder);
            try (SearchIndex index = lowerThreads ? SearchIndex.openInBackground(folder, cacheRoot)
                    : SearchIndex.open(folder, cacheRoot)) {
                UpdateReport report = index.update(scan.posts(),
                        (done, total) -> out.println(IndexBuildProcess.PROGRESS + " " + done + " " + total)).get();
                out.println(report.readOnly() ? IndexBuildProcess.HELD : IndexBuildProcess.DONE);
            }
            return 0;
        } catch (ExecutionException | CompletionException e) {
            out.println(IndexBuildProcess.FAILED + " " + reason(e.getCause() != null ? e.getCause() : e));
            return 1;
        } catch (Exception | StackOverflowError e) {
            out.println(IndexBuildProcess.FAILED + " " + reason(e));
            return 1;
        }
    }

    /** One line: the status line shows it. */
    private static String reason(Throwable error) {
        String message = error.getMessage();
        String text = message == null || message.isBlank() ? error.getClass().getSimpleName() : message;
        return text.replaceAll("[\\r\\n]+", " ");
    }

    /**
     * A reader killed outright (SIGKILL) cannot stop its build: the build notices that its parent is gone and ends,
     * rather than go on taking the machine's time for nobody (what it committed is kept for the next start).
     */
    private static void stopWhenOrphaned() {
        Optional<ProcessHandle> parent = ProcessHandle.current().parent();
        if (parent.isEmpty()) {
            return;
        }
        long parentPid = parent.get().pid();
        Thread watch = new Thread(() -> {
            while (true) {
                try {
                    Thread.sleep(PARENT_CHECK_MILLIS);
                } catch (InterruptedException e) {
                    return;
                }
                Optional<ProcessHandle> now = ProcessHandle.current().parent();
                if (now.isEmpty() || now.get().pid() != parentPid || !now.get().isAlive()) {
                    Runtime.getRuntime().halt(3);
                }
            }
        }, "newsreader-parent-watch");
        watch.setDaemon(true);
        watch.start();
    }
}
