package newsreader.tui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import newsreader.messages.Messages;
import newsreader.open.ColorDepth;
import newsreader.open.OpenOutcome;
import newsreader.open.OpenTask;
import newsreader.open.Opener;
import newsreader.open.TerminalLinks;
import newsreader.post.FolderIndex;
import newsreader.post.FolderWatcher;
import newsreader.post.PlaceholderImages;
import newsreader.post.Post;
import newsreader.post.PostException;
import newsreader.post.PostMeta;
import newsreader.post.PostProblem;
import newsreader.post.PostReader;
import newsreader.post.PostScanner;
import newsreader.post.ScanBatch;
import newsreader.post.ScanListener;
import newsreader.post.ScanResult;
import newsreader.reading.ChineseScript;
import newsreader.reading.Library;
import newsreader.reading.LiveLibrary;
import newsreader.reading.ReadState;
import newsreader.reading.Reading;
import newsreader.render.Reference;
import newsreader.render.RenderedArticle;
import newsreader.search.BackgroundIndexBuilds;
import newsreader.search.IndexBuildListener;
import newsreader.search.SearchHit;
import newsreader.search.SearchIndex;

/**
 * The real services: posts from the folder (streamed in while the first scan runs, then kept up to date by a
 * watcher), articles from the renderer, images and links through the opener. Slow work runs on background threads
 * and reaches the screen as events.
 */
final class FolderServices implements ReaderServices, AutoCloseable {
    private static final Messages WORDS = Messages.of("reader");

    /** Posts in a first look at a large cached folder: a few screenfuls. */
    private static final int FIRST_LOOK = 500;
    /** Hits shown for one query: a screenful many times over; the best come first. */
    private static final int SEARCH_LIMIT = 500;
    /**
     * The hits of the first answer, with their body snippets: a tall terminal's page (two rows a hit). Each snippet
     * reads and renders its post again, and each hit's stored facts are read from the index, so the rest of the list
     * and then their snippets (in batches of {@link #SNIPPET_BATCH}) follow while the first page is on the screen.
     */
    private static final int FIRST_HITS = 30;
    private static final int SNIPPET_BATCH = 60;
    /**
     * While posts stream in, the list is rebuilt at most this often, and less often as it grows (10 µs a post, a
     * second at 100,000): each rebuild counts everything on the screen's thread, which must stay free for keys.
     */
    private static final long SNAPSHOT_INTERVAL_NANOS = TimeUnit.MILLISECONDS.toNanos(300);
    private static final long SNAPSHOT_NANOS_PER_POST = TimeUnit.MICROSECONDS.toNanos(10);
    /** Lists at least this long get their titles folded ahead (below, the first filter letter folds them at once). */
    private static final int FOLD_AHEAD = 5_000;
    /**
     * Above this, titles are folded when a filter first needs them, as below FOLD_AHEAD: folded titles take about
     * 80 bytes a post, 80 MB that a million posts' reader would hold whether or not anyone filters.
     */
    private static final int FOLD_AHEAD_MAX = 250_000;
    /** How long a quit waits for the metadata cache being written (a million posts read afresh take seconds). */
    private static final long CACHE_WAIT_SECONDS = 10;

    private final Path root;
    /** Lays articles out; {@link Reading#withScript} gives the one for the script the reader shows. */
    private final Reading reading;
    private final PlaceholderImages placeholders;
    private final PostReader reader = new PostReader();
    private final ReadState readState;
    private final BlockingQueue<ReaderEvent> events;
    private final AtomicBoolean scanning = new AtomicBoolean();
    private final Opener opener;
    /** The open whose outcome the reader waits for; earlier ones were cancelled by the opener when it started. */
    private volatile OpenTask latestOpen;
    private final LiveLibrary live;
    private volatile FolderIndex index;
    /**
     * Set once the first load has put the whole list on the screen and goes on to write the metadata cache: a quit
     * then waits for the cache (about a second for 100,000 posts read afresh), or the next start would read them all
     * again. A quit while the folder is still being read does not wait.
     */
    private final java.util.concurrent.CountDownLatch cacheWritten = new java.util.concurrent.CountDownLatch(1);
    private volatile boolean writingCache;
    /** The folder the first load loads, when made before the services; null to make it then. */
    private final FolderIndex firstFolder;
    private volatile FolderWatcher watcher;
    private volatile boolean closed;
    /** Where search indexes live; null for no full-text search (tests). */
    private final Path searchCache;
    private volatile SearchIndex searchIndex;
    private volatile String searchProblem = WORDS.get("search.not-open");
    /** Why the last update of the index failed; null when it succeeded (or is running). */
    private volatile String indexFailure;
    /** Builds the index in another process; null until the list is whole, or for no full-text search. */
    private volatile BackgroundIndexBuilds indexBuilds;
    /** Whether the last build finished: searches then cover the whole folder. */
    private volatile boolean indexBuilt;
    /** Added to the build process's JVM options: none but in tests, which slow it down. */
    private List<String> buildJvmOptions = List.of();
    /** The last full-text query asked for. */
    private final java.util.concurrent.atomic.AtomicReference<String> latestQuery = new java.util.concurrent.atomic.AtomicReference<>();
    private final ExecutorService searching = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "newsreader-search");
        thread.setDaemon(true);
        return thread;
    });

    FolderServices(Path root, Reading reading, ReadState readState, BlockingQueue<ReaderEvent> events) {
        this(root, reading, readState, events, null, null, null);
    }

    FolderServices(Path root, Reading reading, ReadState readState, BlockingQueue<ReaderEvent> events,
                   Opener opener, Path searchCache) {
        this(root, reading, readState, events, opener, searchCache, null);
    }

    /**
     * @param reading     the settings' dates and the terminal's widths, for laying out articles
     * @param opener      opens images and links; null for none (tests that never press o or u)
     * @param searchCache where the full-text index is kept ({@code SearchLocation.cacheRoot()}); null for none
     * @param folder      the folder to load, perhaps already reading its cache ahead; null to make it at the first load
     */
    FolderServices(Path root, Reading reading, ReadState readState, BlockingQueue<ReaderEvent> events,
                   Opener opener, Path searchCache, FolderIndex folder) {
        this.firstFolder = folder;
        this.searchCache = searchCache;
        this.opener = opener;
        this.root = root;
        this.reading = reading;
        this.placeholders = reading.placeholders();
        this.readState = readState;
        this.events = events;
        this.live = new LiveLibrary(root);
    }

    /** Where the keys' list choice is remembered; null to remember it nowhere (tests). */
    private newsreader.reading.ListChoiceFile listChoices;

    /** Remembers the list choice the keys make in {@code file}. */
    FolderServices rememberingListChoiceIn(newsreader.reading.ListChoiceFile file) {
        this.listChoices = file;
        return this;
    }

    /** Starts the search index's build process with these JVM options added (tests make it slow with -Xint). */
    FolderServices buildingIndexWith(List<String> jvmOptions) {
        this.buildJvmOptions = List.copyOf(jvmOptions);
        return this;
    }

    /** Where the search history and the reading positions are remembered; null to remember them nowhere (tests). */
    private newsreader.reading.SearchHistoryFile searchHistory;
    private newsreader.reading.ReadingPositions positions;

    /** Remembers the search prompts' history and the places in long articles in these files. */
    FolderServices rememberingPlacesIn(newsreader.reading.SearchHistoryFile history,
                                       newsreader.reading.ReadingPositions places) {
        this.searchHistory = history;
        this.positions = places;
        return this;
    }

    @Override
    public java.util.Optional<String> rememberSearches(java.util.List<String> entries) {
        return searchHistory == null ? java.util.Optional.empty() : searchHistory.save(entries);
    }

    @Override
    public java.util.Optional<String> rememberPositions(java.util.Map<String, Double> places) {
        return positions == null ? java.util.Optional.empty() : positions.save(places);
    }

    @Override
    public java.util.Optional<String> rememberListChoice(newsreader.reading.ListChoice choice) {
        return listChoices == null ? java.util.Optional.empty() : listChoices.save(choice);
    }

    @Override
    public Post read(PostMeta meta) throws PostException {
        return reader.read(meta.path(), root);
    }

    @Override
    public RenderedArticle layOut(Post post, int width, ChineseScript script) {
        return reading.withScript(script).renderer().renderForScreen(post, width);
    }

    @Override
    public ReadState readState() {
        return readState;
    }

    /**
     * The first call loads the folder on a daemon thread, posts streaming to the screen as they are found, and
     * then starts watching it; later calls ({@code R}) rescan it. One at a time.
     */
    @Override
    public void requestReload() {
        if (!scanning.compareAndSet(false, true)) {
            return;
        }
        Thread scan = new Thread(() -> {
            try {
                if (index == null) {
                    load();
                } else {
                    ScanResult now = index.rescan().result();
                    show(live.replace(now));
                    updateSearch();
                }
            } catch (RuntimeException | StackOverflowError e) {
                // Never print: the screen is up. The failure becomes the folder's one problem.
                show(new Library(root, List.of(),
                        List.of(new PostProblem(root, ".", WORDS.get("scan.failed", String.valueOf(e))))));
            } finally {
                scanning.set(false);
            }
        }, "newsreader-scan");
        scan.setDaemon(true);
        // Whatever happens, nothing may be printed over the screen.
        scan.setUncaughtExceptionHandler((thread, error) -> show(Library.empty(root)));
        scan.start();
    }

    private void load() {
        FolderIndex folder = firstFolder != null ? firstFolder : new PostScanner().index(root);
        Streaming streaming = new Streaming();
        ScanResult result;
        try {
            result = folder.load(streaming);
        } finally {
            writingCache = false;
            cacheWritten.countDown();
        }
        if (result != streaming.shown) {
            show(live.replace(result));
        }
        index = folder;
        synchronized (this) {
            if (!closed) {
                watcher = FolderWatcher.start(folder, changes -> {
                    show(live.replace(changes.result()));
                    updateSearch();
                });
            }
        }
        openSearch();
        updateSearch();
    }

    /**
     * Opens the full-text index once the list is up, to search it only: it must not delay the first screen. Another
     * process builds it ({@link BackgroundIndexBuilds}), at the lowest CPU priority and with its own memory and
     * collector, so that keys are answered at once meanwhile; each search sees what that process has committed.
     */
    private void openSearch() {
        if (searchCache == null) {
            searchProblem = WORDS.get("search.off");
            return;
        }
        try {
            SearchIndex opened = SearchIndex.openReadOnly(root, searchCache);
            synchronized (this) {
                if (closed) {
                    opened.close();
                    return;
                }
                searchIndex = opened;
                indexBuilds = new BackgroundIndexBuilds(root, searchCache, buildJvmOptions, new BuildNews());
            }
            searchProblem = null;
        } catch (IOException | RuntimeException e) {
            searchProblem = WORDS.get("search.no-index", e.getMessage());
            events.add(new ReaderEvent.SearchIndexFailed(SearchFailures.reason(e)));
        }
    }

    /**
     * Has the build process index new and changed posts (it scans the folder itself), now or after the build that
     * runs; progress goes to the status line.
     */
    private void updateSearch() {
        BackgroundIndexBuilds builds = indexBuilds;
        if (builds == null) {
            return;
        }
        indexBuilt = false;
        builds.request();
    }

    /** What the build process says, turned into the reader's events (on the thread that reads its output). */
    private final class BuildNews implements IndexBuildListener {
        @Override
        public void progress(int done, int total) {
            events.add(new ReaderEvent.SearchIndexing(done, total));
        }

        @Override
        public void built() {
            indexFailure = null;
            indexBuilt = true;
            events.add(new ReaderEvent.SearchIndexing(0, -1));
        }

        @Override
        public void held() {
            // Another program (newsreader search) writes the index: searches see its commits as it goes.
            events.add(new ReaderEvent.SearchIndexing(0, -1));
        }

        @Override
        public void failed(String reason) {
            if (!closed) {
                indexFailure = reason;
                events.add(new ReaderEvent.SearchIndexFailed(reason));
            }
        }

        @Override
        public void died(int exitCode) {
            // A shell's convention: 128 + N is signal N.
            notBuilt(exitCode > 128 ? WORDS.get("search.build-killed", exitCode - 128)
                    : WORDS.get("search.build-ended", exitCode));
        }

        @Override
        public void couldNotStart(String reason) {
            notBuilt(WORDS.get("search.build-not-started", reason));
        }

        private void notBuilt(String reason) {
            if (!closed) {
                indexFailure = reason;
                events.add(new ReaderEvent.SearchIndexNotBuilt(reason));
            }
        }
    }

    @Override
    public void searchAllText(String query) {
        // A newer query stops the snippets of an older one (searches run one at a time, in order).
        latestQuery.set(query);
        try {
            searching.execute(() -> {
                SearchIndex search = searchIndex;
                if (search == null) {
                    events.add(new ReaderEvent.Found(query, List.of(), searchProblem));
                    return;
                }
                try {
                    answer(search, query);
                } catch (IOException | RuntimeException e) {
                    events.add(new ReaderEvent.Found(query, List.of(), WORDS.get("search.failed", e.getMessage())));
                }
            });
        } catch (RejectedExecutionException e) {
            // Closing: nobody is waiting for the answer.
        }
    }

    /**
     * Answers a query in steps, so that the first page shows at once however many posts match: the best
     * {@link #FIRST_HITS} with their snippets; then, when there are more, the whole list of the best
     * {@link #SEARCH_LIMIT} (the first page's snippets kept); then the others' snippets, a batch at a time, until a
     * newer query is asked.
     */
    private void answer(SearchIndex search, String query) throws IOException {
        List<SearchHit> first = search.search(query, FIRST_HITS);
        int count = first.size() >= FIRST_HITS ? search.count(query) : first.size();
        int listed = Math.min(count, SEARCH_LIMIT);
        String failure = indexFailure;
        String note = failure != null ? WORDS.get("search.not-written", failure)
                : indexBuilt ? "" : WORDS.get("search.still-building");
        if (count > SEARCH_LIMIT) {
            note = note.isEmpty() ? WORDS.get("search.best", listed, count)
                    : WORDS.get("search.best.note", listed, count, note);
        }
        events.add(new ReaderEvent.Found(query, first, note));
        if (listed <= first.size() || !query.equals(latestQuery.get()) || closed) {
            return;
        }
        List<SearchHit> hits = withFirstPage(search.search(query, SEARCH_LIMIT, 0), first);
        events.add(new ReaderEvent.MoreHits(query, hits));
        for (int from = first.size(); from < hits.size() && query.equals(latestQuery.get()) && !closed;
                from += SNIPPET_BATCH) {
            hits = search.withSnippets(query, hits, from, from + SNIPPET_BATCH);
            events.add(new ReaderEvent.MoreHits(query, hits));
        }
    }

    /** The whole list with the first page as it was shown (snippets made), unless the index changed between. */
    private static List<SearchHit> withFirstPage(List<SearchHit> all, List<SearchHit> first) {
        if (all.size() < first.size()) {
            return all;
        }
        for (int i = 0; i < first.size(); i++) {
            if (!all.get(i).relativePath().equals(first.get(i).relativePath())) {
                return all;
            }
        }
        List<SearchHit> out = new java.util.ArrayList<>(first);
        out.addAll(all.subList(first.size(), all.size()));
        return out;
    }

    /** The library of the last list sent to the screen, and its tree: the same snapshot again needs no new tree. */
    private Library lastLibrary;
    private CategoryTree lastTree;

    /** A list for the screen, its category tree built here (a scan's or the watcher's thread) rather than there. */
    private synchronized ReaderEvent.Loaded loaded(Library library, String progress) {
        if (library != lastLibrary) {
            lastTree = CategoryTree.of(library);
            lastLibrary = library;
        }
        return new ReaderEvent.Loaded(library, progress, lastTree);
    }

    /** Sends a list to the screen; a whole one is followed by its titles folded for the filter. */
    private void show(Library library, String progress) {
        events.add(loaded(library, progress));
        int size = library.posts().size();
        if (progress == null && size >= FOLD_AHEAD && size <= FOLD_AHEAD_MAX) {
            events.add(new ReaderEvent.TitlesFolded(library, ReaderState.foldedTitles(library)));
        }
    }

    private void show(Library library) {
        show(library, null);
    }

    /** Hands the scan's batches to the screen: the first at once, then a fresh list every 300 ms or more. */
    private final class Streaming implements ScanListener {
        private long lastSnapshot;
        private long interval = SNAPSHOT_INTERVAL_NANOS;
        private boolean first = true;
        /** Whether the cache's newest posts are on the screen already. */
        private boolean newestShown;
        /** How many posts the metadata cache held; -1 when it held none. */
        private int cachedPosts = -1;
        /** Whether this thread runs at the lowest priority already. */
        private boolean lowered;
        /** The whole result, once on its way to the screen. */
        private ScanResult shown;

        /**
         * The whole list goes to the screen as soon as it is sorted: the metadata cache is written after it, and
         * writing 100,000 posts read afresh takes about a second that the user would otherwise wait for.
         */
        @Override
        public void finished(ScanResult result) {
            // set first: a quit may follow the list at once
            writingCache = true;
            shown = result;
            show(live.replace(result));
        }

        /** The cache's newest posts, before the rest of it is decoded: the first rows of a large folder. */
        @Override
        public void newest(List<PostMeta> posts, int cached) {
            if (first) {
                show(new Library(root, posts, List.of()),
                        progressLabel(new newsreader.post.ScanProgress(0, cached, false)));
                newestShown = true;
                cachedPosts = cached;
                newsreader.log.Trace.mark("cache's newest posted");
            }
        }

        @Override
        public void batch(ScanBatch batch) {
            if (first && !newestShown && batch.posts().size() > FIRST_LOOK) {
                // A warm cache hands over the whole folder at once: show its newest posts while the rest is sorted.
                show(LiveLibrary.newest(root, batch.posts(), FIRST_LOOK),
                        progressLabel(batch.progress()));
                newsreader.log.Trace.mark("newest posted");
            }
            live.add(batch);
            long now = System.nanoTime();
            if (first || now - lastSnapshot >= interval) {
                first = false;
                lastSnapshot = now;
                Library snapshot = live.snapshot();
                newsreader.log.Trace.mark("snapshot of " + snapshot.posts().size());
                interval = Math.max(SNAPSHOT_INTERVAL_NANOS, snapshot.posts().size() * SNAPSHOT_NANOS_PER_POST);
                show(snapshot, progressLabel(batch.progress()));
                if (!lowered && cachedPosts > 0 && snapshot.posts().size() >= cachedPosts) {
                    // Everything the cache knew is on the screen: what is left of the walk only checks it against
                    // the files, and at the lowest priority it never takes a core from a key (the reading threads it
                    // may start take this thread's priority).
                    lowered = true;
                    newsreader.search.LowPriority.lowerThisThread();
                }
            }
        }
    }

    @Override
    public void openHeaderImage(PostMeta meta, List<Reference> references) {
        if (opener == null) {
            events.add(new ReaderEvent.Opened(new OpenOutcome.Failed(WORDS.get("opening.images-off"))));
            return;
        }
        follow(opener.openHeaderImage(meta, references, this::progress));
    }

    @Override
    public void openReference(Reference reference, Path postFile) {
        if (opener == null) {
            events.add(new ReaderEvent.Opened(new OpenOutcome.Failed(WORDS.get("opening.links-off"))));
            return;
        }
        follow(opener.openReference(reference, postFile, this::progress));
    }

    @Override
    public TerminalLinks links() {
        return opener != null ? opener.links() : new TerminalLinks(false);
    }

    @Override
    public PlaceholderImages placeholders() {
        return placeholders;
    }

    @Override
    public ColorDepth colorDepth() {
        return opener != null ? opener.colorDepth() : ColorDepth.detect(newsreader.open.Environment.current());
    }

    /** Called on the download's thread: the numbers go to the UI thread through the queue. */
    private void progress(long bytes, long total) {
        events.add(new ReaderEvent.Downloading(bytes, total));
    }

    @Override
    public void cancelOpening() {
        if (opener != null) {
            opener.cancelCurrent();
        }
    }

    private void follow(OpenTask task) {
        latestOpen = task;
        // The future never completes exceptionally (OpenTask's contract); the guard keeps a broken one visible.
        task.result().whenComplete((outcome, error) -> {
            if (latestOpen != task) {
                // Replaced by a later open, which cancelled it: the reader waits for that one's outcome.
                return;
            }
            events.add(new ReaderEvent.Opened(
                    outcome != null ? outcome : new OpenOutcome.Failed(WORDS.get("opening.failed", error))));
        });
    }

    /** Stops watching and writes the metadata cache, so that the next start reads only what changed. */
    @Override
    public void close() {
        FolderWatcher running;
        synchronized (this) {
            closed = true;
            running = watcher;
        }
        if (running != null) {
            running.close();
        }
        BackgroundIndexBuilds builds = indexBuilds;
        if (builds != null) {
            // Stopped outright: it resumes from its last commit at the next start.
            builds.close();
        }
        if (writingCache) {
            try {
                cacheWritten.await(CACHE_WAIT_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        FolderIndex folder = index;
        if (folder != null) {
            folder.saveCache();
        }
        searching.shutdownNow();
        SearchIndex search;
        synchronized (this) {
            search = searchIndex;
            searchIndex = null;
        }
        if (search != null) {
            try {
                search.close();
            } catch (IOException | RuntimeException e) {
                // Nothing to tell: the screen is down and the index rebuilds itself when damaged.
            }
        }
    }

    /** "indexing 12,345 / 100,000" in the reader's language ({@code …} while files are still being found). */
    static String progressLabel(newsreader.post.ScanProgress progress) {
        return progress == null ? null : WORDS.get(progress.walkDone() ? "status.indexing" : "status.indexing.walking",
                progress.checked(), progress.found());
    }
}
