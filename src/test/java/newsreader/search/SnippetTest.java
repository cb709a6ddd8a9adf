package newsreader.search;

import static newsreader.search.PostFolder.day;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each hit shows a short passage with its matches marked exactly where the matched words are. */
class SnippetTest {
    @TempDir
    Path scratch;

    private static List<String> marked(String text, List<Highlight> highlights) {
        return highlights.stream().map(h -> text.substring(h.start(), h.end())).toList();
    }

    @Test
    void highlightsPointAtTheMatchedWords() throws IOException {
        PostFolder posts = new PostFolder(scratch.resolve("posts"));
        posts.write("a.md", "英伟达芯片", day(1), "<p>英伟达新一代GPU<b>芯片</b>面积创下纪录，芯片产能也在提高。</p>");
        try (SearchIndex index = OpenIndex.open(posts.root(), scratch.resolve("cache"))) {
            OpenIndex.update(index, posts.scan());
            SearchHit hit = OpenIndex.search(index, "芯片").get(0);
            assertThat(hit.snippet()).contains("英伟达新一代GPU芯片面积");
            assertThat(marked(hit.snippet(), hit.highlights())).containsExactly("芯片", "芯片");
            assertThat(hit.title()).isEqualTo("英伟达芯片");
            assertThat(marked(hit.title(), hit.titleHighlights())).containsExactly("芯片");
        }
    }

    @Test
    void snippetsCanBeLeftForLaterAndMadeForARangeOfHits() throws IOException {
        PostFolder posts = new PostFolder(scratch.resolve("posts"));
        for (int i = 1; i <= 5; i++) {
            posts.write("p" + i + ".md", "芯片 " + i, day(i), "<p>第" + i + "篇：新一代芯片已经量产。</p>");
        }
        try (SearchIndex index = OpenIndex.open(posts.root(), scratch.resolve("cache"))) {
            OpenIndex.update(index, posts.scan());
            List<SearchHit> hits = index.search("芯片", 10, 2);
            assertThat(hits).hasSize(5);
            assertThat(hits.subList(0, 2)).allSatisfy(hit -> assertThat(marked(hit.snippet(), hit.highlights())).containsExactly("芯片"));
            assertThat(hits.subList(2, 5)).allSatisfy(hit -> {
                assertThat(hit.snippet()).isEmpty();
                assertThat(marked(hit.title(), hit.titleHighlights())).as("titles are marked at once").containsExactly("芯片");
            });

            List<SearchHit> more = index.withSnippets("芯片", hits, 2, 4);
            assertThat(more.subList(0, 2)).isEqualTo(hits.subList(0, 2));
            assertThat(more.subList(2, 4)).allSatisfy(hit -> assertThat(hit.snippet()).contains("新一代芯片已经量产"));
            assertThat(more.get(4).snippet()).as("beyond the range").isEmpty();
            assertThat(more).extracting(SearchHit::relativePath).isEqualTo(hits.stream().map(SearchHit::relativePath).toList());
            assertThat(index.withSnippets("芯片", more, 4, 99)).isEqualTo(index.search("芯片", 10));
        }
    }

    @Test
    void englishHighlightsCoverTheWordAsWritten() throws IOException {
        PostFolder posts = new PostFolder(scratch.resolve("posts"));
        posts.write("a.md", "Hardware", day(1), "<p>The new Chips are FASTER than last year&#39;s.</p>");
        try (SearchIndex index = OpenIndex.open(posts.root(), scratch.resolve("cache"))) {
            OpenIndex.update(index, posts.scan());
            SearchHit hit = OpenIndex.search(index, "chip faster").get(0);
            assertThat(marked(hit.snippet(), hit.highlights())).containsExactly("Chips", "FASTER");
        }
    }

    @Test
    void aPhraseIsMarkedWhereItStandsNotWhereItsWordsStandAlone() throws IOException {
        PostFolder posts = new PostFolder(scratch.resolve("posts"));
        posts.write("a.md", "标题", day(1), "<p>安全团队发布公告。新一代芯片已经量产。</p>");
        try (SearchIndex index = OpenIndex.open(posts.root(), scratch.resolve("cache"))) {
            OpenIndex.update(index, posts.scan());
            SearchHit hit = OpenIndex.search(index, "新一代芯片").get(0);
            String marked = String.join("|", marked(hit.snippet(), hit.highlights()));
            assertThat(marked.replace("|", "")).isEqualTo("新一代芯片");
            assertThat(hit.snippet()).contains("新一代芯片已经量产");
        }
    }

    @Test
    void aMatchDeepInALongPostIsShownWithItsContextAndTheSnippetStaysShort() throws IOException {
        PostFolder posts = new PostFolder(scratch.resolve("posts"));
        String filler = "这是一段没有关键词的很长的文字内容，".repeat(200);
        posts.write("long.md", "长文", day(1), "<p>" + filler + "最后终于提到了量子计算机的消息" + filler + "</p>");
        try (SearchIndex index = OpenIndex.open(posts.root(), scratch.resolve("cache"))) {
            OpenIndex.update(index, posts.scan());
            SearchHit hit = OpenIndex.search(index, "量子").get(0);
            assertThat(hit.snippet()).contains("提到了量子计算机");
            assertThat(hit.snippet().length()).isLessThanOrEqualTo(Snippets.BODY_MAX_CHARS + 2);
            assertThat(marked(hit.snippet(), hit.highlights())).containsExactly("量子");
        }
    }

    @Test
    void aTitleOnlyMatchShowsTheBeginningOfTheBodyUnmarked() throws IOException {
        PostFolder posts = new PostFolder(scratch.resolve("posts"));
        posts.write("a.md", "显卡评测", day(1), "<p>今天我们来看一款新产品。</p>");
        try (SearchIndex index = OpenIndex.open(posts.root(), scratch.resolve("cache"))) {
            OpenIndex.update(index, posts.scan());
            SearchHit hit = OpenIndex.search(index, "显卡").get(0);
            assertThat(hit.snippet()).isEqualTo("今天我们来看一款新产品。");
            assertThat(hit.highlights()).isEmpty();
            assertThat(marked(hit.title(), hit.titleHighlights())).containsExactly("显卡");
        }
    }

    @Test
    void snippetsAndTitlesHoldNoControlCharactersOrReferenceMarkers() throws IOException {
        PostFolder posts = new PostFolder(scratch.resolve("posts"));
        posts.writeRaw("a.md", "---\ntitle: \"危险\\u0007标题\\u009b31m\"\ndate: 2022-03-01 10:00:00\n---\n\n"
                + "<div><p>前面\u0007的文字\u001b[2J芯片\u009b31m后面<a href=\"https://example.com/\">链接</a>"
                + "<img src=\"https://example.com/a.png\" alt=\"示意图\"></p></div>\n");
        try (SearchIndex index = OpenIndex.open(posts.root(), scratch.resolve("cache"))) {
            OpenIndex.update(index, posts.scan());
            SearchHit hit = OpenIndex.search(index, "芯片").get(0);
            assertThat(hit.snippet() + hit.title()).doesNotContainPattern("[\\x00-\\x1f\\x7f-\\x9f]");
            assertThat(hit.snippet()).contains("芯片").contains("示意图").doesNotContain("[1]").doesNotContain("image");
            assertThat(marked(hit.snippet(), hit.highlights())).containsExactly("芯片");
            assertThat(OpenIndex.paths(index, "image")).isEmpty();
        }
    }

    @Test
    void markdownPostsAreSearchedAsTheReaderShowsThem() throws IOException {
        PostFolder posts = new PostFolder(scratch.resolve("posts"));
        posts.writeRaw("a.md", "---\ntitle: 笔记\ndate: 2022-03-01 10:00:00\n---\n\n# 小标题\n\n正文里有**芯片**和[链接](https://example.com/)。\n\n"
                + "```\nmake chips\n```\n");
        try (SearchIndex index = OpenIndex.open(posts.root(), scratch.resolve("cache"))) {
            OpenIndex.update(index, posts.scan());
            SearchHit hit = OpenIndex.search(index, "芯片").get(0);
            assertThat(hit.snippet()).contains("正文里有芯片和链接。").doesNotContain("**").doesNotContain("example.com");
            assertThat(OpenIndex.paths(index, "小标题")).containsExactly("a.md");
            assertThat(OpenIndex.paths(index, "make chip")).containsExactly("a.md");
        }
    }

    @Test
    void aPostDeletedAfterIndexingStillShowsWithoutASnippet() throws IOException {
        PostFolder posts = new PostFolder(scratch.resolve("posts"));
        posts.write("gone.md", "芯片新闻", day(1), "<p>芯片。</p>");
        try (SearchIndex index = OpenIndex.open(posts.root(), scratch.resolve("cache"))) {
            OpenIndex.update(index, posts.scan());
            posts.delete("gone.md");
            SearchHit hit = OpenIndex.search(index, "芯片").get(0);
            assertThat(hit.relativePath()).isEqualTo("gone.md");
            assertThat(hit.snippet()).isEmpty();
            assertThat(hit.highlights()).isEmpty();
        }
    }

    @Test
    void overlappingRangesAreMergedAndMarkedOnce() {
        Snippet snippet = new Snippet("abcdefgh", List.of(new Highlight(4, 6), new Highlight(0, 2), new Highlight(1, 3), new Highlight(6, 7)));
        assertThat(snippet.highlights()).containsExactly(new Highlight(0, 3), new Highlight(4, 7));
        assertThat(snippet.marked("[", "]")).isEqualTo("[abc]d[efg]h");
    }
}
