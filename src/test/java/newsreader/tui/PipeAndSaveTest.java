package newsreader.tui;

import static newsreader.tui.Keys.ch;
import static newsreader.tui.Keys.key;
import static newsreader.tui.Keys.typed;
import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import newsreader.open.ScreenHandoff;
import newsreader.reading.Library;
import newsreader.text.CellWidth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code |} pipes the open article's text to a command; {@code S} saves it to a file. */
class PipeAndSaveTest {
    @TempDir
    Path scratch;

    private final FakeServices services = new FakeServices();
    private ReaderState state;
    private ReaderController controller;

    private void openArticle() {
        Library sample = TestPosts.library(List.of(
                TestPosts.post("2024/hans.md", "经济发展报告 $(touch x) 'q'", "2024-01-02T00:00:00Z", "新闻")));
        // The posts folder is the scratch folder's "posts", which must never be written to.
        state = new ReaderState(new Library(scratch.resolve("posts"), sample.posts(), List.of()));
        controller = new ReaderController(state, services, CellWidth.standard());
        controller.resized(100, 30);
        press(key(KeyType.Enter));
        assertThat(state.mode).isEqualTo(ReaderState.Mode.ARTICLE);
    }

    @Test
    void pipeAsksForACommandAndHandsTheLoopTheTextWithTheTitleOnlyInTheEnvironment() {
        openArticle();
        press(ch('|'));
        assertThat(state.prompt).isEqualTo(ReaderState.Prompt.PIPE);
        press(typed("wc -l"));
        press(key(KeyType.Enter));

        assertThat(state.prompt).isNull();
        ArticlePipe.Request pipe = state.pipe;
        assertThat(pipe.command()).isEqualTo("wc -l");
        assertThat(pipe.text()).isEqualTo(ArticleText.of(state.article)).contains("经济发展报告");
        assertThat(pipe.environment()).containsEntry("NEWSREADER_TITLE", "经济发展报告 $(touch x) 'q'")
                .containsEntry("NEWSREADER_PATH", TestPosts.ROOT.resolve("2024/hans.md").toString());
    }

    @Test
    void thePostsAddressOnTheWebIsPassedWhenItHasOne() {
        newsreader.post.PostMeta p = TestPosts.post("a.md", "标题", "2024-01-02T00:00:00Z", "新闻");
        newsreader.post.PostMeta withAddress = new newsreader.post.PostMeta(p.path(), p.relativePath(), p.title(),
                p.date(), p.rawDate(), p.updated(), p.categories(), p.tags(), p.author(), p.image(), p.format(),
                p.modified(), p.size(), Map.of("permalink", "https://example.org/a"));
        assertThat(ArticleText.environment(withAddress)).containsEntry("NEWSREADER_URL", "https://example.org/a");
        assertThat(ArticleText.environment(p)).doesNotContainKey("NEWSREADER_URL");
    }

    @Test
    void escapeCancelsThePromptAndKeysMeanWhatTheyMeantAgain() {
        openArticle();
        press(ch('|'));
        press(typed("less"));
        press(Keys.ctrl('z'));
        assertThat(state.suspend).isTrue();
        assertThat(state.promptInput.text()).isEqualTo("less");
        state.suspend = false;
        press(key(KeyType.Escape));
        assertThat(state.prompt).isNull();
        assertThat(state.pipe).isNull();
        assertThat(state.mode).isEqualTo(ReaderState.Mode.ARTICLE);
        press(ch('q'));
        assertThat(state.mode).isEqualTo(ReaderState.Mode.BROWSE);
    }

    @Test
    void theCommandRunsWithTheTextOnItsInputAndAFailureSaysItsExitStatus() throws Exception {
        Path lines = scratch.resolve("lines");
        Path environment = scratch.resolve("env");
        String text = "一\n二\n三\n";
        String said = ArticlePipe.run(new ArticlePipe.Request(
                "wc -l > '" + lines + "'; env > '" + environment + "'", text, Map.of("NEWSREADER_TITLE", "标题 \"x\"")),
                ScreenHandoff.NONE);
        assertThat(said).startsWith("Piped to");
        assertThat(Files.readString(lines).strip()).isEqualTo("3");
        assertThat(Files.readString(environment)).contains("NEWSREADER_TITLE=标题 \"x\"");

        assertThat(ArticlePipe.run(new ArticlePipe.Request("exit 3", text, Map.of()), ScreenHandoff.NONE))
                .isEqualTo("exit 3: exit 3");
        // A command that reads nothing of a long text does not hold the reader up.
        assertThat(ArticlePipe.run(new ArticlePipe.Request("true", "字".repeat(1_000_000), Map.of()),
                ScreenHandoff.NONE)).startsWith("Piped to");
    }

    @Test
    void saveOffersThePostsFileNameAndWritesThePlainText() throws Exception {
        openArticle();
        press(ch('S'));
        assertThat(state.prompt).isEqualTo(ReaderState.Prompt.SAVE);
        assertThat(state.promptInput.text()).isEqualTo("hans.txt");

        Path target = scratch.resolve("saved.txt");
        retype(target.toString());
        press(key(KeyType.Enter));

        assertThat(state.message).isEqualTo("Saved to " + target);
        assertThat(Files.readString(target, StandardCharsets.UTF_8)).isEqualTo(ArticleText.of(state.article))
                .contains("经济发展报告");
    }

    @Test
    void saveAsksBeforeWritingOverAFileAndOnlyYesWritesIt() throws Exception {
        openArticle();
        Path target = scratch.resolve("kept.txt");
        Files.writeString(target, "mine");

        saveTo(target.toString());
        assertThat(state.overwriteAsked).isNotNull();
        press(ch('n'));
        assertThat(state.message).isEqualTo("Not saved");
        assertThat(Files.readString(target)).isEqualTo("mine");

        saveTo(target.toString());
        press(ch('y'));
        assertThat(state.message).isEqualTo("Saved to " + target);
        assertThat(Files.readString(target)).contains("经济发展报告");
    }

    @Test
    void saveRefusesThePostsFolder() throws Exception {
        openArticle();
        Path posts = Files.createDirectories(scratch.resolve("posts"));
        saveTo(posts.resolve("copy.txt").toString());
        assertThat(state.message).contains("posts folder").contains("never writes");
        assertThat(Files.exists(posts.resolve("copy.txt"))).isFalse();

        // Nor through a way round it.
        Files.createDirectories(scratch.resolve("elsewhere"));
        saveTo(scratch.resolve("elsewhere/../posts/copy.txt").toString());
        assertThat(Files.exists(posts.resolve("copy.txt"))).isFalse();
    }

    @Test
    void saveSaysWhyItFailed() {
        openArticle();
        saveTo(scratch.resolve("no/such/folder.txt").toString());
        assertThat(state.message).startsWith("Cannot save to").contains("no such folder");
    }

    @Test
    void tabCompletesThePathAsFarAsTheNamesAgree() throws Exception {
        Files.createDirectories(scratch.resolve("notes"));
        Files.writeString(scratch.resolve("report-2024.txt"), "");
        Files.writeString(scratch.resolve("report-2025.txt"), "");
        openArticle();
        press(ch('S'));
        retype(scratch + "/no");
        press(key(KeyType.Tab));
        assertThat(state.promptInput.text()).isEqualTo(scratch + "/notes/");
        retype(scratch + "/rep");
        press(key(KeyType.Tab));
        assertThat(state.promptInput.text()).isEqualTo(scratch + "/report-202");
    }

    private void saveTo(String path) {
        press(ch('S'));
        retype(path);
        press(key(KeyType.Enter));
    }

    private void retype(String text) {
        while (!state.promptInput.isEmpty()) {
            press(key(KeyType.Backspace));
        }
        press(typed(text));
    }

    private void press(KeyStroke... keys) {
        for (KeyStroke k : keys) {
            controller.key(k);
        }
    }
}
