package newsreader.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import newsreader.post.PostMeta;
import newsreader.render.DateLabel;
import newsreader.text.CellWidth;
import org.junit.jupiter.api.Test;

/** Random keys, text and resizes at random sizes: nothing may throw, and the selection stays in range. */
class RandomKeysTest {
    private static final String KEYS = "hjklgGbqnNJKrAouR?/ 中文😀𠀋\uD840";
    private static final KeyType[] SPECIAL = {KeyType.ArrowUp, KeyType.ArrowDown, KeyType.ArrowLeft,
        KeyType.ArrowRight, KeyType.PageUp, KeyType.PageDown, KeyType.Home, KeyType.End, KeyType.Enter,
        KeyType.Tab, KeyType.Escape, KeyType.Backspace};

    @Test
    void randomSessionsNeverFail() {
        for (long seed = 1; seed <= 8; seed++) {
            runSession(seed);
        }
    }

    private void runSession(long seed) {
        Random random = new Random(seed);
        FakeServices services = new FakeServices();
        List<PostMeta> posts = new ArrayList<>(TestPosts.sample().posts());
        for (int i = 0; i < 40; i++) {
            posts.add(TestPosts.post("r" + i + ".md", "随机标题" + i + " 😀 title", i % 5 == 0 ? null : "2023-01-01T00:00:00Z",
                    "分类" + (i % 3), "子类" + (i % 4)));
        }
        services.bodies.put("a.md", "中文正文很长。".repeat(300) + "\n外婆\n" + "text ".repeat(200));
        CellWidth widths = new CellWidth(seed % 2 == 0 ? 1 : 2);
        ReaderState state = new ReaderState(TestPosts.library(posts));
        ReaderController controller = new ReaderController(state, services, widths);
        ReaderView view = new ReaderView(Theme.colour(), widths, new DateLabel(ZoneOffset.UTC));
        int columns = 1 + random.nextInt(140);
        int rows = 1 + random.nextInt(50);
        controller.resized(columns, rows);
        VirtualScreen screen = new VirtualScreen(columns, rows, widths);
        for (int step = 0; step < 300; step++) {
            try {
                if (random.nextInt(60) == 0) {
                    columns = 1 + random.nextInt(140);
                    rows = 1 + random.nextInt(50);
                    controller.resized(columns, rows);
                    screen = new VirtualScreen(columns, rows, widths);
                } else if (random.nextInt(80) == 0) {
                    controller.loaded(TestPosts.library(posts.subList(0, random.nextInt(posts.size()))));
                } else {
                    controller.key(randomKey(random));
                }
                if (state.quit) {
                    state.quit = false;
                }
                screen.draw(state, view);
            } catch (RuntimeException e) {
                throw new AssertionError("seed " + seed + ", step " + step + " at " + columns + "x" + rows, e);
            }
            assertThat(state.listSelection).isBetween(0, Math.max(0, state.listed.length - 1));
            if (state.article != null) {
                assertThat(state.article.top).isBetween(0, Math.max(0, state.article.lines.size() - 1));
            }
        }
    }

    private static KeyStroke randomKey(Random random) {
        if (random.nextInt(3) == 0) {
            return new KeyStroke(SPECIAL[random.nextInt(SPECIAL.length)]);
        }
        if (random.nextInt(10) == 0) {
            return new KeyStroke("dufbc".charAt(random.nextInt(5)), true, false);
        }
        return new KeyStroke(KEYS.charAt(random.nextInt(KEYS.length())), false, false);
    }
}
