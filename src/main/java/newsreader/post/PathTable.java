package newsreader.post;

import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Function;

/**
 * Values found by the relative path each holds, in one array: a million posts' {@code HashMap} cost a 32-byte node
 * and a table slot each (some 40 MB), this table a slot of 4 bytes and a byte of hash, and some empty ones. The key
 * is not stored, it is asked of the value. Open addressing with linear probing, deletion by shifting back the entries
 * after. Not thread-safe; not to be changed while iterated.
 *
 * @param <T> the values
 */
final class PathTable<T> implements Iterable<T> {
    /** At most this full: longer probe runs cost more than the empty slots. */
    private static final double LOAD = 0.7;

    private final Function<? super T, String> keyOf;
    private Object[] slots;
    /**
     * Eight bits of each slot's key's hash code ({@link #mark}): a probe asks the value for its key (three objects
     * away in memory: value, string, bytes) only when these match. A walk of 100,000 cached posts spent a third of its
     * own time in those look-ups; this costs a byte a slot.
     */
    private byte[] marks;
    private int size;

    PathTable(Function<? super T, String> keyOf, int expected) {
        this.keyOf = keyOf;
        this.slots = new Object[capacityFor(expected)];
        this.marks = new byte[slots.length];
    }

    private static int capacityFor(int entries) {
        long wanted = Math.max(8, (long) Math.ceil(Math.max(0, entries) / LOAD) + 1);
        return (int) Math.min(1 << 30, Long.highestOneBit(wanted - 1) << 1);
    }

    int size() {
        return size;
    }

    T get(String key) {
        int i = find(key);
        return i < 0 ? null : value(i);
    }

    /** Puts the value under its own key; returns the value it replaced, or null. */
    T put(T value) {
        String key = keyOf.apply(value);
        int i = find(key);
        if (i >= 0) {
            T old = value(i);
            slots[i] = value;
            return old;
        }
        if (size + 1 > slots.length * LOAD) {
            grow();
        }
        place(value, key.hashCode());
        size++;
        return null;
    }

    /** Removes the value held under the key; returns it, or null when there was none. */
    T remove(String key) {
        int i = find(key);
        if (i < 0) {
            return null;
        }
        T old = value(i);
        int mask = slots.length - 1;
        // Shift back each entry of the run after the hole whose home does not lie between the hole and it, so that
        // every entry stays reachable from its home without tombstones.
        int hole = i;
        int next = (hole + 1) & mask;
        while (slots[next] != null) {
            int home = home(keyOf.apply(value(next)).hashCode(), mask);
            if (((next - home) & mask) >= ((next - hole) & mask)) {
                slots[hole] = slots[next];
                marks[hole] = marks[next];
                hole = next;
            }
            next = (next + 1) & mask;
        }
        slots[hole] = null;
        marks[hole] = 0;
        size--;
        return old;
    }

    void clear() {
        Arrays.fill(slots, null);
        Arrays.fill(marks, (byte) 0);
        size = 0;
    }

    @Override
    public Iterator<T> iterator() {
        return new Iterator<>() {
            private int next = advance(0);

            private int advance(int from) {
                int i = from;
                while (i < slots.length && slots[i] == null) {
                    i++;
                }
                return i;
            }

            @Override
            public boolean hasNext() {
                return next < slots.length;
            }

            @Override
            public T next() {
                if (next >= slots.length) {
                    throw new NoSuchElementException();
                }
                T value = value(next);
                next = advance(next + 1);
                return value;
            }
        };
    }

    private int find(String key) {
        int mask = slots.length - 1;
        int hash = key.hashCode();
        byte mark = mark(hash);
        for (int i = home(hash, mask); slots[i] != null; i = (i + 1) & mask) {
            if (marks[i] == mark && key.equals(keyOf.apply(value(i)))) {
                return i;
            }
        }
        return -1;
    }

    /** Puts the value in the first free slot from its home on (its key known absent, the table not full). */
    private void place(Object value, int hash) {
        int mask = slots.length - 1;
        int at = home(hash, mask);
        while (slots[at] != null) {
            at = (at + 1) & mask;
        }
        slots[at] = value;
        marks[at] = mark(hash);
    }

    private void grow() {
        Object[] old = slots;
        slots = new Object[old.length * 2];
        marks = new byte[slots.length];
        for (Object value : old) {
            if (value != null) {
                @SuppressWarnings("unchecked")
                String key = keyOf.apply((T) value);
                place(value, key.hashCode());
            }
        }
    }

    /** Paths of one folder differ in a few last characters: their hash codes are spread before they are masked. */
    private static int home(int hash, int mask) {
        int h = hash * 0x9E3779B9;
        return (h ^ (h >>> 16)) & mask;
    }

    /** The top eight bits of the hash code: paths met on one probe run seldom share them. */
    private static byte mark(int hash) {
        return (byte) (hash >>> 24);
    }

    @SuppressWarnings("unchecked")
    private T value(int i) {
        return (T) slots[i];
    }
}
