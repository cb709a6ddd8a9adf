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
}
