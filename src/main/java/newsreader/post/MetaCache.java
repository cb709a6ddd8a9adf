package newsreader.post;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import newsreader.cache.CacheDirectory;
import newsreader.cache.CacheReader;
import newsreader.cache.SealedFile;

/**
 * Where a scan remembers each file's metadata between runs, so that the next start reads only new and changed files:
 * {@code <cache folder>/posts/<hash of the posts folder's real path>.bin} (see {@link newsreader.cache.SealedFile} for
 * how the file is kept whole). The posts folder itself is never written.
 *
 * <p>A cache is used only when it was written for the same folder, the same time zone (dates without a zone depend on
 * it), the same limits and the same build of the program (a new build may read posts differently); anything else, or a
 * damaged file, is ignored and replaced on the next write.
 */
public final class MetaCache {
    static final String KIND = "newsreader post metadata";
    /** Raise when the entries' layout changes. */
    static final int VERSION = 4;
    static final String NEWEST_KIND = "newsreader newest posts";
    /**
     * How many of the newest posts the small file beside the cache holds: more than any screen shows, so that a
     * reader can draw its first rows from it while the whole cache (190 MB for a million posts) is decoded.
     */
    public static final int NEWEST = 500;

    private final CacheDirectory directory;
    private final String build;

    private MetaCache(CacheDirectory directory) {
        this.directory = directory;
        this.build = directory == null ? "" : buildStamp();
    }

    /** No cache: every scan reads every file (tests, {@code --no-cache}). */
    public static MetaCache none() {
        return new MetaCache(null);
    }

    /** The cache under {@code $XDG_CACHE_HOME/newsreader} (default {@code ~/.cache/newsreader}). */
    public static MetaCache system() {
        return new MetaCache(CacheDirectory.system());
    }

    /** The cache under {@code cacheFolder} (the folder that would be {@code ~/.cache/newsreader}). */
    public static MetaCache in(Path cacheFolder) {
        return new MetaCache(new CacheDirectory(cacheFolder));
    }

    public boolean enabled() {
        return directory != null;
    }

    /** The cache file of a posts folder, given its real path; empty when there is no cache. */
    public Optional<Path> fileFor(Path realFolder) {
        return directory == null ? Optional.empty() : Optional.of(directory.fileFor("posts", realFolder));
    }

    /**
     * What the cache remembers of a folder; empty when there is none or it cannot be trusted.
     *
     * @param realFolder the folder's real path (the cache's key)
     * @param start      the folder as given, absolute and normalized: the outcomes' paths are rebuilt below it
     * @param context    what else the outcomes depend on (zone, limits)
     */
    Map<String, KnownFile> recall(Path realFolder, Path start, String context) {
        if (directory == null || realFolder == null) {
            return Map.of();
        }
        Optional<CacheReader> content = SealedFile.read(fileFor(realFolder).orElseThrow(), KIND, VERSION);
        if (content.isEmpty()) {
            return Map.of();
        }
        CacheReader in = content.get();
        try {
            if (!realFolder.toString().equals(in.readString()) || !(context + build).equals(in.readString())) {
                return Map.of();
            }
            return MetaCodec.read(in, start);
        } catch (RuntimeException damaged) {
            // CRC-32 passed, yet the content does not decode: still never trusted
            return Map.of();
        } finally {
            in.release(); // everything read from it is copied onto the heap
        }
    }

    /**
     * The newest posts the cache remembers of a folder, newest first, from the small file written beside it (see
     * {@link #NEWEST}), and how many files the whole cache holds; null when there is none to trust. Only a first look:
     * the whole cache, read with {@link #recall}, has the final word.
     */
    Newest recallNewest(Path realFolder, Path start, String context) {
        if (directory == null || realFolder == null) {
            return null;
        }
        Optional<CacheReader> content = SealedFile.read(newestFile(fileFor(realFolder).orElseThrow()), NEWEST_KIND, VERSION);
        if (content.isEmpty()) {
            return null;
        }
        CacheReader in = content.get();
        try {
            if (!realFolder.toString().equals(in.readString()) || !(context + build).equals(in.readString())) {
                return null;
            }
            int total = (int) Math.min(Integer.MAX_VALUE, in.readUnsigned());
            List<PostMeta> posts = new ArrayList<>();
            for (KnownFile file : MetaCodec.read(in, start).values()) {
                if (file.outcome() instanceof PostMeta meta) {
                    posts.add(meta);
                }
            }
            posts.sort(PostOrder.NEWEST_FIRST);
            return new Newest(posts, total);
        } catch (RuntimeException damaged) {
            return null;
        } finally {
            in.release();
        }
    }

    /** The newest posts of a cache and the number of files the whole cache holds. */
    record Newest(List<PostMeta> posts, int total) {
    }

    /** The small file of the newest posts beside a cache file. */
    private static Path newestFile(Path cacheFile) {
        String name = cacheFile.getFileName().toString();
        return cacheFile.resolveSibling(name.substring(0, name.length() - ".bin".length()) + ".newest.bin");
    }

    /**
     * Writes what is known of a folder, replacing the cache file whole; files not settled (modified too shortly before
     * they were read) are left out, so they are read again next time. Failing to write is not an error: the cache is a
     * convenience, and the folder may be read from a read-only home.
     *
     * @return whether the cache was written
     */
    boolean remember(Path realFolder, String context, Map<String, KnownFile> files) {
        if (directory == null || realFolder == null) {
            return false;
        }
        // Counted first and then written from the map itself: a list of a million entries to write would be 64 MB
        // more at the end of a scan, when the heap is fullest.
        int count = 0;
        for (KnownFile known : files.values()) {
            if (kept(known)) {
                count++;
            }
        }
        int total = count;
        Iterable<KnownFile> kept = () -> files.values().stream().filter(MetaCache::kept).iterator();
        Path file = fileFor(realFolder).orElseThrow();
        try {
            // The newest posts of an older cache must not stand for this one: gone first, written after.
            Files.deleteIfExists(newestFile(file));
            SealedFile.write(file, KIND, VERSION, out -> {
                out.writeString(realFolder.toString());
                out.writeString(context + build);
                MetaCodec.write(out, total, kept);
            });
            List<KnownFile> newest = newest(kept);
            SealedFile.write(newestFile(file), NEWEST_KIND, VERSION, out -> {
                out.writeString(realFolder.toString());
                out.writeString(context + build);
                out.writeUnsigned(total);
                MetaCodec.write(out, newest.size(), newest);
            });
            pruneOrphans(file);
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Whether a file goes into the cache: settled, and every value of it can be written. */
    private static boolean kept(KnownFile file) {
        return file.settled() && MetaCodec.encodable(file);
    }

    /** The files of the {@link #NEWEST} newest posts. */
    private static List<KnownFile> newest(Iterable<KnownFile> files) {
        Comparator<KnownFile> newestFirst = Comparator.comparing(file -> (PostMeta) file.outcome(), PostOrder.NEWEST_FIRST);
        PriorityQueue<KnownFile> oldestOnTop = new PriorityQueue<>(NEWEST + 1, newestFirst.reversed());
        for (KnownFile file : files) {
            if (file.outcome() instanceof PostMeta) {
                oldestOnTop.add(file);
                if (oldestOnTop.size() > NEWEST) {
                    oldestOnTop.poll();
                }
            }
        }
        return new ArrayList<>(oldestOnTop);
    }

    /** A cache file is looked at for pruning only once this old, and a few at a time. */
    private static final long PRUNE_AFTER_MILLIS = 10 * 60 * 1000L;
    private static final int PRUNE_AT_MOST = 100;

    /**
     * Removes a few caches of folders that no longer exist (temporary folders, say), so that the cache folder does not
     * grow for ever: each file names its folder at its start.
     */
    private static void pruneOrphans(Path written) {
        long before = System.currentTimeMillis() - PRUNE_AFTER_MILLIS;
        int looked = 0;
        try (DirectoryStream<Path> caches = Files.newDirectoryStream(written.getParent(), "*.bin")) {
            for (Path cache : caches) {
                if (looked >= PRUNE_AT_MOST) {
                    break;
                }
                if (cache.getFileName().toString().endsWith(".newest.bin")) {
                    continue; // goes with its cache
                }
                if (cache.equals(written) || Files.getLastModifiedTime(cache).toMillis() > before) {
                    continue;
                }
                looked++;
                Optional<CacheReader> head = SealedFile.peek(cache, KIND, VERSION, 8192);
                if (head.isPresent()) {
                    String folder = head.get().readString();
                    if (folder != null && Path.of(folder).isAbsolute() && !Files.exists(Path.of(folder))) {
                        Files.deleteIfExists(cache);
                        Files.deleteIfExists(newestFile(cache));
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // housekeeping only
        }
    }

    /**
     * The size and time of the program's jar: a new build invalidates every cache, since it may read posts differently.
     * Classes not in a jar (a development build) give a fixed stamp.
     */
    private static String buildStamp() {
        try {
            CodeSource source = MetaCache.class.getProtectionDomain().getCodeSource();
            if (source != null && source.getLocation() != null) {
                Path location = Path.of(source.getLocation().toURI());
                if (Files.isRegularFile(location)) {
                    return "|build=" + Files.size(location) + "@" + Files.getLastModifiedTime(location).toMillis();
                }
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            // no stamp: the version and format checks still hold
        }
        return "|build=classes";
    }
}
