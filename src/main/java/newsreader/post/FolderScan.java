package newsreader.post;

import java.nio.file.Path;
import newsreader.log.Trace;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One pass over a folder: walks it, takes each file's outcome from what is already known while its size and
 * modification time are unchanged, reads the others on a pool of threads while the walk goes on, and tells a
 * listener what it finds as it goes. Holds no state between runs.
 */
final class FolderScan {
    /** A listener hears from the scan at most this often (a screen redraws no faster anyway). */
    private static final long BATCH_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

    private final PostLimits limits;
    private final ZoneId localZone;
    private final int threads;
    /** Made when a file must first be read: a scan that finds everything in the cache loads no parser classes. */
    private PostFileLoader loader;

    FolderScan(PostLimits limits, ZoneId localZone, int threads) {
        this.limits = limits;
        this.localZone = localZone;
        this.threads = threads;
    }

    private synchronized PostFileLoader loader() {
        if (loader == null) {
            loader = new PostFileLoader(limits, localZone);
        }
        return loader;
    }

    /**
     * What a run found.
     *
     * @param files        every post file's outcome by relative path (for the next run and the cache)
     * @param read         the outcomes read in this run (new, changed, or not trusted before), by relative path
     * @param removed      relative paths known before and gone now
     * @param folders      every folder walked
     * @param walkProblems the problems of the walk itself (unreadable folders, loops, broken links)
     * @param result       the sorted result when a listener was given it or what was known came sorted and the run
     *                     kept all of it unchanged, else null (sorting 100,000 posts is not free, and a rescan that
     *                     changed nothing needs no new one)
     */
    record Outcome(Map<String, KnownFile> files, Map<String, Object> read, List<String> removed,
                   List<Path> folders, List<PostProblem> walkProblems, ScanResult result) {

        /** The sorted result, made now if the run did not make it. */
        ScanResult sorted() {
            return result != null ? result : resultOf(files, walkProblems);
        }
    }

    /** A file read on the pool, and what came of it. */
    private record Loaded(FileFacts file, Object outcome) {
    }

    Outcome run(Path root, Map<String, KnownFile> known, ScanListener listener) {
        return run(root, CompletableFuture.completedFuture(known), listener);
    }

    /**
     * As {@link #run(Path, Map, ScanListener)}, with what is known still being read (from the cache, on another
     * thread): the walk starts at once, and files found before it is ready wait for it.
     */
    Outcome run(Path root, CompletableFuture<Map<String, KnownFile>> knownSoon, ScanListener listener) {
        return run(root, knownSoon, null, listener);
    }

    /**
     * As {@link #run(Path, CompletableFuture, ScanListener)}, with the sorted result of what is known being made
     * meanwhile (on another thread, or null when it failed): when the run keeps every known outcome as it was, that
     * is its result (plus the walk's problems), and sorting waits for no one at the end of the walk.
     */
    Outcome run(Path root, CompletableFuture<Map<String, KnownFile>> knownSoon,
                CompletableFuture<ScanResult> knownSortedSoon, ScanListener listener) {
        long startedMillis = System.currentTimeMillis();
        Run run = new Run(knownSoon, listener, startedMillis, root.toAbsolutePath().normalize());
        try {
            List<Path> folders = new ArrayList<>();
            List<PostProblem> walkProblems = new PostFileWalker().walk(root, run::found, folders::add);
            run.walkDone = true;
            Trace.mark("walk done");
            run.checkWaiting(true);
            run.awaitReads();
            run.deliver(true);
            boolean keptAllKnown = run.keptAllKnown();
            run.settleFiles(keptAllKnown);
            List<String> removed = run.removed();
            ScanResult result = null;
            Trace.mark("reads done");
            if (knownSortedSoon != null && keptAllKnown) {
                ScanResult knownSorted = knownSortedSoon.join();
                result = knownSorted == null ? null : withWalkProblems(knownSorted, walkProblems);
            }
            if (run.listening) {
                if (result == null) {
                    result = resultOf(run.files, walkProblems);
                }
                Trace.mark("sorted");
                listener.finished(result);
            }
            return new Outcome(run.files, run.read, removed, folders, walkProblems, result);
        } finally {
            run.close();
        }
    }

    /** The state of one run. Everything but the pool's reading happens on the calling thread. */
    private final class Run {
        private final CompletableFuture<Map<String, KnownFile>> knownSoon;
        /** Files found before what is known was ready. */
        private final List<FileFacts> waiting = new ArrayList<>();
        private Map<String, KnownFile> known;
        private final ScanListener listener;
        private final boolean listening;
        private final long startedMillis;
        /** Where the walk starts: every file it finds is this resolved with the file's relative path. */
        private final Path start;
        /** Made once what is known is ready, sized for it: nothing is put in before (checking needs it). */
        private Map<String, KnownFile> files;
        /**
         * Known files met unchanged, put into {@link #files} only at the end and only if something else changed: a
         * warm scan that finds every file as it was makes what was known its result, instead of a second table of a
         * million paths, each hashed and placed (a fifth of a warm {@code list}'s walk on 1,000,000 posts). Kept
         * compact ({@link KnownFiles#compact}): a million {@code KnownFile}s kept to the end would be 32 MB more to copy
         * out of the young generation.
         */
        private final ArrayList<Object> keptAsKnown = new ArrayList<>();
        private final Map<String, Object> read = new HashMap<>();
        private final BlockingQueue<Loaded> loaded = new LinkedBlockingQueue<>();
        private final List<PostMeta> batchPosts = new ArrayList<>();
        private final List<PostProblem> batchProblems = new ArrayList<>();
        private final SharedValues shared = new SharedValues();
        private ExecutorService pool;
        private int found;
        /** Files found whose path was known before. */
        private int metKnown;
        /** Files whose known outcome was kept as it was (not read again, not moved to another path). */
        private int keptKnown;
        private int checked;
        private int submitted;
        private int received;
        private boolean walkDone;
        /** The first batch goes out as soon as there is one: a screen shows its first posts at once. */
        private long lastDelivery = System.nanoTime() - BATCH_NANOS;

        Run(CompletableFuture<Map<String, KnownFile>> knownSoon, ScanListener listener, long startedMillis, Path start) {
            this.knownSoon = knownSoon;
            this.start = start;
            this.listener = listener;
            this.listening = listener != ScanListener.NONE;
            this.startedMillis = startedMillis;
        }

        void found(FileFacts file) {
            found++;
            if (known == null) {
                waiting.add(file);
                checkWaiting(false);
            } else {
                check(file);
            }
            if ((found & 127) == 0) {
                collectLoaded();
                deliver(false);
            }
        }

        /** Once what is known is ready (or at the end of the walk, when it must be), checks the files that waited. */
        void checkWaiting(boolean mustBeReady) {
            if (known != null || !mustBeReady && !knownSoon.isDone()) {
                return;
            }
            known = knownSoon.join();
            // the folder as it was last time, plus room for a few new posts: a map of 100,000 posts that grew from 16
            // entries would double 13 times, rehashing every path it holds each time
            files = new KnownFiles(known.size() + 64);
            // sized once: grown by halves, a million entries' list would leave copies of itself in the old generation
            keptAsKnown.ensureCapacity(known.size());
            for (FileFacts file : waiting) {
                check(file);
            }
            waiting.clear();
        }

        /**
         * The known paths the walk did not meet. Usually none: when every known path was met (the walk meets each path
         * once), the known paths are not looked up again one by one (100,000 lookups for 100,000 posts).
         */
        List<String> removed() {
            List<String> removed = new ArrayList<>();
            if (metKnown == known.size()) {
                return removed;
            }
            for (String path : known.keySet()) {
                if (!files.containsKey(path)) {
                    removed.add(path);
                }
            }
            return removed;
        }

        /** Whether every file is what was known, as it was: nothing read, moved, added or removed. */
        boolean keptAllKnown() {
            return submitted == 0 && keptKnown == known.size() && files.isEmpty();
        }

        /**
         * Once the walk and the reads are done: {@link #files} gets the files kept as they were known. Asks for
         * {@link #keptAllKnown()} as it was before, since the answer changes once the files are settled.
         */
        void settleFiles(boolean keptAllKnown) {
            if (keptAllKnown && known instanceof KnownFiles same) {
                files = same; // never changed by a scan: the next one builds its own
            } else {
                for (Object compact : keptAsKnown) {
                    KnownFile kept = KnownFiles.whole(compact);
                    files.put(kept.relativePath(), kept);
                }
            }
            keptAsKnown.clear();
        }

        private void check(FileFacts file) {
            KnownFile before = known.get(file.relativePath());
            if (before != null) {
                metKnown++;
            }
            if (before != null && before.stillDescribes(file)) {
                // rebased when the walk's path differs: a file name that is not valid text reads back differently.
                // Keyed by the post's own copy of its path, so that the walk's copy (80 bytes a post) is not kept.
                KnownFile now = before.at(file, start);
                if (now == before) {
                    keptKnown++;
                    keptAsKnown.add(KnownFiles.compact(now));
                } else {
                    files.put(now.relativePath(), now);
                }
                checked++;
            } else {
                submit(file);
            }
        }

        private void submit(FileFacts file) {
            if (pool == null) {
                pool = Executors.newFixedThreadPool(threads, runnable -> {
                    Thread thread = new Thread(runnable, "post-scan");
                    thread.setDaemon(true);
                    return thread;
                });
            }
            submitted++;
            PostFileLoader loader = loader();
            pool.execute(() -> {
                Object outcome;
                try {
                    outcome = load(loader, file);
                } catch (Throwable e) { // even an Error must not leave the scan waiting for this file forever
                    outcome = new PostProblem(file.path(), file.relativePath(), unexpected(e));
                }
                loaded.add(new Loaded(file, outcome));
            });
        }

        void awaitReads() {
            try {
                while (received < submitted) {
                    Loaded next = loaded.poll(BATCH_NANOS, TimeUnit.NANOSECONDS);
                    if (next != null) {
                        take(next);
                        collectLoaded();
                    }
                    deliver(false);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("scan interrupted", e);
            }
        }

        private void collectLoaded() {
            for (Loaded next = loaded.poll(); next != null; next = loaded.poll()) {
                take(next);
            }
        }

        private void take(Loaded next) {
            FileFacts file = next.file();
            Object outcome = next.outcome() instanceof PostMeta meta ? shared.share(meta) : next.outcome();
            files.put(file.relativePath(), KnownFile.read(file, outcome, startedMillis));
            read.put(file.relativePath(), outcome);
            received++;
            checked++;
            if (listening) {
                if (outcome instanceof PostMeta meta) {
                    batchPosts.add(meta);
                } else {
                    batchProblems.add((PostProblem) outcome);
                }
            }
        }

        void deliver(boolean last) {
            if (!listening) {
                return;
            }
            long now = System.nanoTime();
            if (last ? batchPosts.isEmpty() && batchProblems.isEmpty() : now - lastDelivery < BATCH_NANOS) {
                return;
            }
            lastDelivery = now;
            listener.batch(new ScanBatch(List.copyOf(batchPosts), List.copyOf(batchProblems),
                    new ScanProgress(checked, found, walkDone), false));
            batchPosts.clear();
            batchProblems.clear();
        }

        void close() {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
    }

    /** Every post newest first and every problem by path: what a scan with these outcomes gives. */
    static ScanResult resultOf(Map<String, KnownFile> files, List<PostProblem> walkProblems) {
        List<PostMeta> posts = new ArrayList<>(files.size());
        List<PostProblem> problems = new ArrayList<>(walkProblems);
        for (KnownFile file : files.values()) {
            if (file.outcome() instanceof PostMeta meta) {
                posts.add(meta);
            } else {
                problems.add((PostProblem) file.outcome());
            }
        }
        // Both cores: sorting a million posts is a second of one core's time, between the scan and the first row.
        PostMeta[] newestFirst = posts.toArray(PostMeta[]::new);
        Arrays.parallelSort(newestFirst, PostOrder.NEWEST_FIRST);
        problems.sort(PostOrder.BY_PATH);
        return new ScanResult(List.of(newestFirst), List.copyOf(problems));
    }

    /** {@code sorted} with the walk's problems among its own, by path, as {@link #resultOf} places them. */
    private static ScanResult withWalkProblems(ScanResult sorted, List<PostProblem> walkProblems) {
        if (walkProblems.isEmpty()) {
            return sorted;
        }
        List<PostProblem> problems = new ArrayList<>(walkProblems);
        problems.addAll(sorted.problems());
        problems.sort(PostOrder.BY_PATH);
        return new ScanResult(sorted.posts(), List.copyOf(problems));
    }

    /** A post or a problem: one file's failure, whatever it is, must not stop the others. */
    static Object load(PostFileLoader loader, FileFacts file) {
        try {
            return loader.loadMeta(file);
        } catch (PostException e) {
            return new PostProblem(file.path(), file.relativePath(), e.reason());
        } catch (RuntimeException | StackOverflowError e) {
            return new PostProblem(file.path(), file.relativePath(), unexpected(e));
        }
    }

    private static ProblemReason unexpected(Throwable e) {
        return ProblemReason.of("file.unexpected", OneLine.of(e.getClass().getSimpleName() + " " + e.getMessage()));
    }
}
