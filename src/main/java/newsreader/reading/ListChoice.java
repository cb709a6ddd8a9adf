package newsreader.reading;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import newsreader.post.PostMeta;

/**
 * Which posts of a category a list shows and in what order: every post or only the unread ones, in one of the
 * {@link ListOrder}s. Decided here once, so that the reader's list and line mode's pages agree.
 *
 * @param order      the order of the rows
 * @param unreadOnly whether read posts are left out
 */
public record ListChoice(ListOrder order, boolean unreadOnly) {
    public ListChoice {
        order = order == null ? ListOrder.NEWEST : order;
    }

    /** Every post, newest first: the folder's own order. */
    public static ListChoice defaults() {
        return new ListChoice(ListOrder.NEWEST, false);
    }

    public ListChoice withOrder(ListOrder newOrder) {
        return new ListChoice(newOrder, unreadOnly);
    }

    public ListChoice withUnreadOnly(boolean only) {
        return new ListChoice(order, only);
    }

    /**
     * The rows of a list: of the library's posts at {@code candidates} (in any order), those this choice keeps, in
     * its order.
     */
    public int[] apply(Library library, int[] candidates, ReadState marks) {
        return keep(library, ordered(library, candidates), marks);
    }

    /** The library's posts at {@code candidates} (in any order), all of them, in this choice's order. */
    public int[] ordered(Library library, int[] candidates) {
        // The candidates may come in any order (a list already sorted, being narrowed): from the folder's own order.
        int[] inFolderOrder = candidates.clone();
        Arrays.sort(inFolderOrder);
        return order == ListOrder.NEWEST ? inFolderOrder : order.sort(library.posts(), inFolderOrder);
    }

    /**
     * Of rows already in this choice's order, those it keeps, in the same order: a list narrowed by a filter needs
     * no second sort, since what is left of a sorted list is still sorted.
     */
    public int[] keep(Library library, int[] orderedRows, ReadState marks) {
        if (!unreadOnly) {
            return orderedRows;
        }
        int[] kept = new int[orderedRows.length];
        int count = 0;
        for (int index : orderedRows) {
            if (!marks.isRead(library.posts().get(index))) {
                kept[count++] = index;
            }
        }
        return Arrays.copyOf(kept, count);
    }

    /** The same for a list of posts in the folder's own order (line mode's pages). */
    public List<PostMeta> apply(List<PostMeta> posts, ReadState marks) {
        if (!unreadOnly && order == ListOrder.NEWEST) {
            return posts;
        }
        Library library = new Library(null, posts, List.of());
        int[] all = new int[posts.size()];
        for (int i = 0; i < all.length; i++) {
            all[i] = i;
        }
        List<PostMeta> rows = new ArrayList<>();
        for (int index : apply(library, all, marks)) {
            rows.add(posts.get(index));
        }
        return rows;
    }

    /** How a status line says it: "unread only, by title". */
    public String describe() {
        return (unreadOnly ? "unread only, " : "all posts, ") + order.label();
    }
}
