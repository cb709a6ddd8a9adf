package newsreader.tui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import newsreader.post.PostMeta;
import newsreader.reading.Library;
import newsreader.reading.ReadState;

/**
 * Changes read and starred flags through the reading core's {@link ReadState} and tells the screen state about it:
 * counts to recount, and a message that says what was done — or that it was not kept.
 */
final class ReadMarks {
    private final ReaderState state;
    private final ReadState readState;

    ReadMarks(ReaderState state, ReadState readState) {
        this.state = state;
        this.readState = readState;
    }

    boolean isRead(PostMeta post) {
        return readState.isRead(post);
    }

    /** The same for the library's post at {@code index}, without hashing its identity again. */
    boolean isReadAt(int index) {
        return readState.isRead(state.library.idAt(index));
    }

    /** Marks a post; a failed write is said in the status line. */
    void set(PostMeta post, boolean read) {
        if (isRead(post) == read) {
            return;
        }
        Optional<String> problem = readState.setRead(post, read);
        changed();
        problem.ifPresent(this::say);
    }

    void markAllListed() {
        if (state.listingProblems) {
            return;
        }
        List<String> ids = new ArrayList<>(state.listed.length);
        for (int index : state.listed) {
            ids.add(state.library.idAt(index));
        }
        Optional<String> problem = readState.markAllRead(ids);
        changed();
        state.message = problem.map(ReadMarks::capitalised).orElse("Marked " + ids.size() + " posts read");
    }

    /** Stars an unstarred post and unstars a starred one; the message says which, or that it was not kept. */
    void toggleStar(PostMeta post) {
        String id = Library.idOf(post);
        boolean star = !readState.isStarred(id);
        Optional<String> problem = readState.setStarred(id, star);
        if (problem.isPresent()) {
            say(problem.get());
            return;
        }
        refreshStarred();
        state.message = star ? "Starred" : "Star removed";
    }

    /** Reads flags another instance may have written (two SSH sessions on one store). */
    void reload() {
        readState.reload().ifPresent(this::say);
        state.readVersion++;
        refreshStarred();
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

    private void changed() {
        state.readVersion++;
    }

    private void say(String problem) {
        state.message = capitalised(problem);
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
