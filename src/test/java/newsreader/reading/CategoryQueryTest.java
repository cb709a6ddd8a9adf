package newsreader.reading;

import static newsreader.testing.Posts.post;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CategoryQueryTest {
    @Test
    void aTypedPathMatchesNameByNameWithEitherSeparator() {
        var cnBeta = post("a.md", List.of("新媒体", "cnBeta", "最新"));
        assertThat(CategoryQuery.of("新媒体/cnBeta").matches(cnBeta)).isTrue();
        assertThat(CategoryQuery.of("新媒体 › cnBeta › 最新").matches(cnBeta)).isTrue();
        assertThat(CategoryQuery.of("新媒体/").matches(cnBeta)).as("a trailing separator").isTrue();
        assertThat(CategoryQuery.of("新媒体/cnbeta").matches(cnBeta)).as("case").isTrue();
        assertThat(CategoryQuery.of("ｃｎＢｅｔａ").matches(cnBeta)).as("a path starts at the outermost name").isFalse();
        assertThat(CategoryQuery.of("新媒").matches(cnBeta)).as("whole names only").isFalse();
        assertThat(CategoryQuery.of("新媒体/cnBeta/最新/更多").matches(cnBeta)).as("deeper than the post").isFalse();
    }

    @Test
    void aNameHoldingASlashIsOneName() {
        var picks = post("a.md", List.of("今日推荐 / 精选"));
        assertThat(CategoryQuery.of("今日推荐 / 精选").matches(picks)).isTrue();
        assertThat(CategoryQuery.of("今日推荐/精选").matches(picks)).as("blanks around a separator").isTrue();
        assertThat(CategoryQuery.of("今日推荐").matches(picks)).as("half a name is no category").isFalse();
        assertThat(CategoryQuery.of("今日推荐 / 精选").shown()).isEqualTo("今日推荐 › 精选");
    }

    @Test
    void anyOfAPostsPathsMayMatch() {
        var twice = post("a.md", List.of("科技", "AI"), List.of("随笔"));
        assertThat(CategoryQuery.of("随笔").matches(twice)).isTrue();
        assertThat(CategoryQuery.of("科技/ai").matches(twice)).isTrue();
        assertThat(CategoryQuery.of("游戏").matches(twice)).isFalse();
    }
}
