package newsreader.post;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
        List<Map.Entry<String, KnownFile>> kept = new ArrayList<>(files.size());
        for (Map.Entry<String, KnownFile> entry : files.entrySet()) {
            if (entry.getValue().settled() && MetaCodec.encodable(entry.getValue())) {
                kept.add(entry);
            }
        }
        try {
            SealedFile.write(fileFor(realFolder).orElseThrow(), KIND, VERSION, out -> {
                out.writeString(realFolder.toString());
                out.writeString(context + build);
                MetaCodec.write(out, kept);
            });
            pruneOrphans(fileFor(realFolder).orElseThrow());
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
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
                if (cache.equals(written) || Files.getLastModifiedTime(cache).toMillis() > before) {
                    continue;
                }
                looked++;
                Optional<CacheReader> head = SealedFile.peek(cache, KIND, VERSION, 8192);
                if (head.isPresent()) {
                    String folder = head.get().readString();
                    if (folder != null && Path.of(folder).isAbsolute() && !Files.exists(Path.of(folder))) {
                        Files.deleteIfExists(cache);
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
