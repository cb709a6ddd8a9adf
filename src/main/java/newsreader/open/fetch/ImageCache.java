package newsreader.open.fetch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.LinkOption;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.HexFormat;
import java.util.Optional;
import newsreader.config.PrivateFiles;

/**
 * Downloaded images, one file per URL named by the URL's SHA-256 and an extension from a fixed list: nothing the
 * server or the post says becomes part of a path. Files appear whole or not at all (written aside, then moved).
 * Public because {@code Opener} makes the one cache of a session and trims it.
 */
public final class ImageCache {
    /** The cache is trimmed to this size, oldest use first. */
    public static final long DEFAULT_LIMIT_BYTES = 200L * 1024 * 1024;
    /** A partial download this old was left by a crash or kill, not by a download in progress. */
    private static final Duration STALE_PART = Duration.ofHours(1);

    private final Path folder;

    public ImageCache(Path folder) {
        this.folder = folder;
    }

    public Path folder() {
        return folder;
    }

    /** The cached image of {@code url}, if one was stored. */
    public Optional<Fetched> find(String url) {
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        String key = key(url);
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, key + ".*")) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                String extension = name.substring(key.length() + 1);
                if (!extension.contains(".") && Files.isRegularFile(file) && Files.size(file) > 0) {
                    touch(file);
                    return Optional.of(new Fetched(file, MimeTypes.fromExtension(extension), true));
                }
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * Deletes partial downloads left by a crash, then the least recently used images until the cache holds at most
     * {@code limitBytes}. Errors are ignored: another instance may be trimming at the same time.
     *
     * @return how many files were deleted
     */
    public int prune(long limitBytes) {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        record Entry(Path file, long size, FileTime used) {
        }
        List<Entry> images = new ArrayList<>();
        int deleted = 0;
        Instant stale = Instant.now().minus(STALE_PART);
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path file : files) {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class,
                        LinkOption.NOFOLLOW_LINKS);
                if (!attributes.isRegularFile()) {
                    continue;
                }
                if (file.getFileName().toString().endsWith(".part")) {
                    if (attributes.lastModifiedTime().toInstant().isBefore(stale) && Files.deleteIfExists(file)) {
                        deleted++;
                    }
                    continue;
                }
                images.add(new Entry(file, attributes.size(), attributes.lastModifiedTime()));
            }
        } catch (IOException e) {
            return deleted;
        }
        images.sort(Comparator.comparing(Entry::used));
        long total = images.stream().mapToLong(Entry::size).sum();
        for (Entry entry : images) {
            if (total <= limitBytes) {
                break;
            }
            try {
                if (Files.deleteIfExists(entry.file())) {
                    deleted++;
                }
                total -= entry.size();
            } catch (IOException e) {
                // In use or gone: try the next one.
            }
        }
        return deleted;
    }

    /** Marks a reused image as recently used, so trimming removes it last. */
    private static void touch(Path file) {
        try {
            Files.setLastModifiedTime(file, FileTime.from(Instant.now()));
        } catch (IOException e) {
            // Only the trimming order suffers.
        }
    }

    /** A new temporary file in the cache folder for a download in progress. */
    Path temporary(String url) throws IOException {
        createFolder();
        return Files.createTempFile(folder, key(url) + "-", ".part");
    }

    /** Moves a complete download into place and returns where it now is. */
    Path commit(Path temporary, String url, String mimeType) throws IOException {
        Path target = folder.resolve(key(url) + "." + MimeTypes.extension(mimeType));
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
        return target;
    }

    /**
     * The file name stem for a URL: its SHA-256 in hex. Not {@link newsreader.cache.CacheDirectory#nameOf}'s quick
     * hash: URLs come from posts, which are untrusted, and a post that forged a URL with another's hash could have its
     * picture shown for that other post's image.
     */
    public static String key(String url) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(url.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private void createFolder() throws IOException {
        if (Files.isDirectory(folder)) {
            return;
        }
        // Only the user: the cache shows what they read.
        PrivateFiles.folder(folder);
    }
}
