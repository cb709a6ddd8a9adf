package newsreader.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import newsreader.post.BodyFormat;
import newsreader.post.Post;
import newsreader.post.PostMeta;
import newsreader.text.CellWidth;
import org.junit.jupiter.api.Test;

/** The header's image, the references and bare addresses in the body stand whole, each on a line of its own. */
class AddressLayoutTest {
    private static final String HEAD = "https://img.3dmgame.com/uploads/images/news/20220920/1663651200_482913.jpg";
    private static final String LINK = "https://www.example.com/articles/2022/09/a-rather-long-path-to-a-page.html";
    private static final String PICTURE = "https://i.example.com/p/2022/09/20/abcdefghijklmnopqrstuvwxyz.webp";

    private final ArticleRenderer renderer = new ArticleRenderer(CellWidth.standard(), new DateLabel(ZoneOffset.UTC));

    private static Post post(String body) {
        PostMeta meta = new PostMeta(Path.of("/posts/t.md"), "t.md", "标题", Instant.parse("2022-09-20T05:20:00Z"), null,
                null, List.of(List.of("游戏")), List.of(), "3DMGame", HEAD, BodyFormat.HTML, 0L, 0L, Map.of());
        return new Post(meta, body);
    }

    private List<String> lines(Post post, int width) {
        return renderer.render(post, width).lines().stream().map(StyledLine::text).toList();
    }

    @Test
    void theHeaderImageAddressGoesWholeOnTheLineAfterItsLabel() {
        List<String> lines = lines(post("<p>正文</p>"), 40);
        int label = lines.indexOf("Image:");
        assertThat(label).isPositive();
        assertThat(lines.get(label + 1)).isEqualTo(HEAD);
    }

    @Test
    void aShortHeaderImageAddressStaysBesideItsLabel() {
        PostMeta meta = new PostMeta(Path.of("/posts/t.md"), "t.md", "标题", null, null, null, List.of(), List.of(), null,
                "https://a.cn/x.jpg", BodyFormat.HTML, 0L, 0L, Map.of());
        assertThat(lines(new Post(meta, "<p>正文</p>"), 40)).contains("Image: https://a.cn/x.jpg");
    }

    @Test
    void referencesKeepTheirLabelsAndTheirAddressesWhole() {
        List<String> lines = lines(post("<p>看<a href=\"" + LINK + "\">这里</a>和<img src=\"" + PICTURE + "\" alt=\"图\"></p>"), 40);
        List<String> refs = lines.subList(lines.indexOf("References"), lines.size());
        assertThat(refs).containsExactly("References", "[1]", LINK, "[2] image:", "    " + PICTURE);
    }

    @Test
    void aShortReferenceStaysOnItsLabelsLine() {
        List<String> lines = lines(post("<p><a href=\"https://a.cn/x\">x</a></p>"), 40);
        assertThat(lines).endsWith("References", "[1] https://a.cn/x");
    }

    @Test
    void aBareAddressInChineseProseStandsAloneAndTheProseAroundItWrapsWithKinsoku() {
        List<String> lines = lines(post("<p>详情请见官方公告" + LINK + "，游戏将于明年春季发售。</p>"), 20);
        int at = lines.indexOf(LINK + "，");
        assertThat(at).as(String.join("\n", lines)).isPositive();
        assertThat(lines.get(at - 1)).isEqualTo("详情请见官方公告");
        assertThat(lines.get(at + 1)).isEqualTo("游戏将于明年春季发");
        assertThat(lines.get(at + 2)).isEqualTo("售。");
    }
}
