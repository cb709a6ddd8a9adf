package newsreader.cache;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads what {@link CacheWriter} wrote, from a buffer in memory or from a file a window at a time (a million posts'
 * cache is 190 MB: read whole it sat in memory beside the posts decoded from it, at the very moment the heap grew to
 * hold them). Every read is bounds-checked: a damaged file gives {@link DamagedCache}, never a wrong value silently or a
 * huge allocation. Not thread-safe.
 */
public final class CacheReader {
    /** The bytes at hand: the whole content, or a window of a file starting at {@link #windowStart}. */
    private ByteBuffer bytes;
    /** The file the window is filled from; null when {@link #bytes} holds everything. */
    private FileChannel file;
    private int windowStart;
    private int end;
    private final List<String> shared = new ArrayList<>();
    private byte[] scratch = new byte[256];
    private int position;

    public CacheReader(byte[] bytes, int offset, int length) {
        this(ByteBuffer.wrap(bytes), offset, length);
    }

    public CacheReader(ByteBuffer bytes, int offset, int length) {
        if (offset < 0 || length < 0 || offset + length > bytes.limit()) {
            throw new IllegalArgumentException("range outside the bytes");
        }
        this.bytes = bytes;
        this.position = offset;
        this.end = offset + length;
    }

    /**
     * Reads {@code length} bytes of {@code file} from {@code offset}, {@code window} bytes at a time; the file is
     * closed by {@link #release()}. The caller has checked what the file holds (its checksum) and that it is long
     * enough.
     */
    CacheReader(FileChannel file, int offset, int length, int window) {
        this.file = file;
        this.bytes = ByteBuffer.allocateDirect(Math.max(16, window));
        this.bytes.limit(0);
        this.windowStart = offset;
        this.position = offset;
        this.end = offset + length;
    }

    /** Thrown when the bytes cannot be what the writer wrote. */
    public static final class DamagedCache extends RuntimeException {
        public DamagedCache(String message) {
            super(message);
        }
    }

    public int readByte() {
        if (position >= end) {
            throw new DamagedCache("ends early");
        }
        if (position - windowStart >= bytes.limit()) {
            fill();
        }
        return bytes.get(position++ - windowStart) & 0xFF;
    }

    public long readUnsigned() {
        long value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            int b = readByte();
            value |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return value;
            }
        }
        throw new DamagedCache("number too long");
    }

    public long readSigned() {
        long raw = readUnsigned();
        return (raw >>> 1) ^ -(raw & 1);
    }

    public long readFixedLong() {
        long value = 0;
        for (int i = 0; i < 8; i++) {
            value = value << 8 | readByte();
        }
        return value;
    }

    /** A count of things still to come, each at least {@code minBytes} long: checked against what is left. */
    public int readCount(int minBytes) {
        long count = readUnsigned();
        if (count > (long) (end - position) / Math.max(1, minBytes)) {
            throw new DamagedCache("count " + count + " larger than the rest of the file");
        }
        return (int) count;
    }

    public String readString() {
        long length = readUnsigned();
        if (length == 0) {
            return null;
        }
        if (length - 1 > end - position) {
            throw new DamagedCache("string longer than the rest of the file");
        }
        int n = (int) (length - 1);
        if (scratch.length < n) {
            scratch = new byte[Math.max(n, scratch.length * 2)];
        }
        copy(scratch, n);
        return new String(scratch, 0, n, StandardCharsets.UTF_8);
    }

    public String readShared() {
        long index = readUnsigned();
        if (index == 0) {
            String value = readString();
            if (value != null) {
                shared.add(value);
            }
            return value;
        }
        if (index > shared.size()) {
            throw new DamagedCache("shared string " + index + " not yet defined");
        }
        return shared.get((int) index - 1);
    }

    /** Copies the next {@code n} bytes (known to be there) into {@code into}. */
    private void copy(byte[] into, int n) {
        int copied = 0;
        while (copied < n) {
            if (position - windowStart >= bytes.limit()) {
                fill();
            }
            int here = Math.min(n - copied, bytes.limit() - (position - windowStart));
            bytes.get(position - windowStart, into, copied, here);
            copied += here;
            position += here;
        }
    }

    /** Moves the window of the file to start at the position; the content ends early when there is nothing to read. */
    private void fill() {
        if (file == null) {
            throw new DamagedCache("ends early");
        }
        ByteBuffer window = bytes;
        window.clear();
        window.limit(Math.min(window.capacity(), end - position));
        try {
            while (window.hasRemaining()) {
                if (file.read(window, position + (long) window.position()) < 0) {
                    break;
                }
            }
        } catch (IOException e) {
            throw new DamagedCache("unreadable: " + e.getMessage());
        }
        window.flip();
        windowStart = position;
        if (!window.hasRemaining()) {
            throw new DamagedCache("ends early");
        }
    }

    public boolean atEnd() {
        return position == end;
    }

    /**
     * Gives the memory of a buffer outside the heap back now rather than whenever the collector gets to it, and closes the
     * file read from. Reading after this fails as a damaged file does.
     */
    public void release() {
        ByteBuffer held = bytes;
        bytes = ByteBuffer.allocate(0);
        position = 0;
        windowStart = 0;
        end = 0;
        if (held.isDirect()) {
            DirectBuffers.free(held);
        }
        if (file != null) {
            try {
                file.close();
            } catch (IOException e) {
                // read only: nothing was lost
            }
            file = null;
        }
    }
}
