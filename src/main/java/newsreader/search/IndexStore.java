package newsreader.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.lucene.index.ConcurrentMergeScheduler;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * The Lucene side of one folder's index. Only one process may write an index (Lucene's write lock): the first to
 * open it gets a writer; any other gets a read-only view of what the writer has committed, which it reopens to
 * see later commits. An index that cannot be opened (damaged files) or that was written by another version of this
 * schema is thrown away and rebuilt: it is a cache, never the only copy of anything.
 */
final class IndexStore implements Closeable {
    /** Bumped whenever the analysis or the fields change, so that an index built the old way is rebuilt. */
    static final String SCHEMA = "3";
    static final String SCHEMA_KEY = "newsreader.schema";
    static final String FOLDER_KEY = "newsreader.folder";

    private static final Logger LOG = Logger.getLogger(IndexStore.class.getName());

    private final Directory directory;
    private final IndexWriter writer;
    private final boolean rebuilt;
    private SearcherManager searchers;

    private IndexStore(Directory directory, IndexWriter writer, SearcherManager searchers, boolean rebuilt) {
        this.directory = directory;
        this.writer = writer;
        this.searchers = searchers;
        this.rebuilt = rebuilt;
    }

    /**
     * Opens the index in {@code path} for writing when no other process holds it, else read-only.
     *
     * @param lowPriority merges run at the lowest CPU priority ({@link LowPriority})
     */
    static IndexStore open(Path path, String folder, boolean lowPriority) throws IOException {
        Directory directory = PrivateDirectory.open(path);
        try {
            return openWritable(directory, path, folder, lowPriority);
        } catch (LockObtainFailedException e) {
            LOG.fine(() -> "index " + path + " is held by another process: read-only");
            return new IndexStore(directory, null, readOnlySearchers(directory), false);
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    /**
     * Opens the index in {@code path} to search it only, as it was last committed: no writer (whose opening costs a
     * quarter of a second on a large index) and no lock, whoever else writes it.
     */
    static IndexStore openReadOnly(Path path) throws IOException {
        Directory directory = PrivateDirectory.open(path);
        return new IndexStore(directory, null, readOnlySearchers(directory), false);
    }

    /** Tries again to become the writer, e.g. after the process that held the index closed it; null if still held. */
    static IndexStore tryWritable(Path path, String folder, boolean lowPriority) throws IOException {
        Directory directory = PrivateDirectory.open(path);
        try {
            return openWritable(directory, path, folder, lowPriority);
        } catch (LockObtainFailedException e) {
            directory.close();
            return null;
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    private static IndexStore openWritable(Directory directory, Path path, String folder, boolean lowPriority)
            throws IOException {
        IndexWriter writer = null;
        try {
            writer = new IndexWriter(directory, config(IndexWriterConfig.OpenMode.CREATE_OR_APPEND, lowPriority));
            if (!SCHEMA.equals(commitData(writer).get(SCHEMA_KEY)) && writer.getDocStats().maxDoc > 0) {
                LOG.info(() -> "index " + path + " has another schema: rebuilding");
                writer.deleteAll();
                writer.setLiveCommitData(commitData(folder).entrySet());
                return new IndexStore(directory, writer, new SearcherManager(writer, new SearcherFactory()), true);
            }
            writer.setLiveCommitData(commitData(folder).entrySet());
            return new IndexStore(directory, writer, new SearcherManager(writer, new SearcherFactory()), false);
        } catch (LockObtainFailedException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // Damaged: truncated or garbled files, a missing segment, a format from another Lucene. Start again.
            LOG.log(Level.WARNING, "index " + path + " cannot be opened: rebuilding", e);
            closeQuietly(writer);
            wipe(path);
            writer = new IndexWriter(directory, config(IndexWriterConfig.OpenMode.CREATE, lowPriority));
            writer.setLiveCommitData(commitData(folder).entrySet());
            return new IndexStore(directory, writer, new SearcherManager(writer, new SearcherFactory()), true);
        }
    }

    private static IndexWriterConfig config(IndexWriterConfig.OpenMode mode, boolean lowPriority) {
        IndexWriterConfig config = new IndexWriterConfig(new TextAnalyzer());
        config.setOpenMode(mode);
        // Enough to batch a few thousand posts between flushes without weighing on a reader that wants to stay small.
        config.setRAMBufferSizeMB(48);
        // Lucene slows merges down to spare a server's disk for searches; here a slow merge only stalls the build.
        ConcurrentMergeScheduler merges = lowPriority ? new LowPriorityMerges() : new ConcurrentMergeScheduler();
        merges.disableAutoIOThrottle();
        config.setMergeScheduler(merges);
        return config;
    }

    private static SearcherManager readOnlySearchers(Directory directory) {
        try {
            return DirectoryReader.indexExists(directory) ? new SearcherManager(directory, new SearcherFactory()) : null;
        } catch (IOException | RuntimeException e) {
            // The writer may be replacing files right now, or the index is damaged and only the writer may repair it.
            LOG.log(Level.FINE, "read-only index cannot be opened yet", e);
            return null;
        }
    }

    /** What every commit records: the schema it was written with and, for a person looking at the cache, the folder. */
    private static Map<String, String> commitData(String folder) {
        return Map.of(SCHEMA_KEY, SCHEMA, FOLDER_KEY, folder);
    }

    private static Map<String, String> commitData(IndexWriter writer) {
        Map<String, String> data = new HashMap<>();
        Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
        if (live != null) {
            live.forEach(entry -> data.put(entry.getKey(), entry.getValue()));
        }
        return data;
    }

    private static void wipe(Path path) throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(path)) {
            for (Path file : files) {
                if (Files.isDirectory(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    continue; // Lucene writes no folders; whatever this is, it is not ours to delete.
                }
                Files.deleteIfExists(file);
            }
        }
    }

    private static void closeQuietly(Closeable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (IOException | RuntimeException ignored) {
            // already failing: the rebuild that follows matters, not this
        }
    }

    boolean writable() {
        return writer != null;
    }

    /** The index was damaged or of another schema when opened, and starts empty. */
    boolean rebuilt() {
        return rebuilt;
    }

    /** The writer; only when {@link #writable()}. */
    IndexWriter writer() {
        if (writer == null) {
            throw new IllegalStateException("read-only index");
        }
        return writer;
    }

    /** A searcher over the latest view, to be given back with {@link #release}; null when there is no index to read yet. */
    synchronized IndexSearcher acquire() throws IOException {
        if (searchers == null) {
            searchers = readOnlySearchers(directory);
            if (searchers == null) {
                return null;
            }
        }
        return searchers.acquire();
    }

    synchronized void release(IndexSearcher searcher) throws IOException {
        if (searcher != null && searchers != null) {
            searchers.release(searcher);
        }
    }

    /** Makes what was written (or, read-only, what the writer committed) visible to searches; returns at once if busy. */
    void refresh() throws IOException {
        SearcherManager current = current();
        if (current != null) {
            current.maybeRefresh();
        }
    }

    /** As {@link #refresh()}, waiting for the refresh. */
    void refreshNow() throws IOException {
        SearcherManager current = current();
        if (current != null) {
            current.maybeRefreshBlocking();
        }
    }

    private synchronized SearcherManager current() {
        return searchers;
    }

    /** Makes every change so far durable, so a crash or a kill loses nothing already indexed. */
    void commit() throws IOException {
        writer().commit();
    }

    /** Whether the writer has never committed (a new index another process could not see yet). */
    boolean neverCommitted() throws IOException {
        return !DirectoryReader.indexExists(directory);
    }

    @Override
    public synchronized void close() throws IOException {
        try {
            if (searchers != null) {
                searchers.close();
            }
            if (writer != null) {
                writer.close();
            }
        } finally {
            directory.close();
        }
    }
}
