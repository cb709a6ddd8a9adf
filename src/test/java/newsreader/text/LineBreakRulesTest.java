package newsreader.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The strict CJK tailoring the wrapper relies on (cjk-typography.md §2). */
class LineBreakRulesTest {
    @Test
    void strictRulesKeepSmallKanaIterationMarksAndWaveDashesOffTheLineStart() {
        for (String text : new String[] {"あぁ", "カッ", "人々", "カー", "あ〜", "あ゠"}) {
            assertThat(LineBreakRules.STRICT.opportunities(text)).as(text).containsExactly(text.length());
        }
    }

    @Test
    void ideographsMayBreakAnywhereButNotBeforeClosingPunctuation() {
        assertThat(LineBreakRules.STRICT.opportunities("中文。报道")).containsExactly(1, 3, 4, 5);
    }

    @Test
    void aBreakComesAfterTheSpacesNotBeforeThem() {
        assertThat(LineBreakRules.UNTAILORED.opportunities("ab  cd")).containsExactly(4, 6);
        assertThat(LineBreakRules.STRICT.opportunities("")).isEmpty();
    }

    @Test
    void strictRulesKeepAKoreanWordWholeAndBreakAtItsSpaces() {
        assertThat(LineBreakRules.STRICT.opportunities("한국어 문장입니다")).containsExactly(4, 9);
        // The untailored algorithm, which the conformance test checks, still breaks between syllables.
        assertThat(LineBreakRules.UNTAILORED.opportunities("한국어")).containsExactly(1, 2, 3);
    }

    @Test
    void aKoreanWordKeepsItsDigitsLatinLettersJamoAndMarks() {
        assertThat(LineBreakRules.STRICT.opportunities("3월 10일")).containsExactly(3, 6);
        assertThat(LineBreakRules.STRICT.opportunities("AI가 말했다")).containsExactly(4, 7);
        assertThat(LineBreakRules.STRICT.opportunities("ㅋㅋㅋ")).containsExactly(3);
        assertThat(LineBreakRules.STRICT.opportunities("가\u0301나")).containsExactly(3);
    }

    @Test
    void koreanNextToChineseAndPunctuationKeepsTheUsualBreaks() {
        assertThat(LineBreakRules.STRICT.opportunities("中文")).containsExactly(1, 2);
        assertThat(LineBreakRules.STRICT.opportunities("韓國어")).containsExactly(1, 2, 3);
        assertThat(LineBreakRules.STRICT.opportunities("서울(연합뉴스)")).containsExactly(2, 8);
    }
}
