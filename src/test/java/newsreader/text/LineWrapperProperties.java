package newsreader.text;

import static newsreader.testing.Generators.chars;
import static newsreader.testing.Generators.frequency;
import static newsreader.testing.Generators.ints;
import static newsreader.testing.Generators.joined;
import static newsreader.testing.Generators.of;
import static newsreader.testing.Generators.oneCodePointOf;
import static newsreader.testing.Generators.weight;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Function;
import newsreader.testing.Property;
import org.junit.jupiter.api.Test;

/**
 * The wrapper's promises on random mixed-script text at random widths: nothing overflows, no
 * cluster is split, kinsoku holds wherever some cut could keep it, nothing is lost or reordered,
 * and a wrapped line wraps to itself.
 */
class LineWrapperProperties {
    private static final String NO_LINE_START =
            "、。，．：；！？）］｝〕〉》」』】〙〗〟’”｠»…‥ーぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶ・:;,.!?)]}";
    private static final String NO_LINE_END = "（［｛〔〈《「『【〘〖〝‘“｟«([{";
    private static final int TRIES = 700;

    /** A text to wrap, the width to wrap it to, and the cells an ambiguous-width character takes. */
    record Case(String text, int width, int ambiguous) {
        Case withText(String other) {
            return new Case(other, width, ambiguous);
        }
    }

    /** Widths from one cell to far wider than a terminal, the narrow ones (where rules collide) most often. */
    private static final Function<Random, Integer> WIDTHS = frequency(
            weight(4, ints(1, 12)),
            weight(4, ints(13, 80)),
            weight(2, ints(81, 300)));
    private static final Function<Random, Integer> ROOMY_WIDTHS = ints(6, 120);
    private static final Function<Random, Integer> AMBIGUOUS_WIDTHS = of(1, 2);

    /** Mixed text at a random width, with either ambiguous width. */
    private static final Function<Random, Case> MIXED = r ->
            new Case(MixedText.generator().apply(r), WIDTHS.apply(r), AMBIGUOUS_WIDTHS.apply(r));
    /** Mixed text at a random width, ambiguous characters narrow. */
    private static final Function<Random, Case> MIXED_NARROW_AMBIGUOUS = r ->
            new Case(MixedText.generator().apply(r), WIDTHS.apply(r), 1);

    private static void forAll(String name, Function<Random, Case> cases, Consumer<Case> check) {
        Property.forAll("wrapper: " + name, TRIES, cases, check, Property.byText(Case::text, Case::withText));
    }

    @Test
    void noLineIsWiderThanTheWidth() {
        forAll("no line is wider than the width", MIXED,
                c -> assertThat(oracle(c).overflow()).isEmpty());
    }

    @Test
    void noGraphemeClusterIsSplit() {
        forAll("no grapheme cluster is split", MIXED_NARROW_AMBIGUOUS,
                c -> assertThat(oracle(c).splitClusters()).isEmpty());
    }

    @Test
    void nothingIsLostOrReordered() {
        forAll("nothing is lost or reordered", MIXED,
                c -> assertThat(oracle(c).loss()).isEmpty());
    }

    @Test
    void spacesAtABreakAreNotPrinted() {
        forAll("spaces at a break are not printed", MIXED_NARROW_AMBIGUOUS,
                c -> assertThat(oracle(c).printedBreakSpaces()).isEmpty());
    }

    @Test
    void kinsokuHoldsWhereverSomeCutCouldKeepIt() {
        forAll("kinsoku holds wherever some cut could keep it", MIXED,
                c -> assertThat(oracle(c).avoidableKinsokuViolations()).isEmpty());
    }

    @Test
    void wordsAreSplitOnlyWhenNoBreakOpportunityFits() {
        forAll("words are split only when no break opportunity fits", MIXED,
                c -> assertThat(oracle(c).avoidableEmergencyBreaks()).isEmpty());
    }

    @Test
    void everyLineIsFilledAsFarAsTheRulesAllow() {
        forAll("every line is filled as far as the rules allow", MIXED,
                c -> assertThat(oracle(c).lazyLines()).isEmpty());
    }

    @Test
    void kinsokuAlwaysHoldsInChineseWhenPunctuationIsSpacedOut() {
        Function<Random, Case> cases = r -> new Case(SPACED_OUT_CHINESE.apply(r), ROOMY_WIDTHS.apply(r), 1);
        // No shrinking: cutting the text could put two kinsoku characters side by side, another property.
        Property.forAll("wrapper: kinsoku always holds in Chinese when punctuation is spaced out", TRIES, cases, c -> {
            String text = c.text();
            LineWrapper wrapper = new LineWrapper(CellWidth.standard());
            List<TextLine> lines = wrapper.wrap(text, c.width());
            for (int i = 0; i + 1 < lines.size(); i++) {
                String line = lines.get(i).of(text);
                String next = lines.get(i + 1).of(text);
                assertThat(NO_LINE_END.indexOf(line.codePointBefore(line.length()))).as(line).isNegative();
                assertThat(NO_LINE_START.indexOf(next.codePointAt(0))).as(next).isNegative();
                assertThat(line.endsWith("—") && next.startsWith("—")).as(line + "|" + next).isFalse();
            }
        });
    }

    @Test
    void aWrappedLineWrapsToItself() {
        forAll("a wrapped line wraps to itself", MIXED, c -> {
            LineWrapper wrapper = new LineWrapper(new CellWidth(c.ambiguous()));
            LayoutOracle oracle = new LayoutOracle(c.text(), wrapper.wrap(c.text(), c.width()), c.width(), wrapper.widths());
            assertThat(oracle.unstableLines(wrapper)).isEmpty();
        });
    }

    private static LayoutOracle oracle(Case c) {
        CellWidth widths = new CellWidth(c.ambiguous());
        return new LayoutOracle(c.text(), new LineWrapper(widths).wrap(c.text(), c.width()), c.width(), widths);
    }

    /** Chinese with every kinsoku character between runs of at least two ideographs. */
    private static final Function<Random, String> SPACED_OUT_CHINESE = joined(frequency(
            weight(3, chars('\u4E00', '\u9FFF', 2, 20)),
            weight(2, r -> "中文" + oneCodePointOf(NO_LINE_END + "—").apply(r) + chars('\u4E00', '\u9FFF', 2, 8).apply(r)
                    + oneCodePointOf(NO_LINE_START + "—").apply(r) + "报道")), 1, 30);
}
