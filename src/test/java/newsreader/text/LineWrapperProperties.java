package newsreader.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

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

    @Property(tries = TRIES)
    void noLineIsWiderThanTheWidth(@ForAll("mixedText") String text, @ForAll("widths") int width,
                                   @ForAll("ambiguousWidths") int ambiguous) {
        assertThat(oracle(text, width, ambiguous).overflow()).isEmpty();
    }

    @Property(tries = TRIES)
    void noGraphemeClusterIsSplit(@ForAll("mixedText") String text, @ForAll("widths") int width) {
        assertThat(oracle(text, width, 1).splitClusters()).isEmpty();
    }

    @Property(tries = TRIES)
    void nothingIsLostOrReordered(@ForAll("mixedText") String text, @ForAll("widths") int width,
                                  @ForAll("ambiguousWidths") int ambiguous) {
        assertThat(oracle(text, width, ambiguous).loss()).isEmpty();
    }

    @Property(tries = TRIES)
    void spacesAtABreakAreNotPrinted(@ForAll("mixedText") String text, @ForAll("widths") int width) {
        assertThat(oracle(text, width, 1).printedBreakSpaces()).isEmpty();
    }

    @Property(tries = TRIES)
    void kinsokuHoldsWhereverSomeCutCouldKeepIt(@ForAll("mixedText") String text, @ForAll("widths") int width,
                                                 @ForAll("ambiguousWidths") int ambiguous) {
        assertThat(oracle(text, width, ambiguous).avoidableKinsokuViolations()).isEmpty();
    }

    @Property(tries = TRIES)
    void wordsAreSplitOnlyWhenNoBreakOpportunityFits(@ForAll("mixedText") String text, @ForAll("widths") int width,
                                                      @ForAll("ambiguousWidths") int ambiguous) {
        assertThat(oracle(text, width, ambiguous).avoidableEmergencyBreaks()).isEmpty();
    }

    @Property(tries = TRIES)
    void everyLineIsFilledAsFarAsTheRulesAllow(@ForAll("mixedText") String text, @ForAll("widths") int width,
                                                @ForAll("ambiguousWidths") int ambiguous) {
        assertThat(oracle(text, width, ambiguous).lazyLines()).isEmpty();
    }

    @Property(tries = TRIES)
    void kinsokuAlwaysHoldsInChineseWhenPunctuationIsSpacedOut(@ForAll("spacedOutChinese") String text,
                                                                @ForAll("roomyWidths") int width) {
        LineWrapper wrapper = new LineWrapper(CellWidth.standard());
        List<TextLine> lines = wrapper.wrap(text, width);
        for (int i = 0; i + 1 < lines.size(); i++) {
            String line = lines.get(i).of(text);
            String next = lines.get(i + 1).of(text);
            assertThat(NO_LINE_END.indexOf(line.codePointBefore(line.length()))).as(line).isNegative();
            assertThat(NO_LINE_START.indexOf(next.codePointAt(0))).as(next).isNegative();
            assertThat(line.endsWith("—") && next.startsWith("—")).as(line + "|" + next).isFalse();
        }
    }

    @Property(tries = TRIES)
    void aWrappedLineWrapsToItself(@ForAll("mixedText") String text, @ForAll("widths") int width,
                                   @ForAll("ambiguousWidths") int ambiguous) {
        LineWrapper wrapper = new LineWrapper(new CellWidth(ambiguous));
        LayoutOracle oracle = new LayoutOracle(text, wrapper.wrap(text, width), width, wrapper.widths());
        assertThat(oracle.unstableLines(wrapper)).isEmpty();
    }

    private static LayoutOracle oracle(String text, int width, int ambiguous) {
        CellWidth widths = new CellWidth(ambiguous);
        return new LayoutOracle(text, new LineWrapper(widths).wrap(text, width), width, widths);
    }

    @Provide
    Arbitrary<Integer> widths() {
        return Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.integers().between(1, 12)),
                Tuple.of(4, Arbitraries.integers().between(13, 80)),
                Tuple.of(2, Arbitraries.integers().between(81, 300)));
    }

    @Provide
    Arbitrary<Integer> roomyWidths() {
        return Arbitraries.integers().between(6, 120);
    }

    @Provide
    Arbitrary<Integer> ambiguousWidths() {
        return Arbitraries.of(1, 2);
    }

    @Provide
    Arbitrary<String> mixedText() {
        return MixedText.arbitrary();
    }

    /** Chinese with every kinsoku character between runs of at least two ideographs. */
    @Provide
    Arbitrary<String> spacedOutChinese() {
        Arbitrary<String> punctuated = Combinators.combine(
                        MixedText.oneOf(NO_LINE_END + "—"), MixedText.chars('\u4E00', '\u9FFF', 2, 8), MixedText.oneOf(NO_LINE_START + "—"))
                .as((open, words, close) -> open + words + close);
        Arbitrary<String> token = Arbitraries.frequencyOf(
                Tuple.of(3, MixedText.chars('\u4E00', '\u9FFF', 2, 20)),
                Tuple.of(2, punctuated.map(p -> "中文" + p + "报道")));
        return token.list().ofMinSize(1).ofMaxSize(30).map(tokens -> String.join("", tokens));
    }

}
