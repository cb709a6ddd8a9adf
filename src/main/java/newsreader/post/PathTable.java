package newsreader.post;

import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Function;

/**
 * Values found by the relative path each holds, in one array: a million posts' {@code HashMap} cost a 32-byte node
 * and a table slot each (some 40 MB), this table a slot of 4 bytes and some empty ones. The key is not stored, it is
 * asked of the value. Open addressing with linear probing, deletion by shifting back the entries after. Not
 * thread-safe; not to be changed while iterated.
 *
 * @param <T> the values
 */
final class PathTable<T> implements Iterable<T> {
    /** At most this full: longer probe runs cost more than the empty slots. */
    private static final double LOAD = 0.7;

    private final Function<? super T, String> keyOf;
    private Object[] slots;
    private int size;

    PathTable(Function<? super T, String> keyOf, int expected) {
        this.keyOf = keyOf;
        this.slots = new Object[capacityFor(expected)];
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
        int mask = slots.length - 1;
        int at = home(key, mask);
        while (slots[at] != null) {
            at = (at + 1) & mask;
        }
        slots[at] = value;
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
            int home = home(keyOf.apply(value(next)), mask);
            if (((next - home) & mask) >= ((next - hole) & mask)) {
                slots[hole] = slots[next];
                hole = next;
            }
            next = (next + 1) & mask;
        }
        slots[hole] = null;
        size--;
        return old;
    }

    void clear() {
        Arrays.fill(slots, null);
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
        for (int i = home(key, mask); slots[i] != null; i = (i + 1) & mask) {
            if (key.equals(keyOf.apply(value(i)))) {
                return i;
            }
        }
        return -1;
    }

    private void grow() {
        Object[] old = slots;
        slots = new Object[old.length * 2];
        int mask = slots.length - 1;
        for (Object value : old) {
            if (value != null) {
                @SuppressWarnings("unchecked")
                int at = home(keyOf.apply((T) value), mask);
                while (slots[at] != null) {
                    at = (at + 1) & mask;
                }
                slots[at] = value;
            }
        }
    }

    /** Paths of one folder differ in a few last characters: their hash codes are spread before they are masked. */
    private static int home(String key, int mask) {
        int h = key.hashCode() * 0x9E3779B9;
        return (h ^ (h >>> 16)) & mask;
    }

    @SuppressWarnings("unchecked")
    private T value(int i) {
        return (T) slots[i];
    }
}
