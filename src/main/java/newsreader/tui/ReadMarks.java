package newsreader.tui;

import java.util.ArrayList;
import java.util.List;
import newsreader.post.PostMeta;
import newsreader.reading.Library;
import newsreader.reading.ReadState;

/**
 * Read and starred flags as the update functions see them: read from the reading core's {@link ReadState}
 * (in memory), changed by asking for an {@link Effect}, and brought up to date on the screen when the answer
 * ({@link ReaderEvent.MarksWritten}) says what was kept — or that it was not.
 */
final class ReadMarks {
    private final ReaderState state;
    private final ReadState readState;
    private final List<Effect> effects;

    /** @param effects where effects asked for are collected until the update ends */
    ReadMarks(ReaderState state, ReadState readState, List<Effect> effects) {
        this.state = state;
        this.readState = readState;
        this.effects = effects;
    }

    boolean isRead(PostMeta post) {
        return readState.isRead(post);
    }

    /** The same for the library's post at {@code index}, without hashing its identity again. */
    boolean isReadAt(int index) {
        return readState.isRead(state.library.idAt(index));
    }

    /**
     * Marks a post read or unread.
     *
     * @param done what the status line says once it is kept; null to leave it
     */
    void set(PostMeta post, boolean read, String done) {
        if (isRead(post) == read) {
            if (done != null) {
                state.message = done;
            }
            return;
        }
        effects.add(new Effect.SetRead(Library.idOf(post), read, done));
    }

    void markAllListed() {
        if (state.listingProblems) {
            return;
        }
        List<String> ids = new ArrayList<>(state.listed.length);
        for (int index : state.listed) {
            ids.add(state.library.idAt(index));
        }
        effects.add(new Effect.MarkAllRead(ids, "Marked " + ids.size() + " posts read"));
    }

    /** Stars an unstarred post and unstars a starred one; the message says which, or that it was not kept. */
    void toggleStar(PostMeta post) {
        String id = Library.idOf(post);
        boolean star = !readState.isStarred(id);
        effects.add(new Effect.SetStar(id, star, star ? "Starred" : "Star removed"));
    }

    /** Reads flags another instance may have written (two SSH sessions on one store). */
    void reload() {
        effects.add(new Effect.ReloadMarks());
    }

    /** Marks were written or read again: counts are counted again, the Starred entry follows, the message says. */
    void written(String message) {
        state.readVersion++;
        refreshStarred();
        if (message != null) {
            state.message = message;
        }
    }

    /** The post at {@code after + 1} or later in the list that is unread, wrapping round; -1 when all are read. */
    int nextUnreadListed(int after) {
        return readState.nextUnread(state.listed.length, after, i -> state.library.idAt(state.listed[i]));
    }

    /** The Starred entry's posts follow the store, not the scan: recomputed whenever stars or the library change. */
    void refreshStarred() {
        CategoryNode node = state.tree.find(CategoryNode.Kind.STARRED.name());
        if (node == null) {
            return;
        }
        int[] posts = new int[state.library.posts().size()];
        int count = 0;
        if (!readState.starred().isEmpty()) {
            for (int i = 0; i < posts.length; i++) {
                if (readState.isStarred(state.library.idAt(i))) {
                    posts[count++] = i;
                }
            }
        }
        node.setPosts(java.util.Arrays.copyOf(posts, count));
    }
}
