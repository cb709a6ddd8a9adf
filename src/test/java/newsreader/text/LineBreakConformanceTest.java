package newsreader.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every case of Unicode 17 {@code LineBreakTest} through ICU's untailored line breaker
 * ({@link LineBreakRules#UNTAILORED}); the wrapper uses the strict tailoring of the same engine.
 */
class LineBreakConformanceTest {
    private static final String HYPHEN_BEFORE_LETTER = "ICU's default line rules carry one documented modification"
            + " of UAX #14 (its rule 20.9): no break between a hyphen that follows a break and the letter after it"
            + " (a word-initial hyphen), here a Hebrew letter";

    /** Known deviations, by test line: ICU's answer and why. */
    static final Map<String, ConformanceDeviation> DEVIATIONS = Stream.of(
                    new ConformanceDeviation("× 2010 ÷ 05D0 ÷", List.of(2), HYPHEN_BEFORE_LETTER),
                    new ConformanceDeviation("× 2010 × 0308 ÷ 05D0 ÷", List.of(3), HYPHEN_BEFORE_LETTER),
                    new ConformanceDeviation("× 002D ÷ 05D0 ÷", List.of(2), HYPHEN_BEFORE_LETTER),
                    new ConformanceDeviation("× 002D × 0308 ÷ 05D0 ÷", List.of(3), HYPHEN_BEFORE_LETTER))
            .collect(Collectors.toMap(ConformanceDeviation::line, d -> d));

    static Stream<UnicodeData.BreakCase> cases() {
        return UnicodeData.breakCases("LineBreakTest.json", "LineBreakTest").stream();
    }

    @Test
    void everyNamedDeviationIsACaseOfTheFile() {
        List<String> lines = cases().map(UnicodeData.BreakCase::line).collect(Collectors.toList());
        assertThat(lines).hasSizeGreaterThan(15000).containsAll(DEVIATIONS.keySet());
    }

    /** Each case with a note naming its deviation, if it has one, so that reports show it. */
    static Stream<Arguments> casesWithNotes() {
        return cases().map(c -> Arguments.of(c, DEVIATIONS.containsKey(c.line())
                ? "  [deviation: " + DEVIATIONS.get(c.line()).reason() + "]" : ""));
    }

    @ParameterizedTest(name = "{0}{1}")
    @MethodSource("casesWithNotes")
    void untailoredOpportunitiesMatchTheConformanceFile(UnicodeData.BreakCase c, String note) {
        List<Integer> actual = Arrays.stream(LineBreakRules.UNTAILORED.opportunities(c.text()))
                .boxed().collect(Collectors.toList());
        ConformanceDeviation deviation = DEVIATIONS.get(c.line());
        List<Integer> expected = deviation == null ? c.breaks() : deviation.actualBreaks();
        assertThat(actual).as(deviation == null ? c.line() : c.line() + ", deviation: " + deviation.reason())
                .isEqualTo(expected);
    }
}
