package newsreader.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import newsreader.post.BodyFormat;
import newsreader.post.PostMeta;
import newsreader.render.DateLabel;
import newsreader.text.CellWidth;
import org.junit.jupiter.api.Test;

class PostRowsTest {
    private final PostRows shanghai = new PostRows(new DateLabel(ZoneId.of("Asia/Shanghai"), "MM/dd HH:mm"),
            CellWidth.standard());

    private static PostMeta post(String title, Instant date, List<String> category) {
        return new PostMeta(Path.of("/posts/a.md"), "a.md", title, date, null, null, List.of(category), List.of(),
                null, null, BodyFormat.MARKDOWN, 0L, 1L, Map.of());
    }

    @Test
    void datesFollowTheSettingsZoneAndFormat() {
        PostMeta late = post("t", Instant.parse("2022-08-18T17:30:00Z"), List.of("a"));
        assertThat(shanghai.date(late)).isEqualTo("08/19 01:30");
        assertThat(shanghai.dateWidth()).isEqualTo("undated".length() + 4);
        assertThat(shanghai.date(late, 14)).isEqualTo("08/19 01:30   ");
        assertThat(shanghai.date(post("t", null, List.of("a")))).isEqualTo("undated");
    }

    @Test
    void aNarrowCategoryColumnKeepsTheInnermostNames() {
        PostMeta post = post("t", Instant.EPOCH, List.of("新媒体", "cnBeta", "最新"));
        assertThat(shanghai.category(post)).isEqualTo("新媒体 › cnBeta › 最新");
        assertThat(shanghai.category(post, 24)).isEqualTo("新媒体 › cnBeta › 最新  ");
        assertThat(shanghai.category(post, 14)).isEqualTo("cnBeta › 最新 ");
        // Too narrow for the feed and its section: the feed, which says where the post comes from.
        assertThat(shanghai.category(post, 7)).isEqualTo("cnBeta ");
        assertThat(shanghai.category(post, 4)).isEqualTo("cnB…");
        assertThat(CellWidth.standard().of(shanghai.category(post, 3))).isEqualTo(3);
    }

    @Test
    void titlesAreOneSafeLineAndCutInCells() {
        PostMeta post = post("  第一行\n第二行\u001b[2J ", Instant.EPOCH, List.of("a"));
        assertThat(shanghai.title(post)).doesNotContain("\n", "\u001b").startsWith("第一行");
        assertThat(CellWidth.standard().of(shanghai.title(post, 7))).isLessThanOrEqualTo(7);
    }

    @Test
    void theCategoryColumnIsAsWideAsTheWidestPathUpToALimit() {
        List<PostMeta> posts = List.of(post("t", Instant.EPOCH, List.of("编程", "开源中国")),
                post("t", Instant.EPOCH, List.of("a")));
        assertThat(shanghai.categoryWidth(posts, 30)).isEqualTo(15);
        assertThat(shanghai.categoryWidth(posts, 10)).isEqualTo(10);
    }
}
