package newsreader.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import newsreader.post.Post;
import newsreader.post.PostException;
import newsreader.post.PostMeta;
import newsreader.post.PostReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;

/**
 * One pass that brings the index in line with a list of posts: posts whose size and modification time are as indexed
 * are left alone, new and changed ones are read and indexed (newest first, so partial results are the recent posts),
 * posts no longer listed are removed. Reading and parsing run on several threads; this thread reports progress,
 * publishes what is done to searches, and commits every {@link #COMMIT_EVERY} so that an interrupted build resumes
 * where it stopped. Publishing starts after {@link #FIRST_PUBLISH} and then waits twice as long each time, up to
 * {@link #LAST_PUBLISH}: the first hits come soon, and a long build is not slowed by a flood of tiny segments.
 */
final class IndexUpdate {
    static final Duration FIRST_PUBLISH = Duration.ofSeconds(1);
    static final Duration LAST_PUBLISH = Duration.ofSeconds(8);
    /**
     * A build killed (or the machine switched off) loses at most this much work: the next one starts from the last
     * commit. A commit soon after a publish finds the same segments already written and adds little but their sync.
     */
    static final Duration COMMIT_EVERY = Duration.ofSeconds(10);
    private static final long TICK_MILLIS = 100;

    private final IndexStore store;
    private final Path folder;
    private final ExecutorService workers;
    private final int workerCount;
    private final BooleanSupplier stopped;
    private final Map<String, FileStamp> indexed;

    /**
     * @param workers     where reading runs; at least {@code workerCount} threads
     * @param stopped     true once the index is closing: the update stops early, keeping (committing) what it did
     * @param indexed     what the index holds, from {@link #indexedFiles}; kept in step by this update, so that the
     *                    next one need not read it from the index again (a change-free pass then costs milliseconds)
     */
    IndexUpdate(IndexStore store, Path folder, ExecutorService workers, int workerCount, BooleanSupplier stopped,
                ConcurrentHashMap<String, FileStamp> indexed) {
        this.store = store;
        this.folder = folder;
        this.workers = workers;
        this.workerCount = workerCount;
        this.stopped = stopped;
        this.indexed = indexed;
    }

    /** Which posts the store's index holds, with their stamps. */
    static ConcurrentHashMap<String, FileStamp> indexedFiles(IndexStore store) throws IOException {
        store.refreshNow();
        IndexSearcher searcher = store.acquire();
        try {
            return new ConcurrentHashMap<>(IndexedFiles.of(searcher.getIndexReader()));
        } finally {
            store.release(searcher);
        }
    }

    /**
     * @param whole {@code current} lists every post of the folder: indexed posts missing from it are removed
     */
    UpdateReport run(List<PostMeta> current, boolean whole, ProgressListener listener) throws IOException {
        long started = System.nanoTime();
        List<PostMeta> changed = new ArrayList<>();
        Set<String> listed = new HashSet<>(current.size() * 2);
        int unchanged = 0;
        int failed = 0;
        for (PostMeta meta : current) {
            if (!listed.add(meta.relativePath())) {
                continue;
            }
            if (FileStamp.of(meta).equals(indexed.get(meta.relativePath()))) {
                unchanged++;
            } else if (PostDocument.isIndexable(meta.relativePath())) {
                changed.add(meta);
            } else {
                failed++;
            }
        }
        IndexWriter writer = store.writer();
        List<String> gone = new ArrayList<>();
        for (String path : whole ? indexed.keySet() : Set.<String>of()) {
            if (!listed.contains(path)) {
                gone.add(path);
            }
        }
        for (String path : gone) {
            writer.deleteDocuments(new Term(IndexFields.PATH, path));
            indexed.remove(path);
        }
        Outcome outcome;
        try {
            outcome = indexAll(changed, writer, listener);
            if (writer.hasUncommittedChanges() || store.neverCommitted()) {
                store.commit();
            }
        } catch (IOException | RuntimeException e) {
            // When a write failed (a full disk), Lucene closes the writer and the other threads then fail with "this
            // IndexWriter is closed": the write's own error is the one that says what happened.
            if (writer.getTragicException() instanceof IOException first && first != e) {
                first.addSuppressed(e);
                throw first;
            }
            throw e;
        }
        store.refreshNow();
        return new UpdateReport(current.size(), outcome.read() - outcome.failed(), unchanged, gone.size(),
                failed + outcome.failed(), false, Duration.ofNanos(System.nanoTime() - started));
    }

    /** How many posts a pass went through (fewer than asked when stopped early), and how many of them failed. */
    private record Outcome(int read, int failed) {
    }

    /** Indexes {@code posts} on the worker threads. */
    private Outcome indexAll(List<PostMeta> posts, IndexWriter writer, ProgressListener listener) throws IOException {
        int total = posts.size();
        listener.progress(0, total);
        if (total == 0) {
            return new Outcome(0, 0);
        }
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        AtomicBoolean abandoned = new AtomicBoolean();
        List<Future<?>> running = new ArrayList<>();
        for (int i = 0; i < Math.min(workerCount, total); i++) {
            running.add(workers.submit(() -> {
                PostReader reader = new PostReader();
                ArticleText text = new ArticleText();
                for (int at = next.getAndIncrement(); at < total && !stopped.getAsBoolean() && !abandoned.get();
                        at = next.getAndIncrement()) {
                    if (!indexOne(posts.get(at), reader, text, writer)) {
                        failed.incrementAndGet();
                    }
                    done.incrementAndGet();
                }
                return null;
            }));
        }
        try {
            awaitAll(running, () -> listener.progress(done.get(), total));
        } catch (IOException | RuntimeException e) {
            // One failure ends the pass: let no worker go on writing behind the caller's back.
            abandoned.set(true);
            waitQuietly(running);
            throw e;
        }
        listener.progress(done.get(), total);
        return new Outcome(done.get(), failed.get());
    }

    private void awaitAll(List<Future<?>> running, Runnable tick) throws IOException {
        long lastPublish = System.nanoTime();
        long lastCommit = lastPublish;
        long publishEvery = FIRST_PUBLISH.toNanos();
        for (Future<?> worker : running) {
            while (!finished(worker)) {
                tick.run();
                long now = System.nanoTime();
                if (now - lastPublish >= publishEvery) {
                    store.refresh();
                    lastPublish = now;
                    publishEvery = Math.min(publishEvery * 2, LAST_PUBLISH.toNanos());
                }
                if (now - lastCommit >= COMMIT_EVERY.toNanos()) {
                    store.commit();
                    lastCommit = now;
                }
            }
        }
    }

    private static void waitQuietly(List<Future<?>> running) {
        for (Future<?> worker : running) {
            try {
                worker.get();
            } catch (ExecutionException | java.util.concurrent.CancellationException ignored) {
                // the first failure is the one reported
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Waits a tick for a worker; true when it has ended. A worker's I/O failure on the index ends the update. */
    private static boolean finished(Future<?> worker) throws IOException {
        try {
            worker.get(TICK_MILLIS, TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("index update interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            throw new IOException("index update failed", e.getCause());
        }
    }

    /** Reads and indexes one post; false when it cannot be read (its old entry, if any, is removed). */
    private boolean indexOne(PostMeta meta, PostReader reader, ArticleText text, IndexWriter writer) {
        Term key = new Term(IndexFields.PATH, meta.relativePath());
        try {
            String body;
            try {
                Post post = reader.read(meta.path(), folder);
                body = text.of(post);
            } catch (PostException | RuntimeException | StackOverflowError e) {
                writer.deleteDocuments(key);
                indexed.remove(meta.relativePath());
                return false;
            }
            try {
                if (indexed.containsKey(meta.relativePath())) {
                    writer.updateDocument(key, PostDocument.of(meta, body));
                } else {
                    // Not in the index: nothing to replace, and a delete by key would be looked up in every segment.
                    writer.addDocument(PostDocument.of(meta, body));
                }
            } catch (IllegalArgumentException e) {
                // Lucene refuses this one document (a limit it enforces): leave the post out, keep the others.
                writer.deleteDocuments(key);
                indexed.remove(meta.relativePath());
                return false;
            }
            indexed.put(meta.relativePath(), FileStamp.of(meta));
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
