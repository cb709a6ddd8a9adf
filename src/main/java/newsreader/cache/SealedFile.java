package newsreader.cache;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.CRC32;
import newsreader.config.PrivateFiles;

/**
 * A cache file that is either whole and right or ignored.
 *
 * <p>Layout: the magic {@code 89 'N' 'R' 'C' 0D 0A 1A 0A} (PNG's trick: a transfer that mangles line ends or the high
 * bit shows at once), the kind (a string naming what is cached), the version (4 bytes), the content, then its length
 * (8 bytes) and the CRC-32 of everything before the CRC (4 bytes). A file whose magic, kind, version, length or checksum
 * disagrees is refused: it was cut short, damaged, or written by another version.
 *
 * <p>Writing goes to a temporary file in the same folder, renamed over the old file when complete: a reader sees the old
 * file or the new one, never half of one, and of two programs writing at once the last rename wins.
 */
public final class SealedFile {
    private static final byte[] MAGIC = {(byte) 0x89, 'N', 'R', 'C', '\r', '\n', 0x1A, '\n'};
    private static final int TRAILER = 8 + 4;
    /** Temporary files left by a program killed while writing are removed once this old. */
    private static final Duration STALE_TEMPORARY = Duration.ofMinutes(10);

    private SealedFile() {
    }

    /** Writes the content of a sealed file. */
    @FunctionalInterface
    public interface Content {
        void writeTo(CacheWriter out) throws IOException;
    }

    /**
     * Writes {@code file} whole, replacing it atomically; creates its folder when needed.
     *
     * @throws IOException when it cannot be written (the old file, if any, is then left as it was)
     */
    public static void write(Path file, String kind, int version, Content content) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        PrivateFiles.folder(folder);
        // createTempFile makes it 0600, and the rename keeps that.
        Path temporary = Files.createTempFile(folder, file.getFileName() + ".", ".tmp");
        try {
            try (OutputStream stream = Files.newOutputStream(temporary)) {
                CacheWriter out = new CacheWriter(stream);
                out.writeBytes(MAGIC);
                out.writeString(kind);
                out.writeFixedLong(version);
                long start = out.written();
                content.writeTo(out);
                out.writeFixedLong(out.written() - start);
                long crc = out.checksum();
                for (int shift = 24; shift >= 0; shift -= 8) {
                    stream.write((int) (crc >>> shift));
                }
                out.flush();
            }
            move(temporary, file);
        } finally {
            Files.deleteIfExists(temporary);
        }
        removeStaleTemporaries(folder, file.getFileName().toString());
    }

    /**
     * The content of {@code file}, or empty when the file is missing, unreadable, or not a whole sealed file of this kind
     * and version.
     */
    public static Optional<CacheReader> read(Path file, String kind, int version) {
        return read(file, kind, version, WHOLE_BELOW, WINDOW);
    }

    /** A file this small is read whole; a larger one a window at a time, after its checksum was checked. */
    private static final int WHOLE_BELOW = 4 << 20;
    private static final int WINDOW = 1 << 20;

    static Optional<CacheReader> read(Path file, String kind, int version, int wholeBelow, int window) {
        if (!isRegularFile(file)) {
            return Optional.empty();
        }
        // a file replaced meanwhile is read as it was when opened (writers rename a new file over it, never rewrite it)
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.READ);
            long size = channel.size();
            if (size > Integer.MAX_VALUE - 16) {
                return Optional.empty();
            }
            if (size < wholeBelow) {
                ByteBuffer bytes = ByteBuffer.allocate((int) size);
                while (bytes.hasRemaining() && channel.read(bytes) >= 0) {
                    // until full or the file ends early (it shrank: the checks below refuse it)
                }
                bytes.flip();
                return open(bytes, kind, version);
            }
            Optional<CacheReader> streamed = openWindowed(channel, (int) size, kind, version, window);
            if (streamed.isPresent()) {
                channel = null; // the reader closes it
            }
            return streamed;
        } catch (IOException | OutOfMemoryError e) {
            return Optional.empty();
        } finally {
            if (channel != null) {
                try {
                    channel.close();
                } catch (IOException e) {
                    // read only
                }
            }
        }
    }

    /**
     * As {@link #open(ByteBuffer, String, int)} for a file read a window at a time: the whole file is checked first,
     * a window at a time too, then read again as it is decoded.
     */
    private static Optional<CacheReader> openWindowed(FileChannel channel, int size, String kind, int version,
                                                      int window) throws IOException {
        if (size < MAGIC.length + TRAILER) {
            return Optional.empty();
        }
        int crcAt = size - 4;
        ByteBuffer buffer = ByteBuffer.allocate(Math.max(window, MAGIC.length + TRAILER));
        CRC32 crc = new CRC32();
        ByteBuffer head = ByteBuffer.allocate(Math.min(crcAt, 8192));
        while (head.hasRemaining()) {
            if (channel.read(head, head.position()) < 0) {
                return Optional.empty();
            }
        }
        head.flip();
        for (long at = 0; at < crcAt; ) {
            buffer.clear();
            buffer.limit((int) Math.min(buffer.capacity(), crcAt - at));
            int read = channel.read(buffer, at);
            if (read < 0) {
                return Optional.empty();
            }
            buffer.flip();
            crc.update(buffer);
            at += read;
        }
        ByteBuffer trailer = ByteBuffer.allocate(TRAILER);
        while (trailer.hasRemaining()) {
            if (channel.read(trailer, crcAt - 8 + (long) trailer.position()) < 0) {
                return Optional.empty();
            }
        }
        trailer.flip();
        long stored = trailer.getInt(8) & 0xFFFFFFFFL;
        if (crc.getValue() != stored || !head.slice(0, MAGIC.length).equals(ByteBuffer.wrap(MAGIC))) {
            return Optional.empty();
        }
        try {
            CacheReader header = new CacheReader(head, MAGIC.length, head.remaining() - MAGIC.length);
            if (!kind.equals(header.readString()) || header.readFixedLong() != version) {
                return Optional.empty();
            }
            int start = MAGIC.length + encodedLength(kind) + 8;
            long length = trailer.getLong(0);
            if (length != crcAt - 8 - start) {
                return Optional.empty();
            }
            return Optional.of(new CacheReader(channel, start, (int) length, window));
        } catch (CacheReader.DamagedCache e) {
            return Optional.empty();
        }
    }

    /**
     * The first bytes of a sealed file's content, unchecked (the checksum covers the whole file): for housekeeping
     * such as finding what a cache file is about, never for trusting what it says.
     */
    public static Optional<CacheReader> peek(Path file, String kind, int version, int bytes) {
        if (!isRegularFile(file)) {
            return Optional.empty();
        }
        byte[] head;
        try (var in = Files.newInputStream(file)) {
            head = in.readNBytes(bytes);
        } catch (IOException e) {
            return Optional.empty();
        }
        int start = MAGIC.length + encodedLength(kind) + 8;
        if (head.length <= start || !Arrays.equals(head, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            return Optional.empty();
        }
        try {
            CacheReader header = new CacheReader(head, MAGIC.length, head.length - MAGIC.length);
            if (!kind.equals(header.readString()) || header.readFixedLong() != version) {
                return Optional.empty();
            }
        } catch (CacheReader.DamagedCache e) {
            return Optional.empty();
        }
        return Optional.of(new CacheReader(head, start, head.length - start));
    }

    /**
     * Whether {@code file} is a plain file, the only kind a cache is opened as: opening a FIFO for reading waits for a
     * writer forever, and a device may never end. (Only the user can put one there, so the moment between this check
     * and the opening is no attack; this is about a mistake not hanging every command.)
     */
    private static boolean isRegularFile(Path file) {
        return Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS);
    }

    static Optional<CacheReader> open(byte[] bytes, String kind, int version) {
        return open(ByteBuffer.wrap(bytes), kind, version);
    }

    static Optional<CacheReader> open(ByteBuffer bytes, String kind, int version) {
        int size = bytes.limit();
        if (size < MAGIC.length + TRAILER || !bytes.slice(0, MAGIC.length).equals(ByteBuffer.wrap(MAGIC))) {
            return Optional.empty();
        }
        int crcAt = size - 4;
        CRC32 crc = new CRC32();
        crc.update(bytes.slice(0, crcAt));
        long stored = (bytes.get(crcAt) & 0xFFL) << 24 | (bytes.get(crcAt + 1) & 0xFFL) << 16
                | (bytes.get(crcAt + 2) & 0xFFL) << 8 | bytes.get(crcAt + 3) & 0xFFL;
        if (crc.getValue() != stored) {
            return Optional.empty();
        }
        try {
            CacheReader header = new CacheReader(bytes, MAGIC.length, crcAt - MAGIC.length);
            if (!kind.equals(header.readString()) || header.readFixedLong() != version) {
                return Optional.empty();
            }
            int start = MAGIC.length + encodedLength(kind) + 8;
            long length = new CacheReader(bytes, crcAt - 8, 8).readFixedLong();
            if (length != crcAt - 8 - start) {
                return Optional.empty();
            }
            return Optional.of(new CacheReader(bytes, start, (int) length));
        } catch (CacheReader.DamagedCache e) {
            return Optional.empty();
        }
    }

    private static int encodedLength(String kind) {
        int n = kind.getBytes(StandardCharsets.UTF_8).length;
        long prefix = n + 1L;
        int prefixBytes = 1;
        while ((prefix >>>= 7) != 0) {
            prefixBytes++;
        }
        return prefixBytes + n;
    }

    private static void move(Path temporary, Path file) throws IOException {
        try {
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void removeStaleTemporaries(Path folder, String name) {
        Instant before = Instant.now().minus(STALE_TEMPORARY);
        try (DirectoryStream<Path> temporaries = Files.newDirectoryStream(folder, name + ".*.tmp")) {
            for (Path temporary : temporaries) {
                try {
                    if (Files.getLastModifiedTime(temporary).toInstant().isBefore(before)) {
                        Files.deleteIfExists(temporary);
                    }
                } catch (NoSuchFileException gone) {
                    // another program removed it first
                }
            }
        } catch (IOException e) {
            // tidying is a courtesy: a leftover file does no harm
        }
    }
}
