package newsreader.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Truncation on random mixed-script text: never too wide, never inside a cluster, columns exact. */
class TruncationProperties {
    private static final String ELLIPSIS = "…";

    @Property(tries = 500)
    void truncatedTextIsAClusterPrefixThatFits(@ForAll("text") String text, @ForAll @IntRange(max = 120) int cells,
                                               @ForAll @IntRange(min = 1, max = 2) int ambiguous) {
        CellWidth widths = new CellWidth(ambiguous);
        String cut = new Truncation(widths).truncate(text, cells);
        if (cells == 0) {
            assertThat(cut).isEmpty();
            return;
        }
        assertThat(widths.of(cut)).isLessThanOrEqualTo(cells);
        if (cut.equals(text)) {
            assertThat(widths.of(text)).isLessThanOrEqualTo(cells);
            return;
        }
        boolean withEllipsis = cells >= widths.of(ELLIPSIS);
        assertThat(cut.endsWith(ELLIPSIS)).isEqualTo(withEllipsis);
        String kept = withEllipsis ? cut.substring(0, cut.length() - ELLIPSIS.length()) : cut;
        assertThat(text).startsWith(kept);
        assertThat(Arrays.stream(Graphemes.boundaries(text)).anyMatch(b -> b == kept.length())).isTrue();
        int[] bounds = Graphemes.boundaries(text);
        int next = Arrays.stream(bounds).filter(b -> b > kept.length()).findFirst().orElse(text.length());
        int withNext = widths.of(text.substring(0, next)) + (withEllipsis ? widths.of(ELLIPSIS) : 0);
        assertThat(withNext).as("the next cluster would not have fitted").isGreaterThan(cells);
    }

    @Property(tries = 500)
    void fitGivesExactlyTheColumnWidth(@ForAll("text") String text, @ForAll @IntRange(max = 120) int cells,
                                       @ForAll @IntRange(min = 1, max = 2) int ambiguous) {
        CellWidth widths = new CellWidth(ambiguous);
        assertThat(widths.of(new Truncation(widths).fit(SafeText.line(text), cells))).isEqualTo(cells);
    }

    @Provide
    Arbitrary<String> text() {
        return MixedText.arbitrary().map(SafeText::line);
    }
}
