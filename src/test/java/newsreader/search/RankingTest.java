package newsreader.search;

import static newsreader.search.OpenIndex.paths;
import static newsreader.search.PostFolder.day;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The best match comes first: a title match beats a body match, and among equals the newest post leads. */
class RankingTest {
    @TempDir
    Path scratch;

    @Test
    void aTitleMatchRanksAboveTheSameWordInTheBody() throws IOException {
        PostFolder posts = new PostFolder(scratch.resolve("posts"));
        // The body-only post is newer and says the word more often: the title must still win.
        posts.write("title.md", "量子计算机进展", day(1), "<p>研究人员公布了量子计算的新结果。</p>");
        posts.write("body.md", "研究新进展", day(9), "<p>研究人员公布了量子计算的新结果，量子比特更多。</p>");
        try (SearchIndex index = OpenIndex.open(posts.root(), scratch.resolve("cache"))) {
            OpenIndex.update(index, posts.scan());
            assertThat(paths(index, "量子")).containsExactly("title.md", "body.md");
        }
    }

    @Test
    void equalMatchesComeNewestFirstAndUndatedLast() throws IOException {
        PostFolder posts = new PostFolder(scratch.resolve("posts"));
        String body = "<p>芯片供应紧张的情况仍在继续。</p>";
        posts.write("old.md", "供应链", day(1), body);
        posts.write("undated.md", "供应链", null, body);
        posts.write("newest.md", "供应链", day(30), body);
        posts.write("middle.md", "供应链", day(10), body);
        try (SearchIndex index = OpenIndex.open(posts.root(), scratch.resolve("cache"))) {
            OpenIndex.update(index, posts.scan());
            List<SearchHit> hits = OpenIndex.search(index, "芯片");
            assertThat(hits).extracting(SearchHit::relativePath).containsExactly("newest.md", "middle.md", "old.md", "undated.md");
            assertThat(hits).extracting(SearchHit::score).containsOnly(hits.get(0).score());
        }
    }

    @Test
    void moreOccurrencesRankHigherAmongBodyMatches() throws IOException {
        PostFolder posts = new PostFolder(scratch.resolve("posts"));
        posts.write("once.md", "新闻", day(5), "<p>今天的新闻提到显卡一次，其余都是别的内容和别的事情。</p>");
        posts.write("thrice.md", "新闻", day(1), "<p>显卡降价，显卡缺货结束，显卡厂商表示满意。</p>");
        try (SearchIndex index = OpenIndex.open(posts.root(), scratch.resolve("cache"))) {
            OpenIndex.update(index, posts.scan());
            assertThat(paths(index, "显卡")).containsExactly("thrice.md", "once.md");
        }
    }

    @Test
    void limitKeepsTheBestHits() throws IOException {
        PostFolder posts = new PostFolder(scratch.resolve("posts"));
        for (int i = 0; i < 30; i++) {
            posts.write("p" + i + ".md", "第" + i + "篇", day(i), "<p>关于开源软件的第" + i + "篇文章。</p>");
        }
        try (SearchIndex index = OpenIndex.open(posts.root(), scratch.resolve("cache"))) {
            OpenIndex.update(index, posts.scan());
            assertThat(index.search("开源", 5)).extracting(SearchHit::relativePath)
                    .containsExactly("p29.md", "p28.md", "p27.md", "p26.md", "p25.md");
            assertThat(index.search("开源", 0)).isEmpty();
            assertThat(index.count("开源")).as("every match counted, whatever the limit").isEqualTo(30);
            assertThat(index.count("第7篇")).isEqualTo(1);
            assertThat(index.count("(((")).isZero();
        }
    }
}
