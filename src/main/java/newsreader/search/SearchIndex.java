package newsreader.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import newsreader.post.PostMeta;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.AlreadyClosedException;

/**
 * The full-text index of one folder of posts, kept in the cache directory and brought up to date in the background.
 *
 * <p>Typical use: {@code open} it, hand every scan's list of posts to {@link #update}, which returns at once and
 * indexes on this object's own threads (batches of a scan still running go to {@link #updatePart}), and call
 * {@link #search} whenever the user asks, from any thread: while an
 * update runs, searches see the posts indexed so far (newest first), and {@link #isReady()} says whether they
 * are complete. A second process opening the same index cannot write it: it searches what the first one has
 * committed, read-only ({@link #isReadOnly()}), and becomes the writer at a later update once the first has closed.
 */
public final class SearchIndex implements Closeable {
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(30);
    private static final Sort BEST_THEN_NEWEST = new Sort(SortField.FIELD_SCORE,
            new SortField(IndexFields.RECENCY, SortField.Type.LONG, true));

    private final Path folder;
    private final Path directory;
    private final String folderName;
    private final int workerCount;
    /** The index's threads (reading, indexing, merging) run at the lowest CPU priority: see {@link LowPriority}. */
    private final boolean lowPriority;
    private final ExecutorService coordinator;
    private final ExecutorService workers;
    private final SearchQuery queries = new SearchQuery(new TextAnalyzer());
    private final Snippets snippets = new Snippets(new TextAnalyzer());
    private final AtomicInteger requested = new AtomicInteger();
    /** The newest update given a whole folder's list: it makes any older request still waiting unnecessary. */
    private final AtomicReference<Request> latestWhole = new AtomicReference<>();
    private volatile IndexStore store;
    /**
     * What the index holds, kept between updates on the update thread; null until read from the index, and again
     * whenever an update failed or the store changed, since it may then disagree with the index.
     */
    private ConcurrentHashMap<String, FileStamp> indexed;
    /** The number of the last update finished; the index is ready when it is the last one asked for. */
    private volatile int finished;
    private volatile boolean closed;

    private SearchIndex(Path folder, Path directory, IndexStore store, int workerCount, boolean lowPriority) {
        this.folder = folder;
        this.directory = directory;
        this.folderName = folder.toString();
        this.store = store;
        this.workerCount = workerCount;
        this.lowPriority = lowPriority;
        this.coordinator = Executors.newSingleThreadExecutor(daemons("search-index", lowPriority));
        this.workers = Executors.newFixedThreadPool(workerCount, daemons("search-index-reader", lowPriority));
    }

    /**
     * Opens (creating, or rebuilding when damaged) the index of {@code folder}.
     *
     * @param cacheRoot where indexes live, normally {@link SearchLocation#cacheRoot()}
     * @throws IOException when the folder does not exist or the cache directory cannot be written
     */
    public static SearchIndex open(Path folder, Path cacheRoot) throws IOException {
        return open(folder, cacheRoot, defaultThreads(), false);
    }

    /**
     * As {@link #open(Path, Path)}, with every thread that builds the index (reading, indexing, merging) at the lowest
     * CPU priority: for a build whose user keeps typing meanwhile, where the process as a whole could not be started
     * at that priority ({@link IndexBuildMain} without {@code nice}). Searches run on the caller's threads, at the
     * caller's priority.
     */
    public static SearchIndex openInBackground(Path folder, Path cacheRoot) throws IOException {
        return open(folder, cacheRoot, defaultThreads(), true);
    }

    /** As {@link #open(Path, Path)}, reading posts on {@code threads} threads while indexing. */
    public static SearchIndex open(Path folder, Path cacheRoot, int threads) throws IOException {
        return open(folder, cacheRoot, threads, false);
    }

    private static int defaultThreads() {
        return Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    }

    private static SearchIndex open(Path folder, Path cacheRoot, int threads, boolean lowPriority) throws IOException {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
        Path real = folder.toRealPath();
        Path directory = SearchLocation.indexDirectory(real, cacheRoot);
        newsreader.log.Trace.mark("search: opening index");
        IndexStore store = IndexStore.open(directory, real.toString(), lowPriority);
        newsreader.log.Trace.mark("search: index open");
        return new SearchIndex(folder.toAbsolutePath().normalize(), directory, store, threads, lowPriority);
    }

    /**
     * Opens the index of {@code folder} to search what it holds, without the means to update it: {@link #isReadOnly()}
     * is true, and an {@link #update} writes nothing unless no other process holds the index by then.
     */
    public static SearchIndex openReadOnly(Path folder, Path cacheRoot) throws IOException {
        Path real = folder.toRealPath();
        Path directory = SearchLocation.indexDirectory(real, cacheRoot);
        return new SearchIndex(folder.toAbsolutePath().normalize(), directory, IndexStore.openReadOnly(directory), 1, false);
    }

    /** Where this index lives. */
    public Path directory() {
        return directory;
    }

    /**
     * Brings the index in line with {@code current}, a scan of the <em>whole</em> folder, in the background: posts not
     * in the list are removed, new and changed ones (by size and modification time) indexed, others left alone.
     * Updates run one at a time, in order; one still waiting when a newer whole-folder update arrives is skipped and
     * completes with the newer one's report. Read-only, nothing is written and the report says so.
     *
     * @param listener told how far the update is, on the index's thread
     * @return completes when the update is done (exceptionally with the I/O error that stopped it)
     */
    public CompletableFuture<UpdateReport> update(List<PostMeta> current, ProgressListener listener) {
        return enqueue(current, true, listener);
    }

    /**
     * Indexes those of {@code posts} that are new or changed and removes nothing: for posts arriving in batches while
     * a folder is still being scanned. Pass the whole list to {@link #update} at the end, so deleted posts go.
     */
    public CompletableFuture<UpdateReport> updatePart(List<PostMeta> posts, ProgressListener listener) {
        return enqueue(posts, false, listener);
    }

    private CompletableFuture<UpdateReport> enqueue(List<PostMeta> posts, boolean whole, ProgressListener listener) {
        if (closed) {
            return CompletableFuture.failedFuture(new IllegalStateException("search index closed"));
        }
        Request request = new Request(requested.incrementAndGet(), List.copyOf(posts), whole, listener, new CompletableFuture<>());
        if (whole) {
            latestWhole.set(request);
        }
        try {
            coordinator.execute(() -> run(request));
        } catch (RejectedExecutionException e) {
            // closed between the check above and now
            request.done().completeExceptionally(new CancellationException("search index closed"));
        }
        return request.done();
    }

    private void run(Request request) {
        Request newest = latestWhole.get();
        if (newest != null && newest.number() > request.number()) {
            newest.done().whenComplete((report, failure) -> {
                if (failure != null) {
                    request.done().completeExceptionally(failure);
                } else {
                    request.done().complete(report);
                }
            });
            return;
        }
        if (closed) {
            request.done().completeExceptionally(new CancellationException("search index closed"));
            return;
        }
        try {
            UpdateReport report = updateNow(request);
            finished = request.number();
            request.done().complete(report);
        } catch (IOException | RuntimeException e) {
            request.done().completeExceptionally(e);
        }
    }

    private UpdateReport updateNow(Request request) throws IOException {
        long started = System.nanoTime();
        if (!store.writable()) {
            IndexStore writable = IndexStore.tryWritable(directory, folderName, lowPriority);
            if (writable == null) {
                store.refreshNow();
                request.listener().progress(0, 0);
                return new UpdateReport(request.posts().size(), 0, 0, 0, 0, true, Duration.ofNanos(System.nanoTime() - started));
            }
            IndexStore old = store;
            store = writable;
            indexed = null;
            old.close();
        }
        if (indexed == null) {
            indexed = IndexUpdate.indexedFiles(store);
        }
        try {
            return new IndexUpdate(store, folder, workers, workerCount, () -> closed, indexed)
                    .run(request.posts(), request.whole(), request.listener());
        } catch (IOException | RuntimeException e) {
            indexed = null;
            throw e;
        }
    }

    /**
     * The posts that match {@code query}, most relevant first (title matches count more), newest first among equals,
     * at most {@code limit}. Never fails on what the user typed: any text is a valid query (see {@link QuerySyntax});
     * text with nothing to search for gives no hits.
     *
     * @throws IOException when the index cannot be read
     */
    public List<SearchHit> search(String query, int limit) throws IOException {
        return search(query, limit, limit);
    }

    /**
     * As {@link #search(String, int)}, with body snippets for only the first {@code snippetCount} hits: a body snippet
     * means reading and rendering the post again (a millisecond or two each), so a long list of hits shows its first
     * page at once and asks {@link #withSnippets} for the rest while the user looks at it. The others have an empty
     * snippet (their titles are marked).
     */
    public List<SearchHit> search(String query, int limit, int snippetCount) throws IOException {
        Query parsed = queries.of(query);
        if (parsed == null || limit <= 0 || closed) {
            return List.of();
        }
        try {
            return search(store, parsed, limit, snippetCount);
        } catch (AlreadyClosedException e) {
            // The read-only view was just replaced by a writable one (the other process let go): ask the new one.
            if (closed) {
                return List.of();
            }
            return search(store, parsed, limit, snippetCount);
        }
    }

    /**
     * {@code hits} (from {@link #search(String, int, int)} for {@code query}) with the body snippets of those from
     * {@code from} (inclusive) to {@code to} (exclusive) made; the others as they were.
     */
    public List<SearchHit> withSnippets(String query, List<SearchHit> hits, int from, int to) {
        Query parsed = queries.of(query);
        if (parsed == null) {
            return hits;
        }
        HitReader reader = new HitReader(folder, snippets);
        List<SearchHit> out = new ArrayList<>(hits);
        for (int i = Math.max(0, from); i < Math.min(to, hits.size()); i++) {
            out.set(i, reader.withBody(hits.get(i), parsed));
        }
        return List.copyOf(out);
    }

    private List<SearchHit> search(IndexStore current, Query parsed, int limit, int snippetCount) throws IOException {
        if (!current.writable()) {
            current.refresh();
        }
        IndexSearcher searcher = current.acquire();
        if (searcher == null) {
            return List.of();
        }
        try {
            newsreader.log.Trace.mark("search: searching");
            TopDocs top = searcher.search(parsed, limit, BEST_THEN_NEWEST, true);
            newsreader.log.Trace.mark("search: " + top.totalHits + " found");
            StoredFields stored = searcher.storedFields();
            HitReader hits = new HitReader(folder, snippets);
            List<SearchHit> out = new ArrayList<>(top.scoreDocs.length);
            for (ScoreDoc scored : top.scoreDocs) {
                out.add(hits.read(stored, scored, parsed, out.size() < snippetCount));
            }
            newsreader.log.Trace.mark("search: hits read");
            return List.copyOf(out);
        } finally {
            current.release(searcher);
        }
    }

    /**
     * How many posts match {@code query} (as {@link #search} understands it), for a status line such as
     * "1,234 matches"; 0 when the query holds nothing to search for.
     *
     * @throws IOException when the index cannot be read
     */
    public int count(String query) throws IOException {
        Query parsed = queries.of(query);
        IndexStore current = store;
        if (parsed == null || closed) {
            return 0;
        }
        IndexSearcher searcher = current.acquire();
        if (searcher == null) {
            return 0;
        }
        try {
            return searcher.count(parsed);
        } finally {
            current.release(searcher);
        }
    }

    /**
     * How many posts searches see now: after a failed update, what the index held before it (and whatever of the
     * update was written), so that a caller can tell "nothing matches" from "nothing could be searched".
     *
     * @throws IOException when the index cannot be read
     */
    public int searchablePosts() throws IOException {
        IndexStore current = store;
        if (closed) {
            return 0;
        }
        IndexSearcher searcher = current.acquire();
        if (searcher == null) {
            return 0;
        }
        try {
            return searcher.getIndexReader().numDocs();
        } finally {
            current.release(searcher);
        }
    }

    /** Whether the last update asked for has finished: searches then cover every post of its list. */
    public boolean isReady() {
        return !closed && finished > 0 && finished == requested.get();
    }

    /** Whether another process holds the index: searches see what it committed, updates write nothing. */
    public boolean isReadOnly() {
        return !store.writable();
    }

    /** Whether the index was found damaged or of an older kind when opened, and is being built anew. */
    public boolean wasRebuilt() {
        return store.rebuilt();
    }

    /**
     * Stops a running update (what it indexed so far is committed, so the next open resumes from there) and
     * releases the index.
     */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        coordinator.shutdown();
        try {
            if (!coordinator.awaitTermination(CLOSE_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                coordinator.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        workers.shutdownNow();
        store.close();
    }

    private static ThreadFactory daemons(String name, boolean lowPriority) {
        return runnable -> {
            // The thread lowers itself: Linux gives a thread's priority to that thread only, by its id.
            Runnable task = !lowPriority ? runnable : () -> {
                LowPriority.lowerThisThread();
                runnable.run();
            };
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    private record Request(int number, List<PostMeta> posts, boolean whole, ProgressListener listener,
                           CompletableFuture<UpdateReport> done) {
    }
}
