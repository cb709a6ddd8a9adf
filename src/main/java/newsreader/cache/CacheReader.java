package newsreader.cache;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads what {@link CacheWriter} wrote, from a buffer in memory (off the Java heap for a large file: tens of megabytes
 * the garbage collector would otherwise copy). Every read is bounds-checked: a damaged file gives {@link DamagedCache},
 * never a wrong value silently or a huge allocation. Not thread-safe.
 */
public final class CacheReader {
    private ByteBuffer bytes;
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
        return bytes.get(position++) & 0xFF;
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
        bytes.get(position, scratch, 0, n);
        position += n;
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

    public boolean atEnd() {
        return position == end;
    }

    /**
     * Gives the memory of a buffer outside the heap back now rather than whenever the collector gets to it: a million
     * posts' cache is 190 MB, held beside the posts read from it. Reading after this fails as a damaged file does.
     */
    public void release() {
        ByteBuffer held = bytes;
        bytes = ByteBuffer.allocate(0);
        position = 0;
        end = 0;
        if (held.isDirect()) {
            DirectBuffers.free(held);
        }
    }
}
