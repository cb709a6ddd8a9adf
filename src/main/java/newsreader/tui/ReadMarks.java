package newsreader.tui;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import newsreader.post.PostMeta;
import newsreader.store.ReadStateStore;

/** Changes read and starred flags through the store and tells the screen state about it (counts, messages). */
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

    /** The same for the library's post at {@code index}, without hashing its identity again. */
    boolean isReadAt(int index) {
        return store.isRead(state.library.idAt(index));
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
            ids.add(state.library.idAt(index));
        }
        store.markAllRead(ids);
        changed();
        state.message = "Marked " + ids.size() + " posts read";
    }

    /** Stars an unstarred post and unstars a starred one; the message says which. */
    void toggleStar(PostMeta post) {
        String id = Library.idOf(post);
        boolean star = !store.isStarred(id);
        store.setStarred(id, star);
        if (store.isStarred(id) != star) {
            state.message = "Star not saved";
            return;
        }
        refreshStarred();
        state.message = star ? "Starred" : "Star removed";
    }

    /** Reads flags another instance may have written (two SSH sessions on one store). */
    void reload() {
        try {
            store.reload();
        } catch (IOException | RuntimeException e) {
            state.message = "Read state not reloaded: " + e.getMessage();
        }
        state.readVersion++;
        refreshStarred();
    }

    /** The Starred entry's posts follow the store, not the scan: recomputed whenever stars or the library change. */
    void refreshStarred() {
        CategoryNode node = state.tree.find(CategoryNode.Kind.STARRED.name());
        if (node == null) {
            return;
        }
        int[] posts = new int[state.library.posts().size()];
        int count = 0;
        if (!store.starred().isEmpty()) {
            for (int i = 0; i < posts.length; i++) {
                if (store.isStarred(state.library.idAt(i))) {
                    posts[count++] = i;
                }
            }
        }
        node.setPosts(java.util.Arrays.copyOf(posts, count));
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
