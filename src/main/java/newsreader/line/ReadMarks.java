package newsreader.line;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import newsreader.post.PostMeta;
import newsreader.store.PostIdentity;
import newsreader.store.ReadStateStore;

/**
 * Read marks through the store the full-screen reader uses, under the same post identity ({@link PostIdentity}),
 * so that a post read in one mode shows as read in the other. Each change is saved at once: line mode may be left
 * by closing the window.
 */
final class ReadMarks {
    private final ReadStateStore store;

    ReadMarks(ReadStateStore store) {
        this.store = store;
    }

    /** The identity a post's read state is kept under; the full-screen reader's {@code Library.idOf} is the same. */
    static String idOf(PostMeta post) {
        return PostIdentity.of(post);
    }

    boolean isRead(PostMeta post) {
        return store.isRead(idOf(post));
    }

    /** Marks the post and saves; the reason when saving failed (the mark still holds for this session). */
    Optional<String> set(PostMeta post, boolean read) {
        store.setRead(idOf(post), read);
        return save();
    }

    /** Marks every one of the posts read in one step (one save, not one per post). */
    Optional<String> setAllRead(List<PostMeta> posts) {
        List<String> ids = new ArrayList<>(posts.size());
        for (PostMeta post : posts) {
            ids.add(idOf(post));
        }
        store.markAllRead(ids);
        return save();
    }

    /** Stars the post when it has no star, removes the star when it has one; true when it is now starred. */
    boolean toggleStar(PostMeta post) {
        boolean starred = !store.isStarred(idOf(post));
        store.setStarred(idOf(post), starred);
        return starred;
    }

    boolean isStarred(PostMeta post) {
        return store.isStarred(idOf(post));
    }

    Optional<String> save() {
        try {
            store.save();
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.of("read marks could not be saved: " + e.getMessage());
        }
    }
}
