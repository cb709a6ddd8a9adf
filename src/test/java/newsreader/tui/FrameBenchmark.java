package newsreader.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import newsreader.post.PostMeta;
import newsreader.render.DateLabel;
import newsreader.text.CellWidth;

/**
 * Key-to-frame time (a benchmark, not a test): one key applied to the state, the whole screen drawn and refreshed
 * through Lanterna's screen into its virtual terminal, while scrolling a 10,000-post list and a long article.
 * Run: {@code java -cp <test class path> newsreader.tui.FrameBenchmark}; {@code --by-title} times only the filter
 * keystrokes on a list sorted by title.
 */
public final class FrameBenchmark {
    private FrameBenchmark() {
    }

    public static void main(String[] args) {
        filteringSortedByTitle(10_000);
        filteringSortedByTitle(100_000);
        if (Arrays.asList(args).contains("--by-title")) {
            return;
        }
        if (Arrays.asList(args).contains("--lists")) {
            listsArriving(100_000);
            return;
        }
        archiveScale(100_000);
        List<PostMeta> posts = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            posts.add(TestPosts.post("p" + i + ".md", "第" + i + "篇：国产独立游戏《雾港来信》宣布跳票 Spring Boot 😀",
                    "2024-01-01T00:00:00Z", "新媒体", "cnBeta", i % 2 == 0 ? "最新" : "热门"));
        }
        FakeServices services = new FakeServices();
        services.bodies.put("p0.md", "据外媒报道，星河电脑本周为多款轻薄笔记本推送了新版固件，加入了名为“智能充电”的电池管理功能。\n".repeat(2000));
        ReaderState state = new ReaderState(TestPosts.library(posts));
        CellWidth widths = CellWidth.standard();
        ReaderController controller = new ReaderController(state, services, widths);
        controller.resized(160, 50);
        VirtualScreen screen = new VirtualScreen(160, 50, widths);
        ReaderView view = new ReaderView(Theme.colour(), widths, new DateLabel(ZoneOffset.UTC));

        report("list, j x2000", measure(controller, screen, view, state, new KeyStroke('j', false, false), 2000));
        controller.key(new KeyStroke('g', false, false));
        controller.key(new KeyStroke(KeyType.Enter));
        report("article (" + state.article.lines.size() + " lines), j x2000",
                measure(controller, screen, view, state, new KeyStroke('j', false, false), 2000));
        report("article, Space x500", measure(controller, screen, view, state, new KeyStroke(' ', false, false), 500));
    }

    /** Building the tree and list for a big archive, and filtering it as one types. */
    private static void archiveScale(int count) {
        List<PostMeta> posts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            posts.add(TestPosts.post("p" + i + ".md", "第" + i + "篇：国产独立游戏《雾港来信》宣布跳票",
                    "2024-01-01T00:00:00Z", "新媒体", "feed" + (i % 50), i % 2 == 0 ? "最新" : "热门"));
        }
        for (int round = 0; round < 3; round++) {
            long start = System.nanoTime();
            ReaderState state = new ReaderState(TestPosts.library(posts));
            ReaderController controller = new ReaderController(state, new FakeServices(), CellWidth.standard());
            controller.resized(160, 50);
            long built = System.nanoTime();
            controller.key(new KeyStroke('/', false, false));
            for (char c : "99篇".toCharArray()) {
                controller.key(new KeyStroke(c, false, false));
            }
            long filtered = System.nanoTime();
            System.out.printf("%d posts: state and tree %.1f ms, 4 filter keystrokes %.1f ms (%d listed)%n", count,
                    (built - start) / 1e6, (filtered - built) / 1e6, state.listed.length);
        }
    }

    /**
     * What the screen's thread does when a scan hands it a new list while the folder streams in: the state takes
     * the list (its category tree built beforehand, as the reader's scan thread does, or on the spot) and the whole
     * screen is drawn. A key that comes meanwhile waits for all of it.
     */
    private static void listsArriving(int count) {
        List<PostMeta> posts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            posts.add(TestPosts.post("p" + i + ".md", "第" + i + "篇：国产独立游戏《雾港来信》宣布跳票",
                    "2024-01-01T00:00:00Z", "新媒体", "feed" + (i % 50), i % 2 == 0 ? "最新" : "热门"));
        }
        CellWidth widths = CellWidth.standard();
        VirtualScreen screen = new VirtualScreen(160, 50, widths);
        ReaderView view = new ReaderView(Theme.colour(), widths, new DateLabel(ZoneOffset.UTC));
        int rounds = 9;
        long[] tree = new long[rounds - 1];
        long[] taken = new long[rounds - 1];
        long[] drawn = new long[rounds - 1];
        for (int round = 0; round < rounds; round++) {
            ReaderState state = new ReaderState(TestPosts.library(posts.subList(0, count / 2)));
            ReaderController controller = new ReaderController(state, new FakeServices(), widths);
            controller.resized(160, 50);
            screen.draw(state, view);
            newsreader.reading.Library library = TestPosts.library(posts);
            long start = System.nanoTime();
            CategoryTree built = CategoryTree.of(library);
            long treeDone = System.nanoTime();
            controller.loaded(library, "loading", built);
            long takenDone = System.nanoTime();
            screen.draw(state, view);
            long drawnDone = System.nanoTime();
            if (round > 0) { // the first round warms up
                tree[round - 1] = treeDone - start;
                taken[round - 1] = takenDone - treeDone;
                drawn[round - 1] = drawnDone - takenDone;
            }
        }
        report(count + " posts arrive: tree built", tree);
        report(count + " posts arrive: state takes the list", taken);
        report(count + " posts arrive: screen drawn", drawn);
    }

    /**
     * Typing a title filter and taking it back with Backspace while the list is sorted by title: each keystroke
     * changes only which rows are listed, never their order.
     */
    private static void filteringSortedByTitle(int count) {
        List<PostMeta> posts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            posts.add(TestPosts.post("p" + i + ".md", "第" + (i * 7919 % count) + "篇：国产独立游戏《雾港来信》宣布跳票",
                    "2024-01-01T00:00:00Z", "新媒体", "feed" + (i % 50), i % 2 == 0 ? "最新" : "热门"));
        }
        String[] names = {"9", "99", "99篇", "Backspace", "Backspace", "Backspace (no filter)"};
        KeyStroke[] typing = {new KeyStroke('9', false, false), new KeyStroke('9', false, false),
                new KeyStroke('篇', false, false), new KeyStroke(KeyType.Backspace), new KeyStroke(KeyType.Backspace),
                new KeyStroke(KeyType.Backspace)};
        int rounds = 7;
        long[][] nanos = new long[typing.length][rounds - 1];
        for (int round = 0; round < rounds; round++) {
            ReaderState state = new ReaderState(TestPosts.library(posts));
            ReaderController controller = new ReaderController(state, new FakeServices(), CellWidth.standard());
            controller.resized(160, 50);
            while (state.listChoice.order() != newsreader.reading.ListOrder.TITLE) {
                controller.key(new KeyStroke('O', false, false)); // the list is sorted before the filter is typed
            }
            controller.key(new KeyStroke('/', false, false));
            for (int k = 0; k < typing.length; k++) {
                long start = System.nanoTime();
                controller.key(typing[k]);
                if (round > 0) { // the first round warms up
                    nanos[k][round - 1] = System.nanoTime() - start;
                }
            }
        }
        for (int k = 0; k < typing.length; k++) {
            report(count + " by title, /" + names[k], nanos[k]);
        }
    }

    private static long[] measure(ReaderController controller, VirtualScreen screen, ReaderView view, ReaderState state,
                                  KeyStroke key, int frames) {
        for (int i = 0; i < 200; i++) {
            controller.key(key);
            screen.draw(state, view);
        }
        controller.key(new KeyStroke('g', false, false));
        long[] nanos = new long[frames];
        for (int i = 0; i < frames; i++) {
            long start = System.nanoTime();
            controller.key(key);
            screen.draw(state, view);
            nanos[i] = System.nanoTime() - start;
        }
        return nanos;
    }

    private static void report(String what, long[] nanos) {
        Arrays.sort(nanos);
        System.out.printf("%-40s median %.2f ms, p99 %.2f ms, max %.2f ms%n", what,
                nanos[nanos.length / 2] / 1e6, nanos[(int) (nanos.length * 0.99)] / 1e6, nanos[nanos.length - 1] / 1e6);
    }
}
