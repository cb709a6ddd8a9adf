package newsreader.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
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
    private static final int TRIES = 1000;

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
        Arbitrary<String> token = Arbitraries.frequencyOf(
                Tuple.of(12, chars('\u4E00', '\u9FFF', 1, 12)),
                Tuple.of(3, chars('\u3041', '\u3096', 1, 6)),
                Tuple.of(3, chars('\u30A1', '\u30FA', 1, 6)),
                Tuple.of(3, chars('\uAC00', '\uD7A3', 1, 6)),
                Tuple.of(6, chars('a', 'z', 1, 12)),
                Tuple.of(2, chars('0', '9', 1, 6)),
                Tuple.of(6, Arbitraries.of(" ", " ", "  ", "   ")),
                Tuple.of(3, Arbitraries.of("\u3000", "\u3000\u3000")),
                Tuple.of(6, oneOf(NO_LINE_START + NO_LINE_END)),
                Tuple.of(2, Arbitraries.of("——", "……", "—", "…", "———", "……。")),
                Tuple.of(3, oneOf("“”‘’…·—※○αβЖж")),
                Tuple.of(3, Arbitraries.of("😀", "❤️", "❤", "👍🏽", "🇨🇳", "🇯🇵🇰🇷", "👨‍👩‍👧‍👦", "🏳️‍🌈", "⌚", "1️⃣", "☝🏻")),
                Tuple.of(2, Arbitraries.of("e\u0301", "a\u0308\u0301", "\u0301", "\u200D", "x\u20DD", "ก\u0e38", "\u1100\u1161\u11A8")),
                Tuple.of(1, Arbitraries.of("\n", "\n\n")),
                Tuple.of(1, longToken()),
                Tuple.of(1, anyPrintable()));
        return token.list().ofMaxSize(60).withSizeDistribution(RandomDistribution.uniform())
                .map(tokens -> String.join("", tokens));
    }

    /** Chinese with every kinsoku character between runs of at least two ideographs. */
    @Provide
    Arbitrary<String> spacedOutChinese() {
        Arbitrary<String> punctuated = Combinators.combine(
                        oneOf(NO_LINE_END + "—"), chars('\u4E00', '\u9FFF', 2, 8), oneOf(NO_LINE_START + "—"))
                .as((open, words, close) -> open + words + close);
        Arbitrary<String> token = Arbitraries.frequencyOf(
                Tuple.of(3, chars('\u4E00', '\u9FFF', 2, 20)),
                Tuple.of(2, punctuated.map(p -> "中文" + p + "报道")));
        return token.list().ofMinSize(1).ofMaxSize(30).map(tokens -> String.join("", tokens));
    }

    private static Arbitrary<String> chars(char from, char to, int min, int max) {
        return Arbitraries.strings().withCharRange(from, to).ofMinLength(min).ofMaxLength(max);
    }

    private static Arbitrary<String> oneOf(String members) {
        return Arbitraries.of(members.codePoints().mapToObj(Character::toString).toList());
    }

    /** URLs, long words and long runs of one punctuation mark: no break opportunity for a while. */
    private static Arbitrary<String> longToken() {
        Arbitrary<String> url = Arbitraries.strings().withCharRange('a', 'z').withChars("/.:-_?=&%0123456789")
                .ofMinLength(30).ofMaxLength(400).map(s -> "https://" + s);
        Arbitrary<String> run = Combinators.combine(oneOf("。，」（——…a中"), Arbitraries.integers().between(5, 60))
                .as((c, n) -> c.repeat(n));
        return Arbitraries.oneOf(url, run, chars('a', 'z', 40, 300));
    }

    /** Any code point at all, made safe as real input would be. */
    private static Arbitrary<String> anyPrintable() {
        return Arbitraries.integers().between(0x20, 0x10FFFF)
                .filter(cp -> cp < 0xD800 || cp > 0xDFFF)
                .list().ofMinSize(1).ofMaxSize(4)
                .map(cps -> {
                    StringBuilder s = new StringBuilder();
                    cps.forEach(s::appendCodePoint);
                    return SafeText.line(s.toString());
                });
    }
}
