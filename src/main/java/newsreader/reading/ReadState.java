package newsreader.reading;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;
import newsreader.post.PostMeta;
import newsreader.store.DataDirectory;
import newsreader.store.ReadStateStore;
import newsreader.store.SharedStateStore;

/**
 * Read and starred flags as every front end uses them: under one post identity ({@link Library#idOf}), so that a
 * post read in line mode shows read in the full-screen reader, and with writes that say when they were not kept —
 * the caller shows the reason instead of claiming success.
 */
public final class ReadState {
    /** The reasons a mark was not kept, in the interface's language: every front end shows them as they are. */
    private static final newsreader.messages.Messages WORDS = newsreader.messages.Messages.of("reading");

    private final ReadStateStore store;

    public ReadState(ReadStateStore store) {
        this.store = store;
    }

    /**
     * The read state every front end shares, so a post read in line mode shows read in the full-screen reader: the
     * SQLite store in the data folder, or one in memory with the reason when that cannot be used.
     *
     * @param dataDirectory the data folder; null for {@code $XDG_DATA_HOME/newsreader}
     */
    public static Shared openShared(Path dataDirectory) {
        SharedStateStore.Opened opened = SharedStateStore.open(
                dataDirectory != null ? dataDirectory : DataDirectory.resolve());
        return new Shared(new ReadState(opened.store()), opened.problem());
    }

    /** An opened shared state and, when it lasts only for this session, why (else empty). */
    public record Shared(ReadState state, String problem) implements AutoCloseable {
        @Override
        public void close() {
            SharedStateStore.close(state.store());
        }
    }

    /** A state that remembers nothing across runs (tests; a data folder that cannot be written). */
    public static ReadState inMemory() {
        return new ReadState(ReadStateStore.inMemory());
    }

    /** The store underneath, for whoever opened it to close it. */
    public ReadStateStore store() {
        return store;
    }

    public boolean isRead(String postId) {
        return store.isRead(postId);
    }

    /** As {@link #isRead(String)}; makes the post's identity only when its path holds a mark. */
    public boolean isRead(PostMeta post) {
        return store.mayHoldMarks(post.relativePath()) && isRead(Library.idOf(post));
    }

    public boolean isStarred(String postId) {
        return store.isStarred(postId);
    }

    /** As {@link #isStarred(String)}; makes the post's identity only when its path holds a mark. */
    public boolean isStarred(PostMeta post) {
        return store.mayHoldMarks(post.relativePath()) && isStarred(Library.idOf(post));
    }

    /** Every starred post's identity. */
    public Set<String> starred() {
        return store.starred();
    }

    /** Marks a post read or unread; the reason when the mark was not kept. */
    public Optional<String> setRead(String postId, boolean read) {
        if (store.isRead(postId) == read) {
            return Optional.empty();
        }
        try {
            store.setRead(postId, read);
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.of(WORDS.get("read-mark.not-saved", String.valueOf(e.getMessage())));
        }
    }

    public Optional<String> setRead(PostMeta post, boolean read) {
        return setRead(Library.idOf(post), read);
    }

    /** Marks every one of the posts read in one step; the reason when none was kept. */
    public Optional<String> markAllRead(Collection<String> postIds) {
        try {
            store.markAllRead(postIds);
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.of(WORDS.get("read-marks.not-saved", String.valueOf(e.getMessage())));
        }
    }

    /** Marks every one of the posts unread in one step (an undone "mark all read"); the reason when none was kept. */
    public Optional<String> markAllUnread(Collection<String> postIds) {
        try {
            store.markAllUnread(postIds);
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.of(WORDS.get("read-marks.not-saved", String.valueOf(e.getMessage())));
        }
    }

    public Optional<String> markAllPostsRead(List<PostMeta> posts) {
        List<String> ids = new ArrayList<>(posts.size());
        for (PostMeta post : posts) {
            ids.add(Library.idOf(post));
        }
        return markAllRead(ids);
    }

    /** Stars or unstars a post; the reason when the change was not kept. */
    public Optional<String> setStarred(String postId, boolean starred) {
        try {
            store.setStarred(postId, starred);
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.of(WORDS.get("star.not-saved", String.valueOf(e.getMessage())));
        }
    }

    /** Reads the flags again, to see what another session wrote; the reason when it could not. */
    public Optional<String> reload() {
        try {
            store.reload();
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.of(WORDS.get("read-marks.not-reloaded", String.valueOf(e.getMessage())));
        }
    }

    /**
     * "Next unread" as every front end means it: the first unread post after position {@code after} in a list of
     * {@code count} posts, wrapping round to the top so nothing unread is skipped; -1 when every post is read.
     * {@code after} -1 starts at the top.
     *
     * @param idAt the identity of the post at a position of the list
     */
    public int nextUnread(int count, int after, IntFunction<String> idAt) {
        return nextUnreadOf(count, after, i -> isRead(idAt.apply(i)));
    }

    /** As {@link #nextUnread(int, int, IntFunction)}, given the posts themselves (their identities made only if need be). */
    public int nextUnreadPost(int count, int after, IntFunction<PostMeta> postAt) {
        return nextUnreadOf(count, after, i -> isRead(postAt.apply(i)));
    }

    private static int nextUnreadOf(int count, int after, java.util.function.IntPredicate readAt) {
        for (int step = 1; step <= count; step++) {
            int i = Math.floorMod(after + step, count);
            if (!readAt.test(i)) {
                return i;
            }
        }
        return -1;
    }
}
