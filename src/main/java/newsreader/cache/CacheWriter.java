package newsreader.cache;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * Writes the compact encoding {@link CacheReader} reads: unsigned and zig-zag variable-length numbers, UTF-8 strings
 * with their length, and shared strings (written the first time, then as a number). Buffers itself and keeps a CRC-32 of
 * everything written. Not thread-safe.
 */
public final class CacheWriter {
    private final OutputStream out;
    private final byte[] buffer = new byte[64 * 1024];
    private final CRC32 crc = new CRC32();
    private final Map<String, Integer> shared = new HashMap<>();
    private int filled;
    private long written;

    public CacheWriter(OutputStream out) {
        this.out = out;
    }

    public void writeByte(int value) throws IOException {
        if (filled == buffer.length) {
            flushBuffer();
        }
        buffer[filled++] = (byte) value;
    }

    public void writeBytes(byte[] bytes) throws IOException {
        if (bytes.length > buffer.length - filled) {
            flushBuffer();
            if (bytes.length > buffer.length) {
                crc.update(bytes);
                out.write(bytes);
                written += bytes.length;
                return;
            }
        }
        System.arraycopy(bytes, 0, buffer, filled, bytes.length);
        filled += bytes.length;
    }

    /** A number from 0 up, in 1 to 10 bytes: 7 bits a byte, the high bit set on all but the last. */
    public void writeUnsigned(long value) throws IOException {
        long rest = value;
        while ((rest & ~0x7FL) != 0) {
            writeByte((int) (rest & 0x7F) | 0x80);
            rest >>>= 7;
        }
        writeByte((int) rest);
    }

    /** Any number, small ones of either sign in few bytes (zig-zag). */
    public void writeSigned(long value) throws IOException {
        writeUnsigned((value << 1) ^ (value >> 63));
    }

    public void writeFixedLong(long value) throws IOException {
        for (int shift = 56; shift >= 0; shift -= 8) {
            writeByte((int) (value >>> shift));
        }
    }

    /** A string or null: its UTF-8 length plus one (0 for null), then the bytes. */
    public void writeString(String value) throws IOException {
        if (value == null) {
            writeUnsigned(0);
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        writeUnsigned(bytes.length + 1L);
        writeBytes(bytes);
    }

    /**
     * A string that recurs (a category name, an author): 0 then the string the first time, afterwards its number plus
     * one. The reader hands back one instance for all, which also saves memory.
     */
    public void writeShared(String value) throws IOException {
        Integer index = shared.get(value);
        if (index != null) {
            writeUnsigned(index + 1L);
            return;
        }
        writeUnsigned(0);
        writeString(value);
        if (value != null) {
            shared.put(value, shared.size());
        }
    }

    /** Bytes written so far. */
    public long written() {
        return written + filled;
    }

    /** The CRC-32 of everything written so far; flushes the buffer. */
    public long checksum() throws IOException {
        flushBuffer();
        return crc.getValue();
    }

    public void flush() throws IOException {
        flushBuffer();
        out.flush();
    }

    private void flushBuffer() throws IOException {
        if (filled > 0) {
            crc.update(buffer, 0, filled);
            out.write(buffer, 0, filled);
            written += filled;
            filled = 0;
        }
    }
}
