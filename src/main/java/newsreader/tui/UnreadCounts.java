package newsreader.tui;

import java.util.HashMap;
import java.util.Map;
import newsreader.reading.Library;

/**
 * Unread posts per tree entry, counted when first shown and counted again only after read state or the library
 * changed. A small library's are counted here, on the screen's thread; a large one's come from a {@link ReadPosts}
 * made off it ({@link Effect.CountUnread}), and an entry's count is unknown until that arrives: a key pressed as the
 * whole list of 100,000 posts arrives, or after an article was opened and so marked read, would otherwise wait for
 * every post to be looked up.
 */
final class UnreadCounts {
    /** From this many posts on, read state is looked up off the screen's thread (about 10 ms of lookups here). */
    static final int COUNTED_IN_BACKGROUND = 20_000;

    private final Map<CategoryNode, Integer> counts = new HashMap<>();
    /** What the counts above were counted from: a {@link ReadPosts}, or the read version and library. */
    private Object countedFrom;

    static boolean countedInBackground(Library library) {
        return library.posts().size() >= COUNTED_IN_BACKGROUND;
    }

    /** The unread posts of an entry; -1 while a large library's read posts are still being looked up. */
    int of(CategoryNode node, ReaderState state) {
        Object from;
        ReadPosts read = null;
        if (countedInBackground(state.library)) {
            read = state.readPosts;
            if (read == null || read.library() != state.library) {
                return -1;
            }
            from = read;
        } else {
            from = new CountedHere(state.readVersion, state.library);
        }
        // ReadPosts by identity: a record's equals would compare the libraries' posts one by one.
        boolean same = from instanceof ReadPosts ? from == countedFrom : from.equals(countedFrom);
        if (!same) {
            counts.clear();
            countedFrom = from;
        }
        ReadPosts known = read;
        return counts.computeIfAbsent(node, n -> known != null ? known.unreadOf(n.posts()) : countHere(n, state));
    }

    private static int countHere(CategoryNode node, ReaderState state) {
        int unread = 0;
        for (int index : node.posts()) {
            if (!state.marks.isRead(state.library.posts().get(index))) {
                unread++;
            }
        }
        return unread;
    }

    /** Counts made on the screen's thread hold for one read version of one library (compared by identity). */
    private record CountedHere(int readVersion, Library library) {
        @Override
        public boolean equals(Object other) {
            return other instanceof CountedHere here && here.readVersion == readVersion && here.library == library;
        }

        @Override
        public int hashCode() {
            return 31 * readVersion + System.identityHashCode(library);
        }
    }
}
