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
 * Words that Traditional and Simplified Chinese write with other characters ({@code 甚麼} and {@code 什么},
 * {@code 計畫} and {@code 计划}) find each other in the index, marked on the characters the post wrote.
 */
class WordScriptSearchTest {
    @TempDir
    static Path scratch;

    private static SearchIndex index;

    @BeforeAll
    static void indexPosts() {
        PostFolder posts = new PostFolder(scratch.resolve("posts"));
        posts.write("hans.md", "为什么要做计划", day(1), "<p>你为什么不先写一份计划？</p>");
        posts.write("hant.md", "為甚麼要做計畫", day(2), "<p>你為甚麼不先寫一份計畫？</p>");
        posts.write("other.md", "甚至", day(3), "<p>甚至连画也没有。</p>");
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
    void eitherScriptsWordFindsBoth() {
        assertThat(paths(index, "什么")).containsExactlyInAnyOrder("hans.md", "hant.md");
        assertThat(paths(index, "甚麼")).containsExactlyInAnyOrder("hans.md", "hant.md");
        assertThat(paths(index, "计划")).containsExactlyInAnyOrder("hans.md", "hant.md");
        assertThat(paths(index, "計畫")).containsExactlyInAnyOrder("hans.md", "hant.md");
        assertThat(paths(index, "甚至")).as("the characters alone keep their meaning").containsExactly("other.md");
    }

    @Test
    void theMarksFallOnTheCharactersAsWritten() {
        SearchHit traditional = hit("hant.md", "什么");
        assertThat(marked(traditional.title(), traditional.titleHighlights())).containsExactly("甚麼");
        assertThat(marked(traditional.snippet(), traditional.highlights())).containsExactly("甚麼");
        assertThat(traditional.snippet()).as("the snippet is the text as written").contains("為甚麼", "計畫");

        SearchHit simplified = hit("hans.md", "計畫");
        assertThat(marked(simplified.snippet(), simplified.highlights())).containsExactly("计划");
    }

    private static SearchHit hit(String path, String query) {
        return OpenIndex.search(index, query).stream().filter(h -> h.relativePath().equals(path)).findFirst()
                .orElseThrow(() -> new AssertionError(query + " does not find " + path));
    }
}
