package newsreader.post;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * What a scan knows of each file, by relative path, in the least memory: a million posts are kept as their
 * {@link PostMeta}s alone in a {@link PathTable}, since a settled post already holds the size and time it was read
 * at; a {@link KnownFile} is kept only for a problem or a post read too soon after it changed. The {@code KnownFile}s
 * this map gives are made when asked for (the 40 bytes each cost a million posts stay in the young generation).
 *
 * <p>A key must be the relative path of its value. Not thread-safe.
 */
final class KnownFiles extends AbstractMap<String, KnownFile> {
    private final PathTable<Object> table;

    KnownFiles(int expected) {
        table = new PathTable<>(KnownFiles::keyOf, expected);
    }

    private static String keyOf(Object stored) {
        return stored instanceof PostMeta meta ? meta.relativePath() : ((KnownFile) stored).relativePath();
    }

    /** A settled post read at the size and time it holds is kept as the post alone (undone by {@link #whole}). */
    static Object compact(KnownFile file) {
        return file.outcome() instanceof PostMeta meta && file.settled() && file.size() == meta.size()
                && file.modified() == meta.modified() ? meta : file;
    }

    /** The known file {@link #compact} kept. */
    static KnownFile whole(Object stored) {
        if (stored instanceof PostMeta meta) {
            return new KnownFile(meta.size(), meta.modified(), meta, true);
        }
        return (KnownFile) stored;
    }

    @Override
    public int size() {
        return table.size();
    }

    @Override
    public boolean containsKey(Object key) {
        return key instanceof String path && table.get(path) != null;
    }

    @Override
    public KnownFile get(Object key) {
        Object stored = key instanceof String path ? table.get(path) : null;
        return stored == null ? null : whole(stored);
    }

    @Override
    public KnownFile put(String key, KnownFile file) {
        if (!key.equals(file.relativePath())) {
            throw new IllegalArgumentException("a known file is kept under its own relative path, not " + key);
        }
        Object old = table.put(compact(file));
        return old == null ? null : whole(old);
    }

    @Override
    public KnownFile remove(Object key) {
        Object old = key instanceof String path ? table.remove(path) : null;
        return old == null ? null : whole(old);
    }

    @Override
    public void clear() {
        table.clear();
    }

    @Override
    public Set<Map.Entry<String, KnownFile>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<String, KnownFile>> iterator() {
                Iterator<Object> stored = table.iterator();
                return new Iterator<>() {
                    @Override
                    public boolean hasNext() {
                        return stored.hasNext();
                    }

                    @Override
                    public Map.Entry<String, KnownFile> next() {
                        Object next = stored.next();
                        return new AbstractMap.SimpleImmutableEntry<>(keyOf(next), whole(next));
                    }
                };
            }

            @Override
            public int size() {
                return table.size();
            }
        };
    }
}
