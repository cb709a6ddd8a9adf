package newsreader.tui;

import java.util.ArrayList;
import java.util.List;
import newsreader.messages.Messages;
import newsreader.post.PostMeta;
import newsreader.reading.Library;
import newsreader.reading.ReadState;

/**
 * Read and starred flags as the update functions see them: read from the reading core's {@link ReadState}
 * (in memory), changed by asking for an {@link Effect}, and brought up to date on the screen when the answer
 * ({@link ReaderEvent.MarksWritten}) says what was kept — or that it was not.
 */
final class ReadMarks {
    private static final Messages WORDS = Messages.of("reader");

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

    /** The same for the library's post at {@code index}. */
    boolean isReadAt(int index) {
        return readState.isRead(state.library.posts().get(index));
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

    /** Reads a post or makes it unread again, as {@code r} does: {@link #undo} takes it back. */
    void toggleRead(PostMeta post, String doneRead, String doneUnread) {
        boolean read = !isRead(post);
        set(post, read, read ? doneRead : doneUnread);
        state.undo = new ReaderState.Undo(new Effect.SetRead(Library.idOf(post), !read,
                WORDS.get(read ? "marks.undone.unread" : "marks.undone.read")));
    }

    /**
     * {@code A}: asks whether to mark the listed posts that are unread read (the next key answers, {@link #markAll});
     * says so when there are none.
     */
    void askToMarkAllListed() {
        if (state.listingProblems) {
            return;
        }
        List<String> ids = new ArrayList<>();
        for (int index : state.listed) {
            PostMeta post = state.library.posts().get(index);
            if (!readState.isRead(post)) {
                ids.add(Library.idOf(post));
            }
        }
        if (ids.isEmpty()) {
            state.message = WORDS.get("marks.all-read");
            return;
        }
        state.markAllAsked = new ReaderState.MarkAllQuestion(List.copyOf(ids));
    }

    /** The answer to {@link #askToMarkAllListed}: {@code yes} marks the posts read, in one step that undo takes back. */
    void markAll(ReaderState.MarkAllQuestion question, boolean yes) {
        state.markAllAsked = null;
        if (!yes) {
            state.message = WORDS.get("marks.nothing");
            return;
        }
        List<String> ids = question.postIds();
        effects.add(new Effect.MarkAllRead(ids, WORDS.get("marks.marked-all", ids.size())));
        state.undo = new ReaderState.Undo(new Effect.MarkAllUnread(ids, WORDS.get("marks.undone.all", ids.size())));
    }

    /** Stars an unstarred post and unstars a starred one; the message says which, or that it was not kept. */
    void toggleStar(PostMeta post) {
        String id = Library.idOf(post);
        boolean star = !readState.isStarred(id);
        effects.add(new Effect.SetStar(id, star, WORDS.get(star ? "marks.starred" : "marks.unstarred")));
        state.undo = new ReaderState.Undo(new Effect.SetStar(id, !star,
                WORDS.get(star ? "marks.undone.unstarred" : "marks.undone.starred")));
    }

    /** Puts the marks back as they were before the last {@code r}, {@code A} or {@code s}; once. */
    void undo() {
        if (state.undo == null) {
            state.message = WORDS.get("marks.nothing-to-undo");
            return;
        }
        effects.add(state.undo.effect());
        state.undo = null;
    }

    /** Reads flags another instance may have written (two SSH sessions on one store). */
    void reload() {
        effects.add(new Effect.ReloadMarks());
    }

    /** Marks were written or read again: counts are counted again, the Starred entry follows, the message says. */
    void written(String message) {
        state.readVersion++;
        countUnreadIfLarge();
        refreshStarred();
        if (message != null) {
            state.message = message;
        }
    }

    /** A large library's read posts are looked up again off the screen's thread, for the tree's counts. */
    void countUnreadIfLarge() {
        if (UnreadCounts.countedInBackground(state.library)) {
            effects.add(new Effect.CountUnread(state.library, state.readVersion));
        }
    }

    /**
     * What was looked up: kept when it is of the library shown and no older than what is known, and the Starred entry
     * follows it. True when it was kept.
     */
    boolean counted(ReadPosts read) {
        ReadPosts known = state.readPosts;
        if (read.library() == state.library
                && (known == null || known.library() != read.library() || known.readVersion() <= read.readVersion())) {
            state.readPosts = read;
            refreshStarred();
            return true;
        }
        return false;
    }

    /** The post at {@code after + 1} or later in the list that is unread, wrapping round; -1 when all are read. */
    int nextUnreadListed(int after) {
        return readState.nextUnreadPost(state.listed.length, after, i -> state.library.posts().get(state.listed[i]));
    }

    /**
     * The Starred entry's posts follow the store, not the scan: recomputed whenever stars or the library change. A
     * large library's come with its read posts, looked up off the screen's thread ({@link #counted}): until then the
     * entry keeps what the last lookup of that library found, or is empty.
     */
    void refreshStarred() {
        CategoryNode node = state.tree.find(CategoryNode.Kind.STARRED.name());
        if (node == null) {
            return;
        }
        if (UnreadCounts.countedInBackground(state.library)) {
            ReadPosts known = state.readPosts;
            node.setPosts(known != null && known.library() == state.library ? known.starredPosts() : new int[0]);
            return;
        }
        int[] posts = new int[state.library.posts().size()];
        int count = 0;
        if (!readState.starred().isEmpty()) {
            for (int i = 0; i < posts.length; i++) {
                if (readState.isStarred(state.library.posts().get(i))) {
                    posts[count++] = i;
                }
            }
        }
        node.setPosts(java.util.Arrays.copyOf(posts, count));
    }
}
