package newsreader.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import newsreader.config.Settings;
import newsreader.post.BodyFormat;
import newsreader.post.PostMeta;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ListChoiceTest {
    private static final Path ROOT = Path.of("/posts");

    private static PostMeta post(String name, String title, String date, String... category) {
        return new PostMeta(ROOT.resolve(name), name, title, date == null ? null : Instant.parse(date), date, null,
                List.of(Arrays.asList(category)), List.of(), null, null, BodyFormat.MARKDOWN, 0L, 10L, Map.of());
    }

    /** Newest first, as a folder's library holds them. */
    private final List<PostMeta> posts = List.of(
            post("a.md", "雾港来信", "2024-05-03T10:00:00Z", "新媒体", "cnBeta"),
            post("b.md", "Spring Boot", "2024-05-02T10:00:00Z", "编程"),
            post("c.md", "充电固件", "2024-05-01T10:00:00Z", "新媒体", "cnBeta"),
            post("d.md", "安全公告", "2024-04-30T10:00:00Z", "安全"),
            post("e.md", "没有日期", null, "随笔"));
    private final Library library = new Library(ROOT, posts, List.of());
    private final ReadState marks = ReadState.inMemory();

    private List<String> names(int[] rows) {
        List<String> names = new ArrayList<>();
        for (int row : rows) {
            names.add(posts.get(row).relativePath());
        }
        return names;
    }

    private List<String> listed(ListChoice choice) {
        return names(choice.apply(library, new int[] {0, 1, 2, 3, 4}, marks));
    }

    @Test
    void eachOrderSortsTheRows() {
        assertThat(listed(new ListChoice(ListOrder.NEWEST, false))).containsExactly("a.md", "b.md", "c.md", "d.md", "e.md");
        assertThat(listed(new ListChoice(ListOrder.OLDEST, false))).containsExactly("d.md", "c.md", "b.md", "a.md", "e.md");
        // 安全 ān, 编程 biān, 随笔 suí, 新媒体 xīn; newest first within one source.
        assertThat(listed(new ListChoice(ListOrder.SOURCE, false))).containsExactly("d.md", "b.md", "e.md", "a.md", "c.md");
        // 安全 ān, 充电 chōng, 没有 méi, 雾港 wù, then Latin.
        assertThat(listed(new ListChoice(ListOrder.TITLE, false))).containsExactly("d.md", "c.md", "e.md", "a.md", "b.md");
    }

    @Test
    void unreadOnlyLeavesReadPostsOut() {
        marks.setRead(library.idAt(1), true);
        marks.setRead(library.idAt(3), true);
        assertThat(listed(new ListChoice(ListOrder.NEWEST, true))).containsExactly("a.md", "c.md", "e.md");
        assertThat(listed(new ListChoice(ListOrder.OLDEST, true))).containsExactly("c.md", "a.md", "e.md");
        assertThat(new ListChoice(ListOrder.OLDEST, true).apply(posts, marks)).extracting(PostMeta::relativePath)
                .as("a list of posts, as line mode has").containsExactly("c.md", "a.md", "e.md");
    }

    @Test
    void keepingRowsLeavesTheirOrderAlone() {
        marks.setRead(library.idAt(2), true);
        ListChoice choice = new ListChoice(ListOrder.TITLE, true);
        int[] ordered = choice.ordered(library, new int[] {4, 3, 2, 1, 0});
        assertThat(names(ordered)).as("every post, read or not").containsExactly("d.md", "c.md", "e.md", "a.md", "b.md");
        assertThat(names(choice.keep(library, ordered, marks))).containsExactly("d.md", "e.md", "a.md", "b.md");
        int[] filtered = {ordered[4], ordered[1], ordered[0]};
        assertThat(names(choice.keep(library, filtered, marks))).as("rows are kept in the order they come in")
                .containsExactly("b.md", "d.md");
    }

    @Test
    void candidatesInAnyOrderGiveTheSameRows() {
        int[] shuffled = {3, 0, 4, 2, 1};
        for (ListOrder order : ListOrder.values()) {
            ListChoice choice = new ListChoice(order, false);
            assertThat(names(choice.apply(library, shuffled, marks))).as(order.name()).isEqualTo(listed(choice));
            int[] sorted = choice.apply(library, new int[] {0, 1, 2, 3, 4}, marks);
            assertThat(names(choice.apply(library, sorted, marks))).as("%s applied twice", order).isEqualTo(listed(choice));
        }
    }

    @Test
    void onlyTheCandidatesAreListed() {
        assertThat(names(new ListChoice(ListOrder.TITLE, false).apply(library, new int[] {0, 2}, marks)))
                .containsExactly("c.md", "a.md");
    }

    @Test
    void theOrdersAreTheNamesTheConfigAccepts() {
        assertThat(Arrays.stream(ListOrder.values()).map(ListOrder::settingName)).containsExactlyElementsOf(Settings.SORT_NAMES);
        assertThat(ListOrder.named(" Oldest ")).isEqualTo(ListOrder.OLDEST);
        assertThat(ListOrder.named("random")).isNull();
        assertThat(ListOrder.TITLE.next()).isEqualTo(ListOrder.NEWEST);
        assertThat(Reading.listChoice(Settings.defaults())).isEqualTo(ListChoice.defaults());
    }

    @Test
    void aRememberedChoiceWinsOverTheConfiguredOneAndJunkIsIgnored(@TempDir Path state) throws IOException {
        ListChoiceFile file = new ListChoiceFile(state.resolve("newsreader"));
        ListChoice configured = new ListChoice(ListOrder.SOURCE, false);
        assertThat(file.load(configured)).as("nothing remembered yet").isEqualTo(configured);
        assertThat(file.save(new ListChoice(ListOrder.TITLE, true))).isEmpty();
        assertThat(file.load(configured)).isEqualTo(new ListChoice(ListOrder.TITLE, true));
        try (var files = Files.list(file.file().getParent())) {
            assertThat(files).as("no temporary file left").containsExactly(file.file());
        }

        Files.writeString(file.file(), "sort: sideways\nunread-only: perhaps\nnonsense\n", StandardCharsets.UTF_8);
        assertThat(file.load(configured)).isEqualTo(configured);
    }

    @Test
    void aChoiceThatCannotBeRememberedSaysWhy(@TempDir Path state) throws IOException {
        Path notAFolder = Files.writeString(state.resolve("file"), "x");
        assertThat(new ListChoiceFile(notAFolder).save(ListChoice.defaults())).get().asString()
                .startsWith("list choice not remembered");
    }
}
