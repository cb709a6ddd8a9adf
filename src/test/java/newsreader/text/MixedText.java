package newsreader.text;

import static newsreader.testing.Generators.between;
import static newsreader.testing.Generators.chars;
import static newsreader.testing.Generators.charsOf;
import static newsreader.testing.Generators.frequency;
import static newsreader.testing.Generators.joined;
import static newsreader.testing.Generators.of;
import static newsreader.testing.Generators.oneCodePointOf;
import static newsreader.testing.Generators.weight;

import java.util.Random;
import java.util.function.Function;

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

    /** One token; the weights say how common each kind is (ideographs most, odd cases rarely). */
    private static final Function<Random, String> TOKEN = frequency(
            weight(12, chars('\u4E00', '\u9FFF', 1, 12)),
            weight(3, chars('\u3041', '\u3096', 1, 6)),
            weight(3, chars('\u30A1', '\u30FA', 1, 6)),
            weight(3, chars('\uAC00', '\uD7A3', 1, 6)),
            weight(6, chars('a', 'z', 1, 12)),
            weight(2, chars('0', '9', 1, 6)),
            weight(6, of(" ", " ", "  ", "   ")),
            weight(3, of("\u3000", "\u3000\u3000")),
            weight(6, oneCodePointOf(NO_LINE_START + NO_LINE_END)),
            weight(2, of("——", "……", "—", "…", "———", "……。")),
            weight(3, oneCodePointOf("“”‘’…·—※○αβЖж")),
            weight(3, of("😀", "❤️", "❤", "👍🏽", "🇨🇳", "🇯🇵🇰🇷", "👨‍👩‍👧‍👦", "🏳️‍🌈", "⌚", "1️⃣", "☝🏻")),
            weight(2, of("e\u0301", "a\u0308\u0301", "\u0301", "\u200D", "x\u20DD", "ก\u0e38", "\u1100\u1161\u11A8")),
            weight(1, of("\n", "\n\n")),
            weight(1, MixedText::longToken),
            weight(2, of("C++", "C#", "#tag", "v2.0-rc1", "1.2.3", "Torch->ONNX->TensorRT", "a=>b", "std::vector",
                    "RISC-V", "semver-major", "x86-64", "state-of-the-art-compound", " 2. ", "-", "->", "+")),
            weight(1, of("ภาษาไทยเป็นภาษาราชการ", "ＡＢＣ１２３", "ｶﾀｶﾅﾃｷｽﾄ", "한국어 문장입니다", "Ελληνικά", "Русский")),
            weight(1, MixedText::anyPrintable));

    private static final Function<Random, String> TEXT = joined(TOKEN, 0, 60);

    private MixedText() {
    }

    /** Random mixed-script text: 0 to 60 (uniformly many) tokens of the kinds above. */
    static Function<Random, String> generator() {
        return TEXT;
    }

    /** URLs, long words and long runs of one punctuation mark: no break opportunity for a while. */
    private static String longToken(Random r) {
        return switch (r.nextInt(3)) {
            case 0 -> "https://" + charsOf("abcdefghijklmnopqrstuvwxyz/.:-_?=&%0123456789", 30, 400).apply(r);
            case 1 -> oneCodePointOf("。，」（——…a中").apply(r).repeat(between(r, 5, 60));
            default -> chars('a', 'z', 40, 300).apply(r);
        };
    }

    /** One to four code points of any kind (no surrogates), made safe as real input would be. */
    private static String anyPrintable(Random r) {
        StringBuilder s = new StringBuilder();
        int n = 1 + r.nextInt(4);
        for (int i = 0; i < n; i++) {
            int cp;
            do {
                cp = between(r, 0x20, 0x10FFFF);
            } while (cp >= 0xD800 && cp <= 0xDFFF);
            s.appendCodePoint(cp);
        }
        return SafeText.line(s.toString());
    }
}
