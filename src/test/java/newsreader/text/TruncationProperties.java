package newsreader.text;

import static org.assertj.core.api.Assertions.assertThat;

import static newsreader.testing.Generators.between;

import java.util.Arrays;
import java.util.Random;
import java.util.function.Function;
import newsreader.testing.Property;
import org.junit.jupiter.api.Test;

/** Truncation on random mixed-script text: never too wide, never inside a cluster, columns exact. */
class TruncationProperties {
    private static final String ELLIPSIS = "…";

    /** A text to truncate, the cells of its column, and the cells an ambiguous-width character takes. */
    record Case(String text, int cells, int ambiguous) {
        Case withText(String other) {
            return new Case(other, cells, ambiguous);
        }
    }

    /** Cleaned mixed text in a column of 0 to 120 cells. */
    private static final Function<Random, Case> CASES = r ->
            new Case(SafeText.line(MixedText.generator().apply(r)), between(r, 0, 120), between(r, 1, 2));

    @Test
    void truncatedTextIsAClusterPrefixThatFits() {
        Property.forAll("truncation: a cluster prefix that fits", 500, CASES,
                TruncationProperties::checkClusterPrefixThatFits, Property.byText(Case::text, Case::withText));
    }

    private static void checkClusterPrefixThatFits(Case c) {
        String text = c.text();
        int cells = c.cells();
        CellWidth widths = new CellWidth(c.ambiguous());
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

    @Test
    void fitGivesExactlyTheColumnWidth() {
        Property.forAll("truncation: fit gives exactly the column width", 500, CASES, c -> {
            CellWidth widths = new CellWidth(c.ambiguous());
            assertThat(widths.of(new Truncation(widths).fit(SafeText.line(c.text()), c.cells()))).isEqualTo(c.cells());
        }, Property.byText(Case::text, Case::withText));
    }
}
