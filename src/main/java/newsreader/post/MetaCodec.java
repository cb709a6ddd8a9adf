package newsreader.post;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import newsreader.cache.CacheReader;
import newsreader.cache.CacheWriter;

/**
 * The entries of the metadata cache, one per file: relative path, size, modification time, then the post's metadata
 * (with the hash of its identity, so that a start need not hash 100,000 titles again; a raw date that is the RFC 1123
 * form of the date as a mark alone) or the problem's reason. Values that recur across posts (category paths, tag lists, authors, the extra fields, problem
 * reasons) are written once and referred to by number after, and read back as one shared instance: the file stays
 * small and 100,000 posts filed under a few dozen categories hold a few dozen category lists in memory, not 100,000.
 */
final class MetaCodec {
    private static final int POST = 1;
    private static final int PROBLEM = 2;
    private static final int SMALLEST_ENTRY = 5;

    private MetaCodec() {
    }

    /** Whether every value of the post can be written (extra fields hold only what the front matter loaders give). */
    static boolean encodable(KnownFile file) {
        return !(file.outcome() instanceof PostMeta meta) || encodableValue(meta.extra(), 0);
    }

    /** Writes {@code count} files, each under its own relative path; {@code files} gives exactly that many. */
    static void write(CacheWriter out, int count, Iterable<KnownFile> files) throws IOException {
        out.writeUnsigned(count);
        Writer writer = new Writer(out);
        int written = 0;
        for (KnownFile file : files) {
            writer.entry(file.relativePath(), file);
            written++;
        }
        if (written != count) {
            throw new IllegalStateException(count + " files announced, " + written + " written");
        }
    }

    /**
     * @param start the scanned folder as given (absolute, normalized): paths of the outcomes are rebuilt below it
     * @throws CacheReader.DamagedCache when the bytes are not what {@link #write} wrote
     */
    static Map<String, KnownFile> read(CacheReader in, Path start) {
        int count = in.readCount(SMALLEST_ENTRY);
        Reader reader = new Reader(in, start);
        Map<String, KnownFile> files = new KnownFiles(count);
        for (int i = 0; i < count; i++) {
            reader.entry(files);
        }
        if (!in.atEnd()) {
            throw new CacheReader.DamagedCache("bytes after the last entry");
        }
        return files;
    }

    /** How a raw date is written. */
    private static final int RAW_DATE_NONE = 0;
    private static final int RAW_DATE_TEXT = 1;
    private static final int RAW_DATE_SHARED = 2;
    private static final int RAW_DATE_RFC_1123 = 3;

    /** Value tags of extra fields. */
    private static final int NULL = 0;
    private static final int STRING = 1;
    private static final int TRUE = 2;
    private static final int FALSE = 3;
    private static final int INTEGER = 4;
    private static final int LONG = 5;
    private static final int DOUBLE = 6;
    private static final int FLOAT = 7;
    private static final int BIG_INTEGER = 8;
    private static final int BIG_DECIMAL = 9;
    private static final int LIST = 10;
    private static final int MAP = 11;

    private static boolean encodableValue(Object value, int depth) {
        if (depth > 200) {
            return false;
        }
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (!(entry.getKey() instanceof String) || !encodableValue(entry.getValue(), depth + 1)) {
                    return false;
                }
            }
            return true;
        }
        if (value instanceof List<?> list) {
            for (Object item : list) {
                if (!encodableValue(item, depth + 1)) {
                    return false;
                }
            }
            return true;
        }
        return value == null || value instanceof String || value instanceof Boolean || value instanceof Integer
                || value instanceof Long || value instanceof Double || value instanceof Float
                || value instanceof BigInteger || value instanceof BigDecimal;
    }

    private static final class Writer {
        private final CacheWriter out;
        private final Map<Object, Integer> shared = new HashMap<>();

        Writer(CacheWriter out) {
            this.out = out;
        }

        void entry(String relativePath, KnownFile file) throws IOException {
            out.writeString(relativePath);
            out.writeUnsigned(file.size());
            out.writeSigned(file.modified());
            if (file.outcome() instanceof PostMeta meta) {
                out.writeByte(POST);
                out.writeString(meta.title());
                instant(meta.date());
                rawDate(meta);
                instant(meta.updated());
                sharedValue(meta.categories());
                sharedValue(meta.tags());
                out.writeShared(meta.author());
                out.writeString(meta.image());
                out.writeByte(meta.format().ordinal());
                sharedValue(meta.extra());
                out.writeUnsigned(meta.identityBits());
            } else {
                out.writeByte(PROBLEM);
                out.writeShared(((PostProblem) file.outcome()).why().encoded());
            }
        }

        /**
         * The RFC 1123 form of the date as a mark alone; an undated post's raw date ({@code Invalid Date}) as a shared
         * string, since thousands of posts hold the same few; any other as written.
         */
        private void rawDate(PostMeta meta) throws IOException {
            if (meta.rawDateIsRfc1123()) {
                out.writeByte(RAW_DATE_RFC_1123);
            } else if (meta.rawDate() == null) {
                out.writeByte(RAW_DATE_NONE);
            } else if (meta.undated()) {
                out.writeByte(RAW_DATE_SHARED);
                out.writeShared(meta.rawDate());
            } else {
                out.writeByte(RAW_DATE_TEXT);
                out.writeString(meta.rawDate());
            }
        }

        private void instant(Instant instant) throws IOException {
            if (instant == null) {
                out.writeByte(0);
            } else {
                out.writeByte(1);
                out.writeSigned(instant.getEpochSecond());
                out.writeUnsigned(instant.getNano());
            }
        }

        /** 0 and the value the first time, its number plus one after. */
        private void sharedValue(Object value) throws IOException {
            Integer index = shared.get(value);
            if (index != null) {
                out.writeUnsigned(index + 1L);
                return;
            }
            out.writeUnsigned(0);
            value(value);
            shared.put(value, shared.size());
        }

        private void value(Object value) throws IOException {
            if (value == null) {
                out.writeByte(NULL);
            } else if (value instanceof String s) {
                out.writeByte(STRING);
                out.writeShared(s);
            } else if (value instanceof Boolean b) {
                out.writeByte(b ? TRUE : FALSE);
            } else if (value instanceof Integer i) {
                out.writeByte(INTEGER);
                out.writeSigned(i);
            } else if (value instanceof Long l) {
                out.writeByte(LONG);
                out.writeSigned(l);
            } else if (value instanceof Double d) {
                out.writeByte(DOUBLE);
                out.writeFixedLong(Double.doubleToRawLongBits(d));
            } else if (value instanceof Float f) {
                out.writeByte(FLOAT);
                out.writeUnsigned(Float.floatToRawIntBits(f) & 0xFFFFFFFFL);
            } else if (value instanceof BigInteger big) {
                out.writeByte(BIG_INTEGER);
                out.writeString(big.toString());
            } else if (value instanceof BigDecimal big) {
                out.writeByte(BIG_DECIMAL);
                out.writeString(big.toString());
            } else if (value instanceof List<?> list) {
                out.writeByte(LIST);
                out.writeUnsigned(list.size());
                for (Object item : list) {
                    value(item);
                }
            } else if (value instanceof Map<?, ?> map) {
                out.writeByte(MAP);
                out.writeUnsigned(map.size());
                for (Map.Entry<?, ?> entry : map.entrySet()) {
                    out.writeShared((String) entry.getKey());
                    value(entry.getValue());
                }
            } else {
                throw new IllegalArgumentException("not encodable: " + value.getClass().getName());
            }
        }
    }

    private static final class Reader {
        private static final BodyFormat[] FORMATS = BodyFormat.values();

        private final CacheReader in;
        private final Path start;
        private final List<Object> shared = new ArrayList<>();

        Reader(CacheReader in, Path start) {
            this.in = in;
            this.start = start;
        }

        void entry(Map<String, KnownFile> files) {
            String relativePath = in.readString();
            if (relativePath == null || relativePath.isEmpty() || relativePath.startsWith("/")) {
                throw new CacheReader.DamagedCache("bad relative path");
            }
            long size = in.readUnsigned();
            long modified = in.readSigned();
            int kind = in.readByte();
            Object outcome;
            if (kind == POST) {
                String title = in.readString();
                Instant date = instant();
                String rawDate = rawDate(date);
                Instant updated = instant();
                List<List<String>> categories = sharedValue(List.class);
                List<String> tags = sharedValue(List.class);
                String author = in.readShared();
                String image = in.readString();
                int format = in.readByte();
                if (format >= FORMATS.length || title == null) {
                    throw new CacheReader.DamagedCache("bad post entry");
                }
                Map<String, Object> extra = sharedValue(Map.class);
                long identityHash = in.readUnsigned();
                if (!TitleDateHash.wellFormed(identityHash)) {
                    throw new CacheReader.DamagedCache("bad identity hash");
                }
                // The path is made when asked for: most of 100,000 posts never are, and each costs 150 bytes.
                outcome = PostMeta.below(start, relativePath, title, date, rawDate, updated, categories, tags, author,
                        image, FORMATS[format], modified, size, extra, identityHash);
            } else if (kind == PROBLEM) {
                outcome = new PostProblem(start.resolve(relativePath), relativePath, ProblemReason.decoded(in.readShared()));
            } else {
                throw new CacheReader.DamagedCache("unknown entry kind " + kind);
            }
            if (files.put(relativePath, new KnownFile(size, modified, outcome, true)) != null) {
                throw new CacheReader.DamagedCache("a file listed twice");
            }
        }

        private String rawDate(Instant date) {
            int kind = in.readByte();
            switch (kind) {
                case RAW_DATE_NONE:
                    return null;
                case RAW_DATE_TEXT:
                    return in.readString();
                case RAW_DATE_SHARED:
                    return in.readShared();
                case RAW_DATE_RFC_1123:
                    if (date == null) {
                        throw new CacheReader.DamagedCache("a raw date in the form of no date");
                    }
                    return PostMeta.RFC_1123_OF_DATE;
                default:
                    throw new CacheReader.DamagedCache("unknown raw date kind " + kind);
            }
        }

        private Instant instant() {
            int present = in.readByte();
            if (present == 0) {
                return null;
            }
            long seconds = in.readSigned();
            long nanos = in.readUnsigned();
            if (present != 1 || nanos > 999_999_999L || seconds < Instant.MIN.getEpochSecond() || seconds > Instant.MAX.getEpochSecond()) {
                throw new CacheReader.DamagedCache("bad instant");
            }
            return Instant.ofEpochSecond(seconds, nanos);
        }

        @SuppressWarnings("unchecked")
        private <T> T sharedValue(Class<?> type) {
            long index = in.readUnsigned();
            Object value;
            if (index == 0) {
                value = value(0);
                shared.add(value);
            } else if (index <= shared.size()) {
                value = shared.get((int) index - 1);
            } else {
                throw new CacheReader.DamagedCache("shared value " + index + " not yet defined");
            }
            if (!type.isInstance(value)) {
                throw new CacheReader.DamagedCache("expected a " + type.getSimpleName());
            }
            return (T) value;
        }

        /** Lists and maps come back unmodifiable, as the loaders give them; category and tag names are never null. */
        private Object value(int depth) {
            if (depth > 200) {
                throw new CacheReader.DamagedCache("nested too deeply");
            }
            int tag = in.readByte();
            switch (tag) {
                case NULL:
                    return null;
                case STRING:
                    return in.readShared();
                case TRUE:
                    return Boolean.TRUE;
                case FALSE:
                    return Boolean.FALSE;
                case INTEGER:
                    return Math.toIntExact(in.readSigned());
                case LONG:
                    return in.readSigned();
                case DOUBLE:
                    return Double.longBitsToDouble(in.readFixedLong());
                case FLOAT:
                    return Float.intBitsToFloat((int) in.readUnsigned());
                case BIG_INTEGER:
                    return new BigInteger(in.readString());
                case BIG_DECIMAL:
                    return new BigDecimal(in.readString());
                case LIST: {
                    int n = in.readCount(1);
                    Object[] items = new Object[n];
                    boolean nulls = false;
                    for (int i = 0; i < n; i++) {
                        items[i] = value(depth + 1);
                        nulls |= items[i] == null;
                    }
                    return nulls ? Collections.unmodifiableList(toList(items)) : List.of(items);
                }
                case MAP: {
                    int n = in.readCount(2);
                    Map<String, Object> map = new LinkedHashMap<>(n * 4 / 3 + 1);
                    for (int i = 0; i < n; i++) {
                        String key = in.readShared();
                        if (key == null) {
                            throw new CacheReader.DamagedCache("null key");
                        }
                        map.put(key, value(depth + 1));
                    }
                    return n == 0 ? Map.of() : Collections.unmodifiableMap(map);
                }
                default:
                    throw new CacheReader.DamagedCache("unknown value tag " + tag);
            }
        }

        private static List<Object> toList(Object[] items) {
            List<Object> list = new ArrayList<>(items.length);
            Collections.addAll(list, items);
            return list;
        }
    }
}
