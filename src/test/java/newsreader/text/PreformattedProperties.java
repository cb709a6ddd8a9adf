package newsreader.text;

import static org.assertj.core.api.Assertions.assertThat;

import static newsreader.testing.Generators.between;
import static newsreader.testing.Generators.joined;
import static newsreader.testing.Generators.of;
import static newsreader.testing.Generators.oneOf;

import java.util.List;
import java.util.Random;
import java.util.function.Function;
import newsreader.testing.Property;
import org.junit.jupiter.api.Test;

/** Folding of preformatted lines on random text with TABs: within the width, lossless, as full as it can be. */
class PreformattedProperties {

    /** A line of code, the width to fold it to, and the cells an ambiguous-width character takes. */
    record Case(String line, int width, int ambiguous) {
        Case withLine(String other) {
            return new Case(other, width, ambiguous);
        }
    }

    /** Mixed text and TABs on one line, cleaned as a {@code <pre>} block's line would be. */
    private static final Function<Random, String> CODE_LINE = r ->
            SafeText.multiline(joined(oneOf(MixedText.generator(), of("\t", "\t\t", "x\t", "中\t")), 0, 8).apply(r))
                    .replace("\n", " ");

    private static Function<Random, Case> cases(int minWidth) {
        return r -> new Case(CODE_LINE.apply(r), between(r, minWidth, 120), between(r, 1, 2));
    }

    @Test
    void noFoldedLineIsWiderThanTheWidth() {
        Property.forAll("preformatted: no folded line is wider than the width", 500, cases(1), c -> {
            CellWidth widths = new CellWidth(c.ambiguous());
            for (FoldedLine folded : new Preformatted(widths).foldLines(c.line(), c.width())) {
                assertThat(folded.width()).isEqualTo(widths.of(folded.display()));
                if (!isWholeAddress(folded.text())) {
                    assertThat(folded.width()).isLessThanOrEqualTo(c.width());
                }
            }
        }, Property.byText(Case::line, Case::withLine));
    }

    @Test
    void fromFourCellsFoldingLosesNothingAndFillsEachLine() {
        Property.forAll("preformatted: from four cells folding loses nothing and fills each line", 500, cases(4),
                PreformattedProperties::checkLosesNothingAndFills, Property.byText(Case::line, Case::withLine));
    }

    private static void checkLosesNothingAndFills(Case c) {
        String line = c.line();
        int width = c.width();
        CellWidth widths = new CellWidth(c.ambiguous());
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
            // A line folded before an address, so that it goes on whole, may stop short; so may a fold of prose
            // moved back for kinsoku, when the fold where the line would be full breaks it.
            if (!startsWithAddress(lines.get(i + 1).text())
                    && lines.get(i).width() + widths.ofCluster(rest.get(0)) <= width) {
                String text = lines.get(i).text();
                String after = String.join("", rest);
                int taken = 0;
                int cells = lines.get(i).width();
                while (taken < rest.size() && cells + widths.ofCluster(rest.get(taken)) <= width) {
                    cells += widths.ofCluster(rest.get(taken));
                    taken++;
                }
                String full = text + String.join("", rest.subList(0, taken));
                String beyond = taken < rest.size() ? rest.get(taken) : "";
                assertThat(beyond).as("line %d stops short at the end of the source", i).isNotEmpty();
                assertThat(kinsokuBroken(full, beyond)).as("line %d stops short of %s though [%s] / [%s] keeps kinsoku",
                        i, after, full, beyond).isTrue();
                assertThat(kinsokuBroken(text, rest.get(0))).as("line %d moved its fold and still breaks kinsoku", i)
                        .isFalse();
            }
        }
    }

    /** The one line that may be wider than the width: one address, after indentation only. */
    private static boolean isWholeAddress(String text) {
        List<Addresses.Span> spans = Addresses.find(text);
        return spans.size() == 1 && text.substring(0, spans.get(0).start()).isBlank()
                && spans.get(0).end() == text.length();
    }

    /** A line folded before an address, so that it goes on whole, could have taken more. */
    private static boolean startsWithAddress(String text) {
        List<Addresses.Span> spans = Addresses.find(text);
        return !spans.isEmpty() && spans.get(0).start() == 0;
    }

    /** Kinsoku between a line and the next of prose (a character not ASCII beside the fold), by the spec's sets. */
    private static boolean kinsokuBroken(String line, String next) {
        List<String> clusters = Graphemes.clusters(line);
        int last = clusters.get(clusters.size() - 1).codePointAt(0); // a cluster's base: 「 of 「 and a mark
        int first = next.codePointAt(0);
        if (last < 0x80 && first < 0x80) {
            return false;
        }
        return LayoutOracle.NO_LINE_END.indexOf(last) >= 0 || LayoutOracle.NO_LINE_START.indexOf(first) >= 0
                || (last == first && (last == '—' || last == '…'));
    }
}
