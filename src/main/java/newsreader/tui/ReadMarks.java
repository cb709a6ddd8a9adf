package newsreader.tui;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import newsreader.post.PostMeta;
import newsreader.store.ReadStateStore;

/** Changes read state through the store and tells the screen state about it (counts, messages). */
final class ReadMarks {
    private final ReaderState state;
    private final ReadStateStore store;

    ReadMarks(ReaderState state, ReadStateStore store) {
        this.state = state;
        this.store = store;
    }

    boolean isRead(PostMeta post) {
        return store.isRead(Library.idOf(post));
    }

    void set(PostMeta post, boolean read) {
        if (isRead(post) == read) {
            return;
        }
        store.setRead(Library.idOf(post), read);
        changed();
    }

    void markAllListed() {
        if (state.listingProblems) {
            return;
        }
        List<String> ids = new ArrayList<>(state.listed.length);
        for (int index : state.listed) {
            ids.add(Library.idOf(state.library.posts().get(index)));
        }
        store.markAllRead(ids);
        changed();
        state.message = "Marked " + ids.size() + " posts read";
    }

    private void changed() {
        state.readVersion++;
        try {
            store.save();
        } catch (IOException | RuntimeException e) {
            state.message = "Read state not saved: " + e.getMessage();
        }
    }
}
