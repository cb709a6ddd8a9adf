package newsreader.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import newsreader.text.CellWidth;
import org.junit.jupiter.api.Test;

/**
 * Words of a rendered article stay whole at line ends when the line can take them (cjk-typography.md §2): a word
 * made of several inline elements ({@code Fuchsia<b>OS</b>}), technical words and a list number with its item.
 */
class WordsAtLineEndsTest {
    private final CellWidth widths = CellWidth.standard();

    private List<String> lines(String html, int width) {
        ParsedArticle article = new ArticleRenderer(widths).parse(Posts.html(html));
        return new BlockLayout(widths).layout(article.blocks(), width).stream().map(StyledLine::text)
                .collect(Collectors.toList());
    }

    /**
     * Every width from the word's own and the punctuation kinsoku glues to it up to 40: the word shows whole on one
     * line, at every position it lands.
     */
    private void staysWhole(String html, String word) {
        for (int width = widths.of(word) + 2; width <= 40; width++) {
            List<String> lines = lines(html, width);
            assertThat(lines).as("at %d: %s", width, lines).anyMatch(l -> l.contains(word));
        }
    }

    @Test
    void aWordMadeOfInlineElementsIsOneWord() {
        String filler = "谷歌低调了五年终于有望面世了的";
        for (String word : List.of("Fuchsia<b>OS</b>", "<i>Fuchsia</i>OS", "Fuch<span>sia</span>OS", "<code>Fuchsia</code>OS",
                "Fuchsia<em>OS</em>", "<strong>Fuchsia</strong><a href=\"https://x.example/\">OS</a>")) {
            staysWhole("<p>" + filler + word + "，鸿蒙 Harmony OS 在 2019 年</p>", "FuchsiaOS");
        }
    }

    @Test
    void technicalWordsStayWholeInRenderedArticles() {
        String filler = "们希望ARM开发者能够在x86主机上交叉编译";
        for (String word : List.of("C++", "RISC-V", "semver-major", "v2.0-rc1", "Torch->ONNX->TensorRT", "C#", "x86-64")) {
            staysWhole("<p>" + filler + "<b>" + word + "</b>软件或模拟x86。</p>", word);
            staysWhole("<p>" + filler + word + "软件或模拟x86。</p>", word);
        }
    }

    @Test
    void aListNumberInRunningTextStaysWithItsItem() {
        String html = "<p>因此用户必须提交有效的消息才可进行操作。 2. 项目方在进行Replica合约部署初始化时，先将可信根设置为0。"
                + " 3.最后攻击者直接调用withdrawToForge函数</p>";
        for (int width = 10; width <= 80; width++) {
            assertThat(lines(html, width)).as("at %d", width).noneMatch(l -> l.matches(".*(^| )[23]\\.$"));
        }
    }
}
