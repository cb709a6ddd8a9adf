package newsreader.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules of cjk-typography.md §2, one example each. */
class LineWrapperTest {
    private final LineWrapper narrowAmbiguous = new LineWrapper(CellWidth.standard());
    private final LineWrapper wideAmbiguous = new LineWrapper(new CellWidth(2));

    private List<String> wrap(String text, int width) {
        return narrowAmbiguous.wrapToStrings(text, width);
    }

    @Test
    void chinesePrefersToBreakBetweenAnyTwoIdeographs() {
        assertThat(wrap("中文报道今天发布", 8)).containsExactly("中文报道", "今天发布");
    }

    @Test
    void aClosingPunctuationMarkPushesTheLastIdeographDown() {
        assertThat(wrap("一二三四。五六", 8)).containsExactly("一二三", "四。五六");
        assertThat(wrap("一二三四，五六", 8)).containsExactly("一二三", "四，五六");
        assertThat(wrap("一二三四」五六", 8)).containsExactly("一二三", "四」五六");
    }

    @Test
    void anOpeningBracketNeverEndsALine() {
        assertThat(wrap("一二三「四五」", 8)).containsExactly("一二三", "「四五」");
        assertThat(wrap("一二三（四五）", 8)).containsExactly("一二三", "（四五）");
    }

    @Test
    void smallKanaAndTheProlongedSoundMarkNeverStartALine() {
        assertThat(wrap("あいうえっお", 8)).containsExactly("あいう", "えっお");
        assertThat(wrap("カタカナーテ", 8)).containsExactly("カタカ", "ナーテ");
    }

    @Test
    void aDoubleDashIsNeverSplit() {
        List<String> lines = wrap("一二三——四五", 7);
        assertThat(lines).containsExactly("一二三", "——四五");
    }

    @Test
    void anEllipsisPairIsNeverSplitNorStartsALine() {
        assertThat(wrap("一二三……四五", 7)).containsExactly("一二", "三……四", "五");
    }

    @Test
    void aWideCharacterNeverStartsInTheLastCell() {
        List<TextLine> lines = narrowAmbiguous.wrap("abcd中文", 5);
        assertThat(lines).extracting(TextLine::width).containsExactly(4, 4);
        assertThat(narrowAmbiguous.wrapToStrings("abcd中文", 5)).containsExactly("abcd", "中文");
    }

    @Test
    void aLongUrlBreaksAtTheLastClusterThatFitsWhereTheScreenMustCutIt() {
        assertThat(wrap("see https://example.com/abcdefghij", 12))
                .containsExactly("see https://", "example.com/", "abcdefghij");
        assertThat(wrap("see https://example.com/abcdefghij", 8))
                .containsExactly("see", "https://", "example.", "com/", "abcdefgh", "ij");
        assertThat(wrap("abcdefghijklmnop", 6)).containsExactly("abcdef", "ghijkl", "mnop");
    }

    @Test
    void anEmergencyBreakStillKeepsPunctuationOffTheLineStart() {
        assertThat(wrap("abcdefghi,", 9)).containsExactly("abcdefgh", "i,");
    }

    @Test
    void anEmergencyBreakWithNoKinsokuSafeCutCutsAtTheLastClusterThatFits() {
        assertThat(wrap("。。。。。", 4)).containsExactly("。。", "。。", "。");
    }

    @Test
    void aClusterWiderThanTheLineShowsAPlaceholderAndKeepsItsSource() {
        String text = "中a";
        List<TextLine> lines = narrowAmbiguous.wrap(text, 1);
        assertThat(lines).containsExactly(new TextLine(0, 1, 1, true), new TextLine(1, 2, 1));
        assertThat(lines.get(0).of(text)).isEqualTo(TextLine.PLACEHOLDER);
        assertThat(lines.get(0).source(text)).isEqualTo("中");
        assertThat(new CellWidth(2).ofCluster(TextLine.PLACEHOLDER)).isEqualTo(1);
    }

    @Test
    void spacesAtABreakHangAndAreNotCounted() {
        List<TextLine> lines = narrowAmbiguous.wrap("hello   world  ", 5);
        assertThat(lines).containsExactly(new TextLine(0, 5, 5), new TextLine(8, 13, 5));
    }

    @Test
    void aNewlineIsAForcedBreakAndAnEmptyParagraphIsAnEmptyLine() {
        assertThat(wrap("一\n\n二\n", 10)).containsExactly("一", "", "二");
        assertThat(wrap("\n", 10)).containsExactly("");
        assertThat(wrap("", 10)).isEmpty();
    }

    @Test
    void leadingIdeographicSpacesAreKept() {
        List<TextLine> lines = narrowAmbiguous.wrap("\u3000\u3000中文报道", 20);
        assertThat(lines).containsExactly(new TextLine(0, 6, 12));
    }

    @Test
    void anIdeographicSpaceAtABreakHangsInsteadOfIndentingTheNextLine() {
        List<TextLine> lines = narrowAmbiguous.wrap("一二三\u3000四五六", 6);
        assertThat(lines).containsExactly(new TextLine(0, 3, 6), new TextLine(4, 7, 6));
        assertThat(wrap("\u3000\u3000一二三四五六七", 8)).containsExactly("\u3000\u3000一二", "三四五六", "七");
    }

    @Test
    void ambiguousCharactersFollowTheSetting() {
        String quoted = "“中文”";
        assertThat(narrowAmbiguous.wrap(quoted, 80).get(0).width()).isEqualTo(6);
        assertThat(wideAmbiguous.wrap(quoted, 80).get(0).width()).isEqualTo(8);
        assertThat(wideAmbiguous.wrapToStrings("一二三“四”", 8)).containsExactly("一二三", "“四”");
    }

    @Test
    void emojiSequencesAreNeverSplit() {
        String family = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67";
        assertThat(wrap("ab" + family + family, 3)).containsExactly("ab", family, family);
    }

    @Test
    void aLineNeverExceedsTheWidthEvenAtWidthOne() {
        for (TextLine line : narrowAmbiguous.wrap("中文，English！\u3000“引号”", 1)) {
            assertThat(line.width()).isLessThanOrEqualTo(1);
        }
    }

    @Test
    void koreanBreaksOnlyAtSpacesLikeKeepAll() {
        // UAX #14 alone gave "한국어 문장" / "입니다" here, and "가장 인" / "기 있는" below.
        assertThat(wrap("한국어 문장입니다", 12)).containsExactly("한국어", "문장입니다");
        assertThat(wrap("가장 인기 있는 기사는 3월 10일 AI가 쓴 글이다.", 12))
                .containsExactly("가장 인기", "있는 기사는", "3월 10일", "AI가 쓴", "글이다.");
    }

    @Test
    void aKoreanWordWiderThanTheLineStillBreaksAtTheLastClusterThatFits() {
        assertThat(wrap("한국어 문장입니다", 8)).containsExactly("한국어", "문장입니", "다");
        assertThat(wrap("한국어 문장입니다.", 10)).containsExactly("한국어", "문장입니", "다.");
    }
}
