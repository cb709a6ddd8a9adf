package newsreader.tui;

import static newsreader.tui.Keys.ch;
import static newsreader.tui.Keys.key;
import static newsreader.tui.Keys.typed;
import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import newsreader.render.DateLabel;
import newsreader.search.SearchHit;
import newsreader.text.CellWidth;
import org.junit.jupiter.api.Test;

/** The marks on rows: unread and star apart from the date, the tree's own marks, and marks on search hits. */
class MarkersTest {
    private final FakeServices services = new FakeServices();
    private ReaderState state;
    private ReaderController controller;
    private VirtualScreen screen;
    private ReaderView view;

    private void start() {
        state = new ReaderState(TestPosts.sample());
        controller = new ReaderController(state, services, CellWidth.standard());
        controller.resized(120, 30);
        screen = new VirtualScreen(120, 30, CellWidth.standard());
        view = new ReaderView(Theme.colour(), CellWidth.standard(), new DateLabel(ZoneOffset.UTC));
        screen.draw(state, view);
    }

    private void press(KeyStroke... keys) {
        for (KeyStroke k : keys) {
            controller.key(k);
        }
        screen.draw(state, view);
    }

    @Test
    void theStarIsNotAgainstTheDate() {
        start();
        press(ch('s'), ch('j'));
        String row = screen.row(screen.rowContaining("国产独立游戏"));
        assertThat(row).contains("*+ 2024-05-03").doesNotContain("+2024");
        String read = screen.row(screen.rowContaining("Spring Boot"));
        assertThat(read).contains("*  2024-05-02");
    }

    @Test
    void theTreeMarksCategoriesWithTrianglesNotPlus() {
        start();
        press(key(KeyType.Tab), ch('j'), ch('j'), ch('j'));
        assertThat(screen.treeRow("新媒体")).contains("▸ 新媒体").doesNotContain("+");
        press(ch('l'));
        assertThat(screen.treeRow("新媒体")).contains("▾ 新媒体");
    }


    @Test
    void searchHitsShowTheUnreadAndStarMarks() {
        start();
        services.readState.setRead(TestPosts.id("a.md"), true);
        services.readState.setStarred(TestPosts.id("c.md"), true);
        press(ch('F'));
        press(typed("固件"));
        press(key(KeyType.Enter));
        controller.update(new ReaderEvent.Found("固件", List.of(hit("c.md", 2), hit("a.md", 0)), ""));
        screen.draw(state, view);
        assertThat(screen.row(screen.rowContaining("笔记本智能充电固件"))).contains("*+ 2024-05-01");
        String readRow = screen.row(screen.rowContaining("国产独立游戏"));
        assertThat(readRow).doesNotContain("*").contains("   2024-05-03");
    }

    private static SearchHit hit(String path, int index) {
        var post = TestPosts.sample().posts().get(index);
        return new SearchHit(post.path(), path, post.title(), post.date(), 1f, "……固件……", List.of(), List.of());
    }
}
