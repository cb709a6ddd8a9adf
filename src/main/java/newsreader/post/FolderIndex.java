package newsreader.post;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * One folder of posts kept up to date: a first {@link #load} (progressive, cached entries first), then
 * {@link #rescan}s that read only new and changed files and say what changed. Made by {@link PostScanner#index(Path)}.
 *
 * <p>Thread-safe: loads and rescans run one at a time; {@link #current()} may be read from any thread.
 */
public final class FolderIndex {
    /** After a rescan the cache is rewritten at most this often; {@link #saveCache()} writes it at once. */
    private static final long SAVE_INTERVAL_NANOS = TimeUnit.SECONDS.toNanos(30);

    private final Path root;
    private final Path start;
    private final FolderScan scan;
    private final MetaCache cache;
    private final String context;
    private Map<String, KnownFile> known = Map.of();
    private List<PostProblem> walkProblems = List.of();
    private volatile ScanResult current = new ScanResult(List.of(), List.of());
    private volatile List<Path> folders = List.of();
    private boolean cacheStale;
    /** The cache's newest posts, read ahead before the rest of it; null when not asked to. */
    private volatile CompletableFuture<MetaCache.Newest> newestAhead;
    private long lastSave = System.nanoTime() - SAVE_INTERVAL_NANOS;
    /** When the latest walk began, by the wall clock that file times are written in; 0 before the first. */
    private volatile long walkBegan;

    FolderIndex(Path root, FolderScan scan, MetaCache cache, String context) {
        this.root = root;
        this.start = root.toAbsolutePath().normalize();
        this.scan = scan;
        this.cache = cache;
        this.context = context;
    }

    /** The folder as given. */
    public Path root() {
        return root;
    }

    /** The latest complete result (empty before the first load). */
    public ScanResult current() {
        return current;
    }

    /** Every folder the latest scan walked, the root first (what a watcher watches). */
    public List<Path> folders() {
        return folders;
    }

    /**
     * Whether a folder the latest walk found has gained or lost an entry since that walk began, as far as folders'
     * modification times tell (one {@code lstat} a folder): a post written into a folder the walk had already passed
     * is in no result, and a watcher that starts watching only after the walk would hear of it from no event. A file
     * rewritten in place changes no folder's time; the watcher's periodic rescan finds those. Times within
     * {@code slackMillis} before the walk began count as since, for file systems that keep coarse times.
     */
    public boolean foldersChangedSinceWalkBegan(long slackMillis) {
        long since = walkBegan - slackMillis;
        for (Path folder : folders) {
            try {
                if (Files.getLastModifiedTime(folder, LinkOption.NOFOLLOW_LINKS).toMillis() >= since) {
                    return true;
                }
            } catch (IOException e) {
                return true; // gone or unreadable now: a rescan says which
            }
        }
        return false;
    }

    /**
     * Starts reading the cache's newest posts on a thread of its own, for the {@link #load} that follows, while a
     * reader sets up its screen and its read state. Only those: decoding the whole cache of 100,000 posts at the same
     * time took a core and three young collections of 35-50 ms from the screen's start, and the first rows of a warm
     * start came 250 ms later (0.84-1.02 s against 0.59-0.67 s, the whole list at the same time). {@link #load}
     * decodes the rest once the newest are handed over.
     */
    public synchronized void readNewestAhead() {
        if (newestAhead != null || !cache.enabled()) {
            return;
        }
        CompletableFuture<MetaCache.Newest> newest = new CompletableFuture<>();
        Path real = realPath();
        Thread reader = new Thread(() -> {
            try {
                newest.complete(cache.recallNewest(real, start, context));
            } catch (Throwable e) { // never leave the load waiting
                newest.complete(null);
            }
        }, "cache-reader");
        reader.setDaemon(true);
        reader.start();
        newestAhead = newest;
    }

    /**
     * Whether the cache's newest posts are read ahead already, and there are some: the {@link #load} that follows hands
     * them over as soon as it starts. False while they are still being read (a slow disk), which nobody should wait
     * for, and once a load has taken them.
     */
    public boolean newestReadAhead() {
        CompletableFuture<MetaCache.Newest> ahead = newestAhead;
        MetaCache.Newest newest = ahead == null ? null : ahead.getNow(null);
        return newest != null && !newest.posts().isEmpty();
    }

    /**
     * Scans the whole folder. With a cache, the listener first gets what the cache holds (one batch, marked
     * {@link ScanBatch#remembered()}) before anything is walked; then batches of what is read (new and changed files),
     * then {@link ScanListener#finished} with the complete result, which is also returned. The cache is rewritten when
     * anything differed from it. Never throws for a bad file or folder (they become problems).
     */
    public synchronized ScanResult load(ScanListener listener) {
        walkBegan = System.currentTimeMillis();
        Path real = realPath();
        if (listener == ScanListener.NONE && cache.enabled()) {
            // nobody to show the cached posts to first: read the cache while the folder is walked (two cores), then
            // sort what it holds, which is the result when the walk finds every file unchanged (a warm list's case)
            CompletableFuture<Map<String, KnownFile>> remembered = new CompletableFuture<>();
            CompletableFuture<ScanResult> rememberedSorted = new CompletableFuture<>();
            Thread reader = new Thread(() -> {
                Map<String, KnownFile> known;
                try {
                    known = cache.recall(real, start, context);
                } catch (Throwable e) { // never leave the scan waiting
                    known = Map.of();
                }
                remembered.complete(known);
                try {
                    rememberedSorted.complete(FolderScan.resultOf(known, List.of()));
                } catch (Throwable e) {
                    rememberedSorted.complete(null);
                }
            }, "cache-reader");
            reader.setDaemon(true);
            reader.start();
            return finishLoad(scan.run(root, remembered, rememberedSorted, listener));
        }
        newsreader.log.Trace.mark("cache: reading");
        if (listener != ScanListener.NONE) {
            MetaCache.Newest newest = newestAhead != null ? newestAhead.join() : cache.recallNewest(real, start, context);
            if (newest != null && !newest.posts().isEmpty()) {
                listener.newest(newest.posts(), newest.total());
                newsreader.log.Trace.mark("cache: newest " + newest.posts().size());
            }
        }
        newestAhead = null;
        Map<String, KnownFile> remembered = cache.recall(real, start, context);
        newsreader.log.Trace.mark("cache: " + remembered.size() + " files");
        if (!remembered.isEmpty() && listener != ScanListener.NONE) {
            List<PostMeta> posts = new ArrayList<>(remembered.size());
            List<PostProblem> problems = new ArrayList<>();
            for (KnownFile file : remembered.values()) {
                if (file.outcome() instanceof PostMeta meta) {
                    posts.add(meta);
                } else {
                    problems.add((PostProblem) file.outcome());
                }
            }
            listener.batch(new ScanBatch(posts, problems, new ScanProgress(0, remembered.size(), false), true));
        }
        return finishLoad(scan.run(root, remembered, listener));
    }

    private ScanResult finishLoad(FolderScan.Outcome outcome) {
        accept(outcome, outcome.sorted());
        if (!outcome.read().isEmpty() || !outcome.removed().isEmpty()) {
            cacheStale = true;
            saveCache();
        }
        return current;
    }

    /**
     * Walks the folder again, reads the files that are new or changed (by size and modification time) and drops the
     * deleted ones. Call after {@link #load}; before it, everything found counts as added.
     */
    public synchronized FolderChanges rescan() {
        Map<String, KnownFile> before = known;
        List<PostProblem> walkProblemsBefore = walkProblems;
        walkBegan = System.currentTimeMillis();
        FolderScan.Outcome outcome = scan.run(root, before, ScanListener.NONE);
        List<PostMeta> added = new ArrayList<>();
        List<PostMeta> changed = new ArrayList<>();
        List<PostMeta> removed = new ArrayList<>();
        List<PostProblem> addedProblems = new ArrayList<>();
        List<PostProblem> removedProblems = new ArrayList<>();
        for (Map.Entry<String, Object> read : outcome.read().entrySet()) {
            KnownFile known = before.get(read.getKey());
            Object was = known == null ? null : known.outcome();
            Object now = read.getValue();
            if (now.equals(was)) {
                continue;
            }
            if (now instanceof PostMeta meta) {
                if (was instanceof PostMeta) {
                    changed.add(meta);
                } else {
                    added.add(meta);
                }
            } else {
                addedProblems.add((PostProblem) now);
            }
            if (was instanceof PostMeta post && !(now instanceof PostMeta)) {
                removed.add(post);
            } else if (was instanceof PostProblem problem) {
                removedProblems.add(problem);
            }
        }
        for (String path : outcome.removed()) {
            Object was = before.get(path).outcome();
            if (was instanceof PostMeta meta) {
                removed.add(meta);
            } else {
                removedProblems.add((PostProblem) was);
            }
        }
        Set<PostProblem> walkBefore = new HashSet<>(walkProblemsBefore);
        Set<PostProblem> walkNow = new HashSet<>(outcome.walkProblems());
        outcome.walkProblems().stream().filter(p -> !walkBefore.contains(p)).forEach(addedProblems::add);
        walkProblemsBefore.stream().filter(p -> !walkNow.contains(p)).forEach(removedProblems::add);

        boolean same = added.isEmpty() && changed.isEmpty() && removed.isEmpty() && addedProblems.isEmpty()
                && removedProblems.isEmpty();
        ScanResult result = same ? current : outcome.sorted();
        accept(outcome, result);
        cacheStale |= !outcome.read().isEmpty() || !outcome.removed().isEmpty();
        if (cacheStale && System.nanoTime() - lastSave >= SAVE_INTERVAL_NANOS) {
            saveCache();
        }
        return new FolderChanges(List.copyOf(added), List.copyOf(changed), List.copyOf(removed),
                List.copyOf(addedProblems), List.copyOf(removedProblems), result);
    }

    /**
     * Writes the cache now if it lags behind what is known (a reader calls this when it quits).
     *
     * @return whether it was written
     */
    public synchronized boolean saveCache() {
        if (!cacheStale) {
            return false;
        }
        boolean written = cache.remember(realPath(), context, known);
        lastSave = System.nanoTime();
        cacheStale = !written && cache.enabled();
        return written;
    }

    private void accept(FolderScan.Outcome outcome, ScanResult result) {
        known = outcome.files();
        walkProblems = outcome.walkProblems();
        folders = List.copyOf(outcome.folders());
        current = result;
    }

    private Path realPath() {
        if (!cache.enabled()) {
            return null;
        }
        try {
            return start.toRealPath();
        } catch (IOException e) {
            return null;
        }
    }
}
