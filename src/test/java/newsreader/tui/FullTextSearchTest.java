package newsreader.tui;

import static newsreader.tui.Keys.ch;
import static newsreader.tui.Keys.ctrl;
import static newsreader.tui.Keys.key;
import static newsreader.tui.Keys.typed;
import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import newsreader.render.DateLabel;
import newsreader.search.Highlight;
import newsreader.search.SearchHit;
import newsreader.text.CellWidth;
import org.junit.jupiter.api.Test;

/** F (or Ctrl-t after /) searches titles and bodies; the hits take the list pane until left. */
class FullTextSearchTest {
    private final FakeServices services = new FakeServices();
    private ReaderState state;
    private ReaderController controller;
    private VirtualScreen screen;
    private ReaderView view;

    private void start() {
        state = new ReaderState(TestPosts.sample());
        controller = new ReaderController(state, services, CellWidth.standard());
        controller.resized(100, 30);
        screen = new VirtualScreen(100, 30, CellWidth.standard());
        view = new ReaderView(Theme.colour(), CellWidth.standard(), new DateLabel(ZoneOffset.UTC));
    }

    private void press(KeyStroke... keys) {
        for (KeyStroke k : keys) {
            controller.key(k);
        }
        screen.draw(state, view);
    }

    /** A hit on the sample's c.md whose snippet holds the word, highlighted. */
    private static SearchHit hitOnC() {
        String snippet = "……星河电脑推送了新版芯片固件，电池寿命……";
        int at = snippet.indexOf("芯片");
        return new SearchHit(TestPosts.ROOT.resolve("c.md"), "c.md", TestPosts.sample().posts().get(2).title(),
                Instant.parse("2024-05-01T00:00:00Z"), 3.5f, snippet, List.of(new Highlight(at, at + 2)), List.of());
    }

    @Test
    void capitalFAsksForAQueryAndEnterSearchesInTheBackground() {
        start();
        press(ch('F'));
        assertThat(screen.row(29)).contains("Search all text: ");
        press(typed("芯片"));
        assertThat(services.searches).isEmpty();
        assertThat(state.listed).hasSize(5);
        press(key(KeyType.Enter));
        assertThat(services.searches).containsExactly("芯片");
        assertThat(screen.screenText()).contains("Searching all text for 芯片");
    }

    @Test
    void hitsShowTitleAndSnippetWithTheMatchColouredAndEnterOpensThePost() {
        start();
        press(ch('F'), typed("芯片")[0], typed("芯片")[1], key(KeyType.Enter));
        controller.update(new ReaderEvent.Found("芯片", List.of(hitOnC()), ""));
        screen.draw(state, view);
        int titleRow = screen.rowContaining(hitOnC().title());
        assertThat(titleRow).isNotNegative();
        assertThat(screen.row(titleRow + 1)).contains("星河电脑推送了新版芯片固件");
        int x = screen.columnOf("芯片", titleRow + 1);
        assertThat(screen.cell(x, titleRow + 1).getBackgroundColor()).isEqualTo(TextColor.ANSI.YELLOW_BRIGHT);
        assertThat(screen.row(29)).contains("1/1  all text: 芯片");
        assertThat(state.message).isEqualTo("1 post");

        press(key(KeyType.Enter));
        assertThat(state.mode).isEqualTo(ReaderState.Mode.ARTICLE);
        assertThat(state.article.meta.relativePath()).isEqualTo("c.md");
        assertThat(state.article.search).isEqualTo("芯片");

        press(ch('q'));
        assertThat(screen.screenText()).contains("星河电脑推送了新版芯片固件");
        press(ch('q'));
        assertThat(state.results).isNull();
        assertThat(state.quit).isFalse();
        assertThat(screen.screenText()).contains("Spring Boot");
    }

    /** A hit on one of the sample's posts, with or without its snippet made yet. */
    private static SearchHit hitOn(int post, String snippet) {
        var meta = TestPosts.sample().posts().get(post);
        return new SearchHit(meta.path(), meta.relativePath(), meta.title(), meta.date(), 1f, snippet, List.of(), List.of());
    }

    @Test
    void theRestOfTheHitsAndTheirSnippetsArriveLaterWithoutMovingTheSelection() {
        start();
        press(ch('F'), ch('a'), key(KeyType.Enter));
        controller.update(new ReaderEvent.Found("a", List.of(hitOn(0, "first snippet"), hitOn(1, "second snippet")), ""));
        assertThat(state.message).isEqualTo("2 posts");

        List<SearchHit> all = List.of(hitOn(0, "first snippet"), hitOn(1, "second snippet"), hitOn(2, ""), hitOn(3, ""));
        controller.update(new ReaderEvent.MoreHits("a", all));
        assertThat(state.message).isEqualTo("4 posts");
        press(ch('j'));
        assertThat(state.results.selection).isEqualTo(1);
        assertThat(screen.row(29)).contains("2/4");
        assertThat(screen.screenText()).contains(hitOn(3, "").title()).doesNotContain("fourth snippet");

        controller.update(new ReaderEvent.MoreHits("a", List.of(all.get(0), all.get(1), hitOn(2, "third snippet"), hitOn(3, "fourth snippet"))));
        screen.draw(state, view);
        assertThat(screen.screenText()).contains("fourth snippet");
        assertThat(state.results.selection).isEqualTo(1);

        controller.update(new ReaderEvent.MoreHits("b", List.of()));
        assertThat(state.results.hits).as("hits of another query change nothing").hasSize(4);
    }

    @Test
    void anAnswerToAnOlderQueryIsDropped() {
        start();
        press(ch('F'), ch('a'), key(KeyType.Enter), ch('F'), ch('b'), key(KeyType.Enter));
        controller.update(new ReaderEvent.Found("a", List.of(hitOnC()), ""));
        assertThat(state.results.hits).isEmpty();
        assertThat(state.results.searching).isTrue();
    }

    @Test
    void ctrlTInTheTitleFilterSwitchesToAllTextKeepingWhatWasTyped() {
        start();
        press(ch('/'), ch('笔'));
        assertThat(state.listed).hasSize(1);
        assertThat(screen.row(29)).contains("Ctrl-t: all text");
        press(ctrl('t'));
        assertThat(state.promptAllText).isTrue();
        assertThat(state.listed).as("the title filter is lifted").hasSize(5);
        press(key(KeyType.Enter));
        assertThat(services.searches).containsExactly("笔");
    }

    @Test
    void theStatusLineSaysHowFarTheIndexIsWhileTheReaderStaysUsable() {
        start();
        controller.update(new ReaderEvent.SearchIndexing(40, 100));
        press(ch('j'));
        assertThat(screen.row(29)).contains("search index: 40%");
        assertThat(state.listSelection).isEqualTo(1);
        controller.update(new ReaderEvent.SearchIndexing(0, -1));
        screen.draw(state, view);
        assertThat(screen.row(29)).doesNotContain("search index");
    }

    @Test
    void theHelpNamesTheKey() {
        assertThat(KeyBindings.help()).anySatisfy(line -> assertThat(line.keys()).startsWith("F"));
    }
}
