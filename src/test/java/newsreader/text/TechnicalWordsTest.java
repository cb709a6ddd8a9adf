package newsreader.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The Latin side of the strict rules (cjk-typography.md §2): technical words are kept whole when the line can take
 * them, broken at a fallback when it cannot, and CJK text keeps exactly the breaks it had.
 */
class TechnicalWordsTest {
    private final LineWrapper wrapper = new LineWrapper(CellWidth.standard());

    /** The text cut at its regular opportunities, with {@code |}. */
    private static String cut(String text) {
        StringBuilder out = new StringBuilder();
        int from = 0;
        for (int b : LineBreakRules.STRICT.opportunities(text)) {
            out.append(text, from, b).append('|');
            from = b;
        }
        return out.toString();
    }

    @Test
    void untailoredRulesSplitTheseWords() {
        // What strict UAX #14 alone does, and why the tailoring exists.
        assertThat(LineBreakRules.UNTAILORED.opportunities("C++")).containsExactly(2, 3);
        assertThat(LineBreakRules.UNTAILORED.opportunities("RISC-V")).containsExactly(5, 6);
        assertThat(LineBreakRules.UNTAILORED.opportunities("v2.0-rc1")).containsExactly(5, 8);
        assertThat(LineBreakRules.UNTAILORED.opportunities("Torch->ONNX")).containsExactly(6, 11);
    }

    @Test
    void technicalWordsHaveNoRegularOpportunityInside() {
        for (String word : List.of("C++", "C#", "#tag", "F#", "v2.0-rc1", "1.2.3", "v1.19.14", "Torch->ONNX->TensorRT",
                "a=>b", "std::vector", "RISC-V", "x86-64", "semver-major", "GPT-4o", "g++-12")) {
            assertThat(cut("用 " + word + " 写")).as(word).isEqualTo("用 |" + word + " |写|");
        }
    }

    @Test
    void aLongHyphenatedCompoundKeepsItsBreaks() {
        assertThat(cut("state-of-the-art-compound")).isEqualTo("state-|of-|the-|art-|compound|");
        // Fifteen cells is still short, sixteen is long.
        assertThat(cut("abcdefg-hijklmno")).isEqualTo("abcdefg-|hijklmno|");
        assertThat(cut("abcdefg-hijklmn")).isEqualTo("abcdefg-hijklmn|");
    }

    @Test
    void sentencePunctuationAfterAWordIsNotPartOfIt() {
        assertThat(cut("见 semver-major). 与 RISC-V. 和")).isEqualTo("见 |semver-major). |与 |RISC-V. |和|");
    }

    @Test
    void aListNumberInRunningTextKeepsItsFirstWord() {
        assertThat(cut("操作。 2. 项目方")).isEqualTo("操|作。 |2. 项|目|方|");
        assertThat(cut("steps: 1) install 2) run")).isEqualTo("steps: |1) install |2) run|");
        // r025: the item follows its number with no space.
        assertThat(cut("cToken。 3.最后")).isEqualTo("cToken。 |3.最|后|");
        // A number inside a sentence or a word is not a list number (r053: an issue number before a parenthesis).
        assertThat(cut("version 3.2. Then")).isEqualTo("version |3.2. |Then|");
        assertThat(cut("library#107) (@sy-records)")).isEqualTo("library#107) |(@sy-records)|");
    }

    @Test
    void theLineTakesTheWholeWordWhenItFits() {
        assertThat(wrapper.wrapToStrings("顺带解释一下semver-major的含义", 16))
                .containsExactly("顺带解释一下", "semver-major的含", "义");
        assertThat(wrapper.wrapToStrings("其他 RISC-V 架构", 8)).containsExactly("其他", "RISC-V", "架构");
        assertThat(wrapper.wrapToStrings("用户必须提交有效的消息。 2. 项目方在进行", 27))
                .containsExactly("用户必须提交有效的消息。", "2. 项目方在进行");
        assertThat(wrapper.wrapToStrings("我们喜欢 C++ 语言", 9)).containsExactly("我们喜欢", "C++ 语言");
    }

    @Test
    void aWordWiderThanTheLineBreaksAtAFallbackNeverInsideASign() {
        assertThat(wrapper.wrapToStrings("semver-major", 8)).containsExactly("semver-", "major");
        assertThat(wrapper.wrapToStrings("Torch->ONNX->TensorRT", 12)).containsExactly("Torch->", "ONNX->", "TensorRT");
        assertThat(wrapper.wrapToStrings("Torch->ONNX->TensorRT", 14)).containsExactly("Torch->ONNX->", "TensorRT");
        // No fallback fits: the emergency break between clusters, as for any word wider than the line.
        assertThat(wrapper.wrapToStrings("C++", 2)).containsExactly("C+", "+");
    }

    @Test
    void chineseJapaneseAndKoreanKeepExactlyTheBreaksTheyHad() {
        String text = "千呼万唤始出来，等待了五年！「引用」（括号）——破折号……省略号。カッコいい、한국어 문장입니다 3월 10일";
        assertThat(LineBreakRules.STRICT.find(text).fallbacks()).isEmpty();
        BreakIterator icu = BreakIterator.getLineInstance(new ULocale("zh@lb=strict"));
        icu.setText(text);
        List<Integer> expected = new ArrayList<>();
        for (int b = icu.next(); b != BreakIterator.DONE; b = icu.next()) {
            if (!LineBreakRules.KoreanWords.joinsAt(text, b)) {
                expected.add(b);
            }
        }
        assertThat(Arrays.stream(LineBreakRules.STRICT.opportunities(text)).boxed().toList()).isEqualTo(expected);
    }

    /**
     * The Latin tailoring applied to the untailored rules over every case of {@code LineBreakTest}: it departs from
     * the file in exactly three cases, each a French word joined by a hyphen that it keeps whole as a short
     * hyphenated word ({@code Excusez-moi} twice, {@code Donne-lui}). {@link LineBreakConformanceTest} checks the
     * untailored rules, which the tailoring does not touch, so it skips none of them.
     */
    @Test
    void theTailoringDepartsFromTheConformanceFileOnlyInThreeNamedCases() {
        List<String> departures = new ArrayList<>();
        LineBreakConformanceTest.cases().forEach(c -> {
            int[] untailored = LineBreakRules.UNTAILORED.opportunities(c.text());
            List<Integer> kept = Arrays.stream(LineBreakRules.keepTechnicalWords(c.text(), untailored).regular())
                    .boxed().toList();
            for (int b : untailored) {
                if (!kept.contains(b)) {
                    departures.add(wordAround(c.text(), b));
                }
            }
        });
        assertThat(departures).containsExactly("Excusez-moi", "Excusez-moi", "Donne-lui");
    }

    private static String wordAround(String text, int offset) {
        int start = offset;
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
            start--;
        }
        int end = offset;
        while (end < text.length() && Character.isLetterOrDigit(text.charAt(end)) || end < text.length() && text.charAt(end) == '-') {
            end++;
        }
        return text.substring(start, end).replaceAll("^\\P{L}+", "");
    }
}
