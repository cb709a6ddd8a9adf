package newsreader.tui;

import static newsreader.tui.Keys.ch;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import newsreader.post.PostMeta;
import newsreader.reading.Library;
import newsreader.render.DateLabel;
import newsreader.text.CellWidth;
import org.junit.jupiter.api.Test;

/**
 * The list keeps the text of the rows it drew lately: a post that changed under the same path (the watcher's new
 * list) shows what it says now, and a narrower list cuts its titles anew.
 */
class ListViewRowsTest {
    private final FakeServices services = new FakeServices();
    private final ReaderView view = new ReaderView(Theme.colour(), CellWidth.standard(), new DateLabel(ZoneOffset.UTC));

    private static Library posts(String firstTitle) {
        List<PostMeta> posts = new ArrayList<>();
        posts.add(TestPosts.post("a.md", firstTitle, "2024-05-03T10:00:00Z", "新媒体"));
        posts.add(TestPosts.post("b.md", "Spring Boot startup", "2024-05-02T10:00:00Z", "编程"));
        return TestPosts.library(posts);
    }

    @Test
    void aPostThatChangedUnderTheSamePathShowsItsNewTitle() {
        ReaderState state = new ReaderState(posts("雾港来信宣布跳票"));
        ReaderController controller = new ReaderController(state, services, CellWidth.standard());
        controller.resized(120, 30);
        VirtualScreen screen = new VirtualScreen(120, 30, CellWidth.standard());
        screen.draw(state, view);
        assertThat(screen.screenText()).contains("雾港来信宣布跳票");

        controller.loaded(posts("雾港来信正式发售"));
        screen.draw(state, view);
        assertThat(screen.screenText()).contains("雾港来信正式发售").doesNotContain("宣布跳票");
        assertThat(screen.screenText()).contains("Spring Boot startup");
    }

    @Test
    void aNarrowerListCutsItsTitlesAgain() {
        String title = "据外媒报道星河电脑本周为多款轻薄笔记本推送了新版固件加入了名为智能充电的电池管理功能";
        ReaderState state = new ReaderState(posts(title));
        ReaderController controller = new ReaderController(state, services, CellWidth.standard());
        controller.resized(200, 30);
        VirtualScreen wide = new VirtualScreen(200, 30, CellWidth.standard());
        wide.draw(state, view);
        assertThat(wide.screenText()).contains(title);

        controller.resized(100, 30);
        VirtualScreen narrow = new VirtualScreen(100, 30, CellWidth.standard());
        narrow.draw(state, view);
        assertThat(narrow.screenText()).doesNotContain(title).contains("据外媒报道");
        assertThat(narrow.row(narrow.rowContaining("据外媒报道"))).contains("…");
        controller.key(ch('j'));
        narrow.draw(state, view);
        assertThat(narrow.screenText()).contains("Spring Boot startup");
    }
}
