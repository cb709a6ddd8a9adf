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
