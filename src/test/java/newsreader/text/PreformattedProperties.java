package newsreader.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Folding of preformatted lines on random text with TABs: within the width, lossless, as full as it can be. */
class PreformattedProperties {

    @Property(tries = 500)
    void noFoldedLineIsWiderThanTheWidth(@ForAll("codeLine") String line, @ForAll @IntRange(min = 1, max = 120) int width,
                                         @ForAll @IntRange(min = 1, max = 2) int ambiguous) {
        CellWidth widths = new CellWidth(ambiguous);
        for (FoldedLine folded : new Preformatted(widths).foldLines(line, width)) {
            assertThat(folded.width()).isEqualTo(widths.of(folded.display())).isLessThanOrEqualTo(width);
        }
    }

    @Property(tries = 500)
    void fromFourCellsFoldingLosesNothingAndFillsEachLine(@ForAll("codeLine") String line,
                                                          @ForAll @IntRange(min = 4, max = 120) int width,
                                                          @ForAll @IntRange(min = 1, max = 2) int ambiguous) {
        CellWidth widths = new CellWidth(ambiguous);
        Preformatted pre = new Preformatted(widths);
        List<FoldedLine> lines = pre.foldLines(line, width);
        StringBuilder joined = new StringBuilder();
        for (FoldedLine folded : lines) {
            joined.append(folded.text());
        }
        String expanded = pre.expandTabs(line);
        assertThat(joined.toString()).isEqualTo(expanded);
        assertThat(expanded).doesNotContain("\t");
        assertThat(lines.get(0).isContinuation()).isFalse();
        int used = 0;
        for (int i = 0; i + 1 < lines.size(); i++) {
            used += lines.get(i).text().length();
            List<String> rest = Graphemes.clusters(expanded.substring(used));
            assertThat(lines.get(i + 1).isContinuation()).isTrue();
            assertThat(lines.get(i + 1).marker()).isEqualTo(Preformatted.CONTINUATION);
            assertThat(lines.get(i).width() + widths.ofCluster(rest.get(0)))
                    .as("line %d could not take the next cluster", i).isGreaterThan(width);
        }
    }

    @Provide
    Arbitrary<String> codeLine() {
        Arbitrary<String> withTabs = Arbitraries.of("\t", "\t\t", "x\t", "中\t");
        return Arbitraries.oneOf(MixedText.arbitrary(), withTabs)
                .list().ofMaxSize(8)
                .map(parts -> SafeText.multiline(String.join("", parts)).replace("\n", " "));
    }
}
