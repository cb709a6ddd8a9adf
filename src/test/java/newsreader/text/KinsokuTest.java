package newsreader.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KinsokuTest {
    @Test
    void theSetsAreExactlyThoseOfTheSpec() {
        assertThat(Kinsoku.NO_LINE_START).isEqualTo(
                "、。，．：；！？）］｝〕〉》」』】〙〗〟’”｠»…‥ーぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶ・:;,.!?)]}");
        assertThat(Kinsoku.NO_LINE_END).isEqualTo("（［｛〔〈《「『【〘〖〝‘“｟«([{");
    }

    @Test
    void everyMemberIsRecognisedAndOrdinaryCharactersAreNot() {
        Kinsoku.NO_LINE_START.codePoints().forEach(c -> assertThat(Kinsoku.cannotStartLine(c)).isTrue());
        Kinsoku.NO_LINE_END.codePoints().forEach(c -> assertThat(Kinsoku.cannotEndLine(c)).isTrue());
        for (int c : new int[] {'中', 'a', '“', '（', 0x1F600, -1}) {
            assertThat(Kinsoku.cannotStartLine(c)).as("%X", c).isFalse();
        }
        for (int c : new int[] {'中', 'a', '”', '）', 0x1F600}) {
            assertThat(Kinsoku.cannotEndLine(c)).as("%X", c).isFalse();
        }
    }

    @Test
    void dashAndEllipsisPairsAreNotSplit() {
        assertThat(Kinsoku.allowsBreakBetween('—', '—', true)).isFalse();
        assertThat(Kinsoku.allowsBreakBetween('—', '—', false)).isTrue();
        assertThat(Kinsoku.allowsBreakBetween('中', '…', false)).isFalse();
        assertThat(Kinsoku.allowsBreakBetween('「', '中', true)).isFalse();
        assertThat(Kinsoku.allowsBreakBetween('中', '文', true)).isTrue();
    }
}
