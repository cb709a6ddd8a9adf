package newsreader.tui;

import java.util.BitSet;
import java.util.List;
import newsreader.post.PostMeta;
import newsreader.reading.Library;
import newsreader.reading.ReadState;

/**
 * Which posts of a library are read and which starred, as of one version of the read state ({@link ReaderState#readVersion}). Looking
 * each post up in the read state costs about 0.3 µs, most of it in reaching the post in memory: 60-110 ms for the
 * tree's counts of 100,000 posts, which is why a large library's are counted off the screen's thread
 * ({@link UnreadCounts}); counting a category's posts against these bits is then a matter of microseconds.
 */
record ReadPosts(Library library, int readVersion, BitSet read, BitSet starred) {
    /** Looks every post of the library up in the read state: read, and starred when anything is. */
    static ReadPosts count(Library library, int readVersion, ReadState readState) {
        List<PostMeta> posts = library.posts();
        BitSet read = new BitSet(posts.size());
        BitSet starred = new BitSet();
        boolean anyStar = !readState.starred().isEmpty();
        for (int i = 0; i < posts.size(); i++) {
            PostMeta post = posts.get(i);
            if (readState.isRead(post)) {
                read.set(i);
            }
            if (anyStar && readState.isStarred(post)) {
                starred.set(i);
            }
        }
        return new ReadPosts(library, readVersion, read, starred);
    }

    /** The indices of the starred posts, in the library's order: the Starred entry's posts. */
    int[] starredPosts() {
        return starred.stream().toArray();
    }

    /** How many of the posts at these indices of the library are unread. */
    int unreadOf(int[] indices) {
        int unread = 0;
        for (int index : indices) {
            if (!read.get(index)) {
                unread++;
            }
        }
        return unread;
    }
}
