package newsreader.tui;

import static newsreader.tui.Keys.ch;
import static newsreader.tui.Keys.key;
import static newsreader.tui.Keys.typed;
import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import newsreader.config.InterfaceLanguage;
import newsreader.messages.Messages;
import newsreader.reading.ChineseScript;
import newsreader.search.Highlight;
import newsreader.search.HighlightedText;
import newsreader.text.CellWidth;
import org.junit.jupiter.api.Test;

/** {@code C} switches the script Chinese is shown in; filters and article searches find either script. */
class ChineseScriptKeyTest {
    private static final long DEADLINE_SECONDS = 60;
    private final FakeServices services = new FakeServices();
    private ReaderState state;
    private ReaderController controller;

    private void start() {
        state = new ReaderState(TestPosts.library(List.of(
                TestPosts.post("hans.md", "经济发展报告", "2024-01-02T00:00:00Z", "新闻"),
                TestPosts.post("hant.md", "頭髮護理", "2024-01-01T00:00:00Z", "生活"),
                TestPosts.post("other.md", "天气", "2023-12-31T00:00:00Z", "新闻"))));
        controller = new ReaderController(state, services, CellWidth.standard());
        controller.resized(100, 30);
    }

    @Test
    void cCyclesTheScriptsAndLaysTheOpenArticleOutAgainInTheNewOne() {
        start();
        press(key(KeyType.Enter));
        assertThat(state.article.lines.get(0).text()).isEqualTo("经济发展报告");

        press(ch('C'));
        assertThat(state.script).isSameAs(ChineseScript.SIMPLIFIED);
        assertThat(state.message).isEqualTo("Chinese: simplified");
        press(ch('C'));
        assertThat(state.script).isSameAs(ChineseScript.TRADITIONAL);
        assertThat(services.layoutScripts).endsWith(ChineseScript.TRADITIONAL);
        assertThat(state.article.lines.get(0).text()).isEqualTo("經濟發展報告");
        assertThat(state.mode).isEqualTo(ReaderState.Mode.ARTICLE);

        press(ch('C'));
        assertThat(state.script).isSameAs(ChineseScript.ORIGINAL);
        assertThat(state.article.lines.get(0).text()).isEqualTo("经济发展报告");
    }

    @Test
    void aPostOpenedAfterTheSwitchIsLaidOutInTheChosenScript() {
        start();
        press(ch('C'), ch('C'));
        press(key(KeyType.Enter));
        assertThat(services.layoutScripts).containsOnly(ChineseScript.TRADITIONAL);
        assertThat(state.article.lines.get(0).text()).isEqualTo("經濟發展報告");
    }

    @Test
    void theTitleFilterFindsEitherScript() {
        start();
        press(ch('/'));
        press(typed("發展"));
        assertThat(listed()).containsExactly("hans.md");
        press(key(KeyType.Escape));
        press(ch('/'));
        press(typed("头发"));
        assertThat(listed()).containsExactly("hant.md");
    }

    @Test
    void theKeyAnswersAtOnceAndTheConverterIsBuiltOffTheScreensThread() throws Exception {
        state = new ReaderState(TestPosts.library(List.of(
                TestPosts.post("hans.md", "经济发展报告", "2024-01-02T00:00:00Z", "新闻"))));
        BlockingQueue<ReaderEvent> answers = new LinkedBlockingQueue<>();
        List<String> builtOn = new CopyOnWriteArrayList<>();
        try (EffectRunner runner = EffectRunner.inBackground(services, event -> {
            builtOn.add(Thread.currentThread().getName());
            answers.add(event);
        }); var simplified = Messages.speaking(InterfaceLanguage.SIMPLIFIED_CHINESE)) {
            controller = new ReaderController(state, services, CellWidth.standard(), runner);
            controller.resized(100, 30);

            press(ch('C'));
            assertThat(state.message).as("the status line says the choice at once").isEqualTo("中文：简体");
            assertThat(state.script).as("the key did not wait for the converter").isSameAs(ChineseScript.ORIGINAL);
            press(ch('C'));
            assertThat(state.message).isEqualTo("中文：繁体");

            ReaderEvent first = answers.poll(DEADLINE_SECONDS, TimeUnit.SECONDS);
            assertThat(first).isEqualTo(new ReaderEvent.ScriptReady(ChineseScript.SIMPLIFIED));
            controller.update(first);
            assertThat(state.script).as("a script chosen and then passed over is not shown")
                    .isSameAs(ChineseScript.ORIGINAL);
            ReaderEvent second = answers.poll(DEADLINE_SECONDS, TimeUnit.SECONDS);
            controller.update(second);
            assertThat(state.script).isSameAs(ChineseScript.TRADITIONAL);
            assertThat(builtOn).as("built on the effects' thread").containsOnly("newsreader-effects");

            press(ch('C'));
            assertThat(state.script).as("as written needs no converter").isSameAs(ChineseScript.ORIGINAL);
            assertThat(state.message).isEqualTo("中文：按原文");
        }
    }

    @Test
    void aHitsMarksStayOnTheCharactersTheyMarkedAfterConversion() {
        // 勣 becomes a character outside the Basic Multilingual Plane in Simplified: one UTF-16 unit longer.
        HighlightedText shown = new HighlightedText("張勣發展報告", List.of(new Highlight(2, 4)))
                .converted(ChineseScript.SIMPLIFIED::convert);
        assertThat(shown.text()).isEqualTo("张" + new String(Character.toChars(0x2A7DD)) + "发展报告");
        Highlight moved = shown.highlights().get(0);
        assertThat(shown.text().substring(moved.start(), moved.end())).isEqualTo("发展");

        HighlightedText original = new HighlightedText("發展", List.of(new Highlight(0, 2)))
                .converted(ChineseScript.ORIGINAL::convert);
        assertThat(original.text()).isEqualTo("發展");
    }

    private void press(com.googlecode.lanterna.input.KeyStroke... keys) {
        for (var k : keys) {
            controller.key(k);
        }
    }

    private List<String> listed() {
        List<String> ids = new java.util.ArrayList<>();
        for (int i : state.listed) {
            ids.add(state.library.posts().get(i).relativePath());
        }
        return ids;
    }
}
