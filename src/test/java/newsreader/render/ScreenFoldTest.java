package newsreader.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import newsreader.post.BodyFormat;
import newsreader.post.Post;
import newsreader.post.PostMeta;
import newsreader.text.CellWidth;
import org.junit.jupiter.api.Test;

/** The full-screen reader must cut an address at its edge: every piece then says which whole address it is part of. */
class ScreenFoldTest {
    private static final String HEAD = "https://img.3dmgame.com/uploads/images/news/20220920/1663651200_482913.jpg";
    private static final String LINK = "https://www.example.com/articles/2022/09/a-rather-long-path-to-a-page.html";

    private final CellWidth widths = CellWidth.standard();
    private final ArticleRenderer renderer = new ArticleRenderer(widths, new DateLabel(ZoneOffset.UTC));

    private static Post post(String body) {
        PostMeta meta = new PostMeta(Path.of("/posts/t.md"), "t.md", "标题", null, null, null, List.of(), List.of(), null,
                HEAD, BodyFormat.HTML, 0L, 0L, Map.of());
        return new Post(meta, body);
    }

    @Test
    void noLineIsWiderThanTheScreenAndThePiecesOfAnAddressNameItWhole() {
        for (int width = 10; width <= 80; width += 7) {
            List<StyledLine> lines = renderer.renderForScreen(post("<p>见" + LINK + "，详情</p>"), width).lines();
            for (StyledLine line : lines) {
                assertThat(widths.of(line.text())).as(width + ": " + line.text()).isLessThanOrEqualTo(width);
            }
            for (String address : List.of(HEAD, LINK)) {
                StringBuilder pieces = new StringBuilder();
                for (StyledLine line : lines) {
                    for (StyledLine.LinkSpan link : line.links()) {
                        if (link.address().equals(address)) {
                            pieces.append(line.text(), link.start(), link.end());
                        }
                    }
                }
                assertThat(pieces.toString()).as("width " + width).isEqualTo(address);
            }
        }
    }

    @Test
    void aShortAddressIsOneLinkOnItsLine() {
        List<StyledLine> lines = renderer.renderForScreen(post("<p>see https://a.cn/x now</p>"), 40).lines();
        StyledLine line = lines.stream().filter(l -> l.text().equals("see https://a.cn/x now")).findFirst().orElseThrow();
        assertThat(line.links()).containsExactly(new StyledLine.LinkSpan(4, 18, "https://a.cn/x"));
    }
}
