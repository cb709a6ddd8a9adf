package newsreader.post;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Finds every post below a folder and reads the front matter of each (never the whole body). */
public final class PostScanner {
    private final PostLimits limits;
    private final ZoneId localZone;
    private final int threads;

    /** Dates without a zone are read in the machine's zone, as Hexo does. */
    public PostScanner() {
        this(PostLimits.DEFAULT, ZoneId.systemDefault(), defaultThreads());
    }

    /** @param localZone the zone of dates written without one */
    public PostScanner(ZoneId localZone) {
        this(PostLimits.DEFAULT, localZone, defaultThreads());
    }

    /**
     * @param threads how many files are read at once (reading is mostly waiting for the disk, so more than the cores)
     */
    public PostScanner(PostLimits limits, ZoneId localZone, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
        this.limits = limits;
        this.localZone = localZone;
        this.threads = threads;
    }

    /** Scans {@code root} recursively; never throws for a single bad file (it becomes a problem). */
    public ScanResult scan(Path root) {
        PostFileWalker.Walk walk = new PostFileWalker().walk(root);
        PostFileLoader loader = new PostFileLoader(limits, localZone);
        List<PostMeta> posts = new ArrayList<>();
        List<PostProblem> problems = new ArrayList<>(walk.problems());

        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, Math.max(1, walk.files().size())), runnable -> {
            Thread thread = new Thread(runnable, "post-scan");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<Object>> loads = new ArrayList<>();
            for (FileFacts file : walk.files()) {
                loads.add(pool.submit(() -> load(loader, file)));
            }
            for (Future<Object> load : loads) {
                Object outcome = await(load);
                if (outcome instanceof PostMeta meta) {
                    posts.add(meta);
                } else {
                    problems.add((PostProblem) outcome);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        posts.sort(PostOrder.NEWEST_FIRST);
        problems.sort(PostOrder.BY_PATH);
        return new ScanResult(List.copyOf(posts), List.copyOf(problems));
    }

    /** A post or a problem: one file's failure, whatever it is, must not stop the others. */
    private static Object load(PostFileLoader loader, FileFacts file) {
        try {
            return loader.loadMeta(file);
        } catch (PostException e) {
            return new PostProblem(file.path(), file.relativePath(), e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            return new PostProblem(file.path(), file.relativePath(),
                    "unexpected error: " + OneLine.of(e.getClass().getSimpleName() + " " + e.getMessage()));
        }
    }

    private static Object await(Future<Object> load) {
        try {
            return load.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("scan interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("scan task failed", e.getCause());
        }
    }

    private static int defaultThreads() {
        return Math.max(2, Math.min(8, Runtime.getRuntime().availableProcessors() * 2));
    }
}
