package newsreader.tui;

import static org.assertj.core.api.Assertions.assertThat;

import newsreader.reading.Library;
import newsreader.reading.ListChoice;
import newsreader.reading.ListOrder;
import org.junit.jupiter.api.Test;

class OrderedPostsTest {
    private final Library library = TestPosts.sample();
    private final int[] all = {0, 1, 2, 3, 4};
    private final OrderedPosts ordered = new OrderedPosts();

    @Test
    void theSameListIsSortedOnlyOnce() {
        ListChoice byTitle = new ListChoice(ListOrder.TITLE, false);
        int[] first = ordered.of(library, all, byTitle);
        assertThat(first).isEqualTo(byTitle.ordered(library, all));
        assertThat(ordered.of(library, all, byTitle)).as("no second sort").isSameAs(first);
        assertThat(ordered.of(library, all, byTitle.withUnreadOnly(true)))
                .as("unread only leaves out rows, it does not change their order").isSameAs(first);
    }

    @Test
    void anotherOrderCategoryOrLibrarySortsAgain() {
        ListChoice byTitle = new ListChoice(ListOrder.TITLE, false);
        int[] first = ordered.of(library, all, byTitle);
        ListChoice oldest = byTitle.withOrder(ListOrder.OLDEST);
        assertThat(ordered.of(library, all, oldest)).isEqualTo(oldest.ordered(library, all));
        int[] someOfThem = {0, 2, 3};
        assertThat(ordered.of(library, someOfThem, byTitle)).isEqualTo(byTitle.ordered(library, someOfThem));
        Library reloaded = TestPosts.sample();
        int[] again = ordered.of(reloaded, all, byTitle);
        assertThat(again).isNotSameAs(first).isEqualTo(byTitle.ordered(reloaded, all));
    }
}
