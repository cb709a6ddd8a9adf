package newsreader.text;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;

/**
 * Random text of the kinds news holds, for property tests: CJK, kana, Hangul, Latin words, digits,
 * spaces and ideographic spaces, the kinsoku punctuation, dashes and ellipses, ambiguous-width
 * characters, emoji (flags, skin tones, ZWJ sequences, keycaps), combining marks, newlines, very
 * long tokens and arbitrary code points made safe.
 */
final class MixedText {
    static final String NO_LINE_START =
            "、。，．：；！？）］｝〕〉》」』】〙〗〟’”｠»…‥ーぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶ・:;,.!?)]}";
    static final String NO_LINE_END = "（［｛〔〈《「『【〘〖〝‘“｟«([{";

    private MixedText() {
    }

    /** Random mixed-script text: any of the token kinds above, up to 60 tokens. */
    static Arbitrary<String> arbitrary() {
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
                Tuple.of(1, Arbitraries.of("ภาษาไทยเป็นภาษาราชการ", "ＡＢＣ１２３", "ｶﾀｶﾅﾃｷｽﾄ", "한국어 문장입니다", "Ελληνικά", "Русский")),
                Tuple.of(1, anyPrintable()));
        return token.list().ofMaxSize(60).withSizeDistribution(RandomDistribution.uniform())
                .map(tokens -> String.join("", tokens));
    }

    static Arbitrary<String> chars(char from, char to, int min, int max) {
        return Arbitraries.strings().withCharRange(from, to).ofMinLength(min).ofMaxLength(max);
    }

    static Arbitrary<String> oneOf(String members) {
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
