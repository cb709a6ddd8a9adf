package newsreader.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PreformattedTest {
    private final Preformatted pre = new Preformatted(CellWidth.standard());
    private final CellWidth widths = CellWidth.standard();

    private List<String> fold(String line, int width) {
        List<String> shown = pre.fold(line, width);
        assertThat(pre.foldLines(line, width)).extracting(FoldedLine::display).isEqualTo(shown);
        return shown;
    }

    @Test
    void tabsExpandToTheNextMultipleOfEightCells() {
        assertThat(pre.expandTabs("a\tb")).isEqualTo("a       b");
        assertThat(pre.expandTabs("\tx")).isEqualTo("        x");
        assertThat(pre.expandTabs("abcdefgh\ti")).isEqualTo("abcdefgh        i");
        assertThat(pre.expandTabs("中文\tx")).isEqualTo("中文    x");
    }

    @Test
    void aLineThatFitsIsKeptWithItsSpacing() {
        assertThat(fold("  int  x = 1;   ", 40)).containsExactly("  int  x = 1;   ");
        assertThat(fold("", 40)).containsExactly("");
    }

    @Test
    void aLongLineFoldsAtTheLastClusterThatFitsWithMarkedContinuations() {
        assertThat(fold("abcdefghijklmnop", 6)).containsExactly("abcdef", "↪ ghij", "↪ klmn", "↪ op");
        List<FoldedLine> lines = pre.foldLines("abcdefghijklmnop", 6);
        assertThat(lines).extracting(FoldedLine::isContinuation).containsExactly(false, true, true, true);
        assertThat(lines).extracting(FoldedLine::width).containsExactly(6, 6, 6, 4);
    }

    @Test
    void aWideCharacterThatWouldCrossTheEdgeMovesToTheContinuation() {
        assertThat(fold("abcde中文", 5)).containsExactly("abcde", "↪ 中", "↪ 文");
        assertThat(fold("abcde中文", 6)).containsExactly("abcde", "↪ 中文");
    }

    @Test
    void anAddressIsNeverFoldedTheLineIsFoldedBeforeItAndItStandsWholePastTheWidth() {
        // As in the real corpus: npm install cnpm -g --registry=https://registry.npm.taobao.org
        assertThat(fold("npm i --registry=https://registry.example.org x", 20))
                .containsExactly("npm i --registry=", "↪ https://registry.example.org", "↪  x");
        assertThat(fold("https://registry.example.org/a/b", 10)).containsExactly("https://registry.example.org/a/b");
        assertThat(fold("ab https://x.org", 20)).containsExactly("ab https://x.org");
        assertThat(fold("    https://registry.example.org", 10)).containsExactly("    https://registry.example.org");
        List<FoldedLine> lines = pre.foldLines("Homepage:https://github.com/docker/hyperkit", 20);
        assertThat(lines).extracting(FoldedLine::width).containsExactly(9, 2 + 34);
        assertThat(Addresses.isWholeAddressLine(lines.get(1).display())).isTrue();
    }

    @Test
    void foldingHappensAfterTabExpansion() {
        assertThat(fold("\tx = 1", 10)).containsExactly("        x ", "↪ = 1");
    }

    @Test
    void foldsOfChineseProseKeepKinsokuByPushingOut() {
        // From r010, an article wrapped in <pre>: without kinsoku the fold ends a line with 【 and starts one with 。
        String prose = "的数据，所以明确清晰产品的脉络和架构是关键。这里需要输出【产品信息结构图】【产品功能结构图】有了基础的梳理后，"
                + "我们需要再将核心业务流程或页面流程梳理出来。将用户与系统的交互故事完整的梳理出来。这些都是决定了用户在使用产品时的任务";
        for (int width = 6; width <= 80; width++) {
            List<FoldedLine> lines = pre.foldLines(prose, width);
            StringBuilder joined = new StringBuilder();
            for (int i = 0; i < lines.size(); i++) {
                String text = lines.get(i).text();
                joined.append(text);
                if (i + 1 < lines.size()) {
                    assertThat(Kinsoku.cannotEndLine(text.codePointBefore(text.length()))).as("@%d %s", width, text).isFalse();
                    assertThat(Kinsoku.cannotStartLine(lines.get(i + 1).text().codePointAt(0)))
                            .as("@%d %s", width, lines.get(i + 1).text()).isFalse();
                }
            }
            assertThat(joined.toString()).isEqualTo(prose);
        }
        assertThat(fold("一二三四五六七八九【十】", 20)).containsExactly("一二三四五六七八九", "↪ 【十】");
        assertThat(fold("一二三四五六七八九十，好", 20)).containsExactly("一二三四五六七八九", "↪ 十，好");
        assertThat(fold("return 200;  // 不读本地文件，直接返回200", 29))
                .containsExactly("return 200;  // 不读本地文", "↪ 件，直接返回200");
    }

    @Test
    void codeKeepsItsHardFoldsAtAsciiPunctuation() {
        assertThat(fold("call(alpha, beta)", 11)).containsExactly("call(alpha,", "↪  beta)");
        assertThat(fold("abcdefghi(x)", 10)).containsExactly("abcdefghi(", "↪ x)");
    }

    @Test
    void whenNoFoldKeepsKinsokuTheWidthWins() {
        assertThat(fold("。。。。。。", 6)).containsExactly("。。。", "↪ 。。", "↪ 。");
    }

    @Test
    void aBlockKeepsItsLineBreaks() {
        assertThat(pre.foldBlock("a\n\nb", 10)).extracting(FoldedLine::display).containsExactly("a", "", "b");
    }

    @Test
    void narrowWidthsShortenTheMarkerAndShowAPlaceholderForWhatCannotFit() {
        assertThat(fold("abc", 2)).containsExactly("ab", "↪c");
        assertThat(fold("中文", 2)).containsExactly("中", "↪" + TextLine.PLACEHOLDER);
        assertThat(fold("中a", 1)).containsExactly(TextLine.PLACEHOLDER, "a");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 7, 8, 13, 80})
    void noFoldedLineIsWiderThanTheWidth(int width) {
        String code = "\tif (x) {\t// 注释：中文说明……😀👨‍👩‍👧 e\u0301 “quoted” ——\tend}";
        for (FoldedLine line : pre.foldLines(code, width)) {
            assertThat(widths.of(line.display())).as(line.display()).isEqualTo(line.width()).isLessThanOrEqualTo(width);
        }
    }

    @Test
    void atUsualWidthsNothingIsLostByFolding() {
        String code = "\tif (x) {\t// 注释：中文说明……😀👨‍👩‍👧 e\u0301 “quoted” ——\tend}";
        for (int width = 4; width <= 60; width++) {
            StringBuilder joined = new StringBuilder();
            for (FoldedLine line : pre.foldLines(code, width)) {
                joined.append(line.text());
            }
            assertThat(joined.toString()).as("width %d", width).isEqualTo(pre.expandTabs(code));
        }
    }
}
