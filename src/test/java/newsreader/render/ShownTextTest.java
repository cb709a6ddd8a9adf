package newsreader.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import newsreader.post.Post;
import newsreader.reading.ChineseScript;
import newsreader.text.CellWidth;
import org.junit.jupiter.api.Test;

/** The renderer shows text through the reader's Chinese script: prose and the header converted, code as written. */
class ShownTextTest {
    private final ArticleRenderer traditional = new ArticleRenderer(CellWidth.standard(), DateLabel.local(),
            url -> false, ChineseScript.TRADITIONAL::convert);

    private List<String> lines(Post post) {
        return traditional.render(post, 80).lines().stream().map(StyledLine::text).toList();
    }

    @Test
    void theTitleCategoriesAndProseAreConverted() {
        List<String> lines = lines(Posts.html("<h2>后来</h2><p>头发的发展</p><ul><li>面条</li></ul>"
                + "<table><tr><td>干净</td></tr></table><blockquote>里面</blockquote>"));
        assertThat(lines.get(0)).isEqualTo("標題");
        assertThat(String.join("\n", lines)).contains("Category: 新媒體 › cnBeta › 最新", "後來", "頭髮的發展", "麵條",
                "乾淨", "裡面");
    }

    @Test
    void codeAndAddressesStayAsWritten() {
        List<String> lines = lines(Posts.html("<p>看<a href=\"https://a.example/发展\">这里</a></p><pre>String s = \"发展\";</pre>"));
        String all = String.join("\n", lines);
        assertThat(all).contains("看這裡", "String s = \"发展\";", "https://a.example/发展");
    }

    @Test
    void withoutAConversionTheTextIsAsWritten() {
        ArticleRenderer plain = new ArticleRenderer(CellWidth.standard());
        assertThat(plain.render(Posts.html("<p>头发</p>"), 80).lines().stream().map(StyledLine::text))
                .contains("头发").doesNotContain("頭髮");
    }
}
