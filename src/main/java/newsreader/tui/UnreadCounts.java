package newsreader.tui;

import java.util.HashMap;
import java.util.Map;
import newsreader.reading.Library;

/** Unread posts per tree entry, counted when first shown and counted again only after read state changed. */
final class UnreadCounts {
    private final Map<CategoryNode, Integer> counts = new HashMap<>();
    private int countedAtVersion = -1;
    private Library countedLibrary;


    int of(CategoryNode node, ReaderState state) {
        if (state.readVersion != countedAtVersion || state.library != countedLibrary) {
            counts.clear();
            countedAtVersion = state.readVersion;
            countedLibrary = state.library;
        }
        return counts.computeIfAbsent(node, n -> {
            int unread = 0;
            for (int index : n.posts()) {
                if (!state.marks.isRead(state.library.posts().get(index))) {
                    unread++;
                }
            }
            return unread;
        });
    }
}
