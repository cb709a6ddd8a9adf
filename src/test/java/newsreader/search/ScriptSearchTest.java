package newsreader.search;

import static newsreader.search.OpenIndex.paths;
import static newsreader.search.PostFolder.day;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Simplified and Traditional Chinese are one language to search: either script finds both, marked as written, words
 * the scripts write with other characters ({@code 甚麼} and {@code 什么}, {@code 計畫} and {@code 计划}) included.
 */
class ScriptSearchTest {
    @TempDir
    static Path scratch;

    private static SearchIndex index;

    @BeforeAll
    static void indexPosts() {
        PostFolder posts = new PostFolder(scratch.resolve("posts"));
        posts.write("hans.md", "经济发展报告", day(1), "<p>今年经济发展平稳，头发也没少。</p>");
        posts.write("hant.md", "經濟發展報告", day(2), "<p>今年經濟發展平穩，頭髮也沒少。</p>");
        posts.write("mixed.md", "两岸", day(3), "<p>台湾的朋友写「發展」，大陆写「发展」。</p>");
        posts.write("rare.md", "人名", day(4), "<p>他叫張勣業，是位工程师。</p>");
        posts.write("other.md", "天气", day(5), "<p>明天出发去北京。</p>");
        posts.write("words-hans.md", "为什么要做计划", day(6), "<p>你为什么不先写一份计划？</p>");
        posts.write("words-hant.md", "為甚麼要做計畫", day(7), "<p>你為甚麼不先寫一份計畫？</p>");
        posts.write("words-alone.md", "甚至", day(8), "<p>甚至连画也没有。</p>");
        index = OpenIndex.open(posts.root(), scratch.resolve("cache"));
        OpenIndex.update(index, posts.scan());
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    private static List<String> marked(String text, List<Highlight> highlights) {
        return highlights.stream().map(h -> text.substring(h.start(), h.end())).toList();
    }

    @Test
    void traditionalAndSimplifiedQueriesFindTheSamePosts() {
        List<String> simplified = paths(index, "发展");
        assertThat(simplified).containsExactlyInAnyOrder("hans.md", "hant.md", "mixed.md");
        assertThat(paths(index, "發展")).containsExactlyInAnyOrderElementsOf(simplified);
        assertThat(paths(index, "發展")).containsExactlyInAnyOrderElementsOf(simplified);
        assertThat(paths(index, "頭髮")).containsExactlyInAnyOrder("hans.md", "hant.md");
        assertThat(paths(index, "经济發展")).containsExactlyInAnyOrder("hans.md", "hant.md");
        assertThat(paths(index, "title:報告")).containsExactlyInAnyOrder("hans.md", "hant.md");
    }

    @Test
    void oneCharacterFindsItsOtherFormAndNothingElse() {
        assertThat(paths(index, "發")).containsExactlyInAnyOrder("hans.md", "hant.md", "mixed.md", "other.md");
        assertThat(paths(index, "髮")).containsExactlyInAnyOrder("hans.md", "hant.md", "mixed.md", "other.md");
        assertThat(paths(index, "濟")).containsExactlyInAnyOrder("hans.md", "hant.md");
    }

    @Test
    void highlightsMarkTheCharactersAsTheyAreWritten() {
        SearchHit traditional = hit("hant.md", "发展");
        assertThat(marked(traditional.title(), traditional.titleHighlights())).containsExactly("發展");
        assertThat(marked(traditional.snippet(), traditional.highlights())).containsExactly("發展");

        SearchHit simplified = hit("hans.md", "發展");
        assertThat(marked(simplified.title(), simplified.titleHighlights())).containsExactly("发展");

        SearchHit mixed = hit("mixed.md", "發展");
        assertThat(marked(mixed.snippet(), mixed.highlights())).containsExactly("發展", "发展");
    }

    @Test
    void aCharacterWhoseSimplifiedFormIsOutsideTheBasicPlaneIsFoundAndMarkedWhole() {
        // 勣 folds to U+2A7DD, two UTF-16 units for one: the offsets must still be those of the original.
        String simplified = new String(Character.toChars(0x2A7DD));
        assertThat(paths(index, "張勣業")).containsExactly("rare.md");
        assertThat(paths(index, "张" + simplified + "业")).containsExactly("rare.md");
        SearchHit hit = hit("rare.md", simplified + "业");
        assertThat(marked(hit.snippet(), hit.highlights())).containsExactly("勣業");
    }

    @Test
    void wordsWrittenWithOtherCharactersFindEachOther() {
        assertThat(paths(index, "什么")).containsExactlyInAnyOrder("words-hans.md", "words-hant.md");
        assertThat(paths(index, "甚麼")).containsExactlyInAnyOrder("words-hans.md", "words-hant.md");
        assertThat(paths(index, "计划")).containsExactlyInAnyOrder("words-hans.md", "words-hant.md");
        assertThat(paths(index, "計畫")).containsExactlyInAnyOrder("words-hans.md", "words-hant.md");
        assertThat(paths(index, "甚至")).as("the characters alone keep their meaning").containsExactly("words-alone.md");
    }

    @Test
    void wordsWrittenWithOtherCharactersAreMarkedAsWritten() {
        SearchHit traditional = hit("words-hant.md", "什么");
        assertThat(marked(traditional.title(), traditional.titleHighlights())).containsExactly("甚麼");
        assertThat(marked(traditional.snippet(), traditional.highlights())).containsExactly("甚麼");
        assertThat(traditional.snippet()).as("the snippet is the text as written").contains("為甚麼", "計畫");

        SearchHit simplified = hit("words-hans.md", "計畫");
        assertThat(marked(simplified.snippet(), simplified.highlights())).containsExactly("计划");
    }

    private static SearchHit hit(String path, String query) {
        return OpenIndex.search(index, query).stream().filter(h -> h.relativePath().equals(path)).findFirst()
                .orElseThrow(() -> new AssertionError(query + " does not find " + path));
    }
}
