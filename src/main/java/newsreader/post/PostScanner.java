package newsreader.post;

import java.nio.file.Path;
import java.time.ZoneId;

/**
 * Finds every post below a folder and reads the front matter of each (never the whole body), remembering what it read
 * in a {@link MetaCache} so that the next scan reads only new and changed files.
 *
 * <p>Immutable and thread-safe; every scan is independent (for one folder kept up to date, see {@link FolderIndex}).
 */
public final class PostScanner {
    /**
     * The rules that turn a file into a post or a problem, as a number to raise when they change, so that a cache
     * written under older rules is not used: 2, stray control characters in front matter are removed, not refused.
     */
    private static final int OUTCOME_RULES = 2;

    private final PostLimits limits;
    private final ZoneId localZone;
    private final int threads;
    private final MetaCache cache;

    /** Dates without a zone are read in the machine's zone, as Hexo does; the cache is the user's ({@link MetaCache#system()}). */
    public PostScanner() {
        this(ZoneId.systemDefault());
    }

    /** @param localZone the zone of dates written without one; the cache is the user's ({@link MetaCache#system()}) */
    public PostScanner(ZoneId localZone) {
        this(PostLimits.DEFAULT, localZone, defaultThreads(), MetaCache.system());
    }

    /**
     * A scanner without a cache: every scan reads every file.
     *
     * @param threads how many files are read at once (reading is mostly waiting for the disk, so more than the cores)
     */
    public PostScanner(PostLimits limits, ZoneId localZone, int threads) {
        this(limits, localZone, threads, MetaCache.none());
    }

    /** @param cache where scans remember what they read ({@link MetaCache#none()} for nowhere) */
    public PostScanner(PostLimits limits, ZoneId localZone, int threads, MetaCache cache) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
        this.limits = limits;
        this.localZone = localZone;
        this.threads = threads;
        this.cache = cache;
    }

    /** This scanner with another cache, e.g. {@code withCache(MetaCache.none())} for {@code --no-cache}. */
    public PostScanner withCache(MetaCache other) {
        return new PostScanner(limits, localZone, threads, other);
    }

    public MetaCache cache() {
        return cache;
    }

    /** Scans {@code root} recursively; never throws for a single bad file (it becomes a problem). */
    public ScanResult scan(Path root) {
        return index(root).load(ScanListener.NONE);
    }

    /**
     * Scans {@code root}, telling {@code listener} what is found as it goes (cached posts first, before the folder is
     * walked); see {@link FolderIndex#load}.
     */
    public ScanResult scan(Path root, ScanListener listener) {
        return index(root).load(listener);
    }

    /** A folder to load once and then keep up to date with {@link FolderIndex#rescan()}; nothing is read yet. */
    public FolderIndex index(Path root) {
        FolderScan scan = new FolderScan(limits, localZone, threads);
        // what the outcomes depend on besides the files: a cache written under other settings is not used
        String context = "zone=" + localZone.getId() + "|limits=" + limits + "|rules=" + OUTCOME_RULES;
        return new FolderIndex(root, scan, cache, context);
    }

    private static int defaultThreads() {
        return Math.max(2, Math.min(8, Runtime.getRuntime().availableProcessors() * 2));
    }
}
