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

/** Every case of Unicode 17 {@code GraphemeBreakTest} through {@link Graphemes}. */
class GraphemeConformanceTest {
    /** Known deviations, by test line. */
    static final Map<String, ConformanceDeviation> DEVIATIONS = Map.of(
            "÷ 2701 × 200D × 2701 ÷", new ConformanceDeviation("÷ 2701 × 200D × 2701 ÷", List.of(0, 2, 3),
                    "ICU 78.1's Unicode 17 data does not give U+2701 Extended_Pictographic (the shared"
                            + " emoji-data.json does), so rule GB11 does not join it"));

    static Stream<UnicodeData.BreakCase> cases() {
        return UnicodeData.breakCases("GraphemeBreakTest.json", "GraphemeBreakTest").stream();
    }

    @Test
    void everyNamedDeviationIsACaseOfTheFile() {
        List<String> lines = cases().map(UnicodeData.BreakCase::line).collect(Collectors.toList());
        assertThat(lines).hasSizeGreaterThan(700).containsAll(DEVIATIONS.keySet());
    }

    /** Each case with a note naming its deviation, if it has one, so that reports show it. */
    static Stream<Arguments> casesWithNotes() {
        return cases().map(c -> Arguments.of(c, DEVIATIONS.containsKey(c.line())
                ? "  [deviation: " + DEVIATIONS.get(c.line()).reason() + "]" : ""));
    }

    @ParameterizedTest(name = "{0}{1}")
    @MethodSource("casesWithNotes")
    void clusterBoundariesMatchTheConformanceFile(UnicodeData.BreakCase c, String note) {
        List<Integer> actual = Arrays.stream(Graphemes.boundaries(c.text())).boxed().collect(Collectors.toList());
        ConformanceDeviation deviation = DEVIATIONS.get(c.line());
        List<Integer> expected = deviation == null ? c.breaks() : deviation.actualBreaks();
        assertThat(actual).as(deviation == null ? c.line() : c.line() + ", deviation: " + deviation.reason())
                .isEqualTo(expected);
        assertThat(String.join("", Graphemes.clusters(c.text()))).isEqualTo(c.text());
    }
}
