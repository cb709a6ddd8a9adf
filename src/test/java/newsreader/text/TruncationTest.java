package newsreader.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Truncation at cluster boundaries with an ellipsis (cjk-typography.md §4). */
class TruncationTest {
    private final CellWidth widths = CellWidth.standard();
    private final Truncation truncation = new Truncation(widths);

    @Test
    void textThatFitsIsKept() {
        assertThat(truncation.truncate("中文标题", 8)).isEqualTo("中文标题");
    }

    @Test
    void longTextIsCutWithAnEllipsisThatFits() {
        assertThat(truncation.truncate("Hello world", 6)).isEqualTo("Hello…");
        assertThat(truncation.truncate("中文标题很长", 7)).isEqualTo("中文标…");
    }

    @Test
    void aWideCharacterThatWouldBeCutInHalfIsDroppedAndPaddedInFit() {
        assertThat(truncation.truncate("中文标题很长", 6)).isEqualTo("中文…");
        assertThat(truncation.fit("中文标题很长", 6)).isEqualTo("中文… ");
    }

    @Test
    void clustersAreNeverCut() {
        String family = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67";
        assertThat(truncation.truncate("a" + family + family, 4)).isEqualTo("a" + family + "…");
        assertThat(truncation.truncate("e\u0301e\u0301e\u0301", 2)).isEqualTo("e\u0301…");
    }

    @Test
    void theEllipsisIsDroppedWhenItCannotFit() {
        Truncation wideAmbiguous = new Truncation(new CellWidth(2));
        assertThat(wideAmbiguous.truncate("abc", 1)).isEqualTo("a");
        assertThat(wideAmbiguous.truncate("abcdef", 4)).isEqualTo("ab…");
        assertThat(truncation.truncate("abc", 0)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 5, 8, 13, 21, 40})
    void fitAlwaysGivesExactlyTheColumnWidth(int cells) {
        for (String title : new String[] {"中文标题：“新闻”……", "short", "한국어 제목입니다", "e\u0301\u0301 😀🇨🇳"}) {
            assertThat(widths.of(truncation.fit(title, cells))).as(title).isEqualTo(cells);
        }
    }
}
