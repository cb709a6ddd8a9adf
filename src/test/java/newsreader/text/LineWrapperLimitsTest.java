package newsreader.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile and huge input (security.md: "a 1 MB single line"): layout stays linear, never fails, and
 * keeps its promises. The time limits are generous so that a busy machine does not fail them; a
 * quadratic layout would take minutes.
 */
class LineWrapperLimitsTest {
    private static final Duration LIMIT = Duration.ofSeconds(20);
    private final LineWrapper wrapper = new LineWrapper(CellWidth.standard());

    @ParameterizedTest
    @ValueSource(strings = {"a", "。", "（", "—", " ", "中", "e\u0301", "😀", "\u3000"})
    void aOneMegabyteLineOfOneClusterWrapsQuickly(String cluster) {
        String text = cluster.repeat(1_000_000 / cluster.length());
        List<TextLine> lines = assertTimeoutPreemptively(LIMIT, () -> wrapper.wrap(text, 80));
        assertThat(lines).allSatisfy(line -> assertThat(line.width()).isLessThanOrEqualTo(80));
        assertThat(lines).isNotEmpty();
    }

    @Test
    void aOneMegabyteMixedParagraphWrapsQuicklyAndCompletely() {
        String text = "中文报道 English words，“引号”😀……——（括号）".repeat(40_000);
        List<TextLine> lines = assertTimeoutPreemptively(LIMIT, () -> wrapper.wrap(text, 37));
        LayoutOracle oracle = new LayoutOracle(text, lines, 37, wrapper.widths());
        assertThat(oracle.overflow()).isEmpty();
        assertThat(oracle.loss()).isEmpty();
    }

    @Test
    void aHugeClusterIsOneLine() {
        String text = "a" + "\u0301".repeat(200_000) + "b";
        List<TextLine> lines = assertTimeoutPreemptively(LIMIT, () -> wrapper.wrap(text, 1));
        assertThat(lines).extracting(TextLine::width).containsExactly(1, 1);
    }
}
