package newsreader.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Latin side of the strict rules' tailoring (cjk-typography.md §2): words of technical prose that UAX #14 would
 * break and a reader wants whole. UAX #14 breaks after a hyphen ({@code RISC-|V}, {@code semver-|major},
 * {@code v2.0-|rc1}, {@code Torch-|>ONNX}) and between two prefix signs ({@code C+|+}), and lets a list number
 * end a line apart from its item ({@code 2.|项目方}).
 *
 * <p>A <em>token</em> is a run of ASCII letters, digits and the joiners {@code _ + # . = > : -}, without the
 * {@code . :} that end a sentence. A token is kept whole when it holds {@code ++}, {@code ->}, {@code =>},
 * {@code ::}, a {@code #} next to a letter or digit ({@code C#}, {@code #tag}), a version number ({@code 1.2.3},
 * {@code v2}), or when it is a hyphenated word of at most {@link #SHORT_HYPHENATED} cells ({@code x86-64}): UAX #14's
 * opportunities inside it are taken away. They are kept as <em>fallbacks</em>, which the wrapper uses only for a
 * line that holds no other opportunity, a token wider than the line: then it breaks after a hyphen or an arrow
 * rather than between any two letters, but never inside {@code ++}, {@code ->}, {@code =>}, {@code ::}, beside
 * a {@code #} or inside a number. A hyphenated word longer than that is a long compound and keeps its breaks.
 *
 * <p>A list number written in running text ({@code 。 2. 项目方…}, {@code 。 3.最后…}: one to three digits and
 * {@code .} or {@code )}, after a space, a CJK character or the start) keeps its first word: the opportunity before
 * that word becomes a fallback.
 *
 * <p>CJK text is not touched: tokens are ASCII, and the break before or after one stays.
 */
final class TechnicalWords {
    /** The widest hyphenated word, in cells (ASCII: one cell a character), that is kept whole. */
    static final int SHORT_HYPHENATED = 15;

    /** No tailoring at this offset. */
    static final byte FREE = 0;
    /** Inside a kept word: no break, not even as a fallback. */
    static final byte NEVER = 1;
    /** Inside a kept word: a break UAX #14 allows here is a fallback only. */
    static final byte FALLBACK = 2;
    /** Inside a kept word, after an arrow: a fallback even though UAX #14 has no opportunity here. */
    static final byte ADDED_FALLBACK = 3;

    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_+#.=>:\\-]+");
    private static final Pattern MARKED = Pattern.compile("\\+\\+|->|=>|::|#[A-Za-z0-9]|[A-Za-z0-9]#");
    private static final Pattern VERSION = Pattern.compile("(?<![A-Za-z0-9])(?:[vV]\\d+|\\d+(?:\\.\\d+)+)(?![0-9])");
    private static final Pattern HYPHENATED = Pattern.compile("[A-Za-z0-9]+(?:-[A-Za-z0-9]+)+");
    private static final Pattern LIST_NUMBER = Pattern.compile("(?<![!-~])\\d{1,3}[.)] *(?=\\S)");

    private TechnicalWords() {
    }

    /** What the tailoring says of a break before each offset of {@code text} ({@code text.length() + 1} entries). */
    static byte[] mark(CharSequence text) {
        byte[] marks = new byte[text.length() + 1];
        Matcher token = TOKEN.matcher(text);
        while (token.find()) {
            int start = token.start();
            int end = trimmedEnd(text, start, token.end());
            if (end - start > 1 && isKeptWhole(text.subSequence(start, end))) {
                for (int b = start + 1; b < end; b++) {
                    marks[b] = afterArrow(text, b) ? ADDED_FALLBACK : splitsSign(text, b) ? NEVER : FALLBACK;
                }
            }
        }
        Matcher number = LIST_NUMBER.matcher(text);
        while (number.find()) {
            marks[number.end()] = FALLBACK;
        }
        return marks;
    }

    /** Whether a token is one of the kinds kept whole. */
    static boolean isKeptWhole(CharSequence token) {
        return MARKED.matcher(token).find() || VERSION.matcher(token).find()
                || (token.length() <= SHORT_HYPHENATED && HYPHENATED.matcher(token).matches());
    }

    /** A token without the full stops and colons that end the sentence after it. */
    private static int trimmedEnd(CharSequence text, int start, int end) {
        int e = end;
        while (e > start && (text.charAt(e - 1) == '.' || text.charAt(e - 1) == ':')
                && !(e - 2 >= start && text.charAt(e - 2) == ':' && text.charAt(e - 1) == ':')) {
            e--;
        }
        return e;
    }

    /** Whether a break before {@code b} would split a sign of two characters, a {@code #} from its word, or a number. */
    private static boolean splitsSign(CharSequence text, int b) {
        char before = text.charAt(b - 1);
        char after = text.charAt(b);
        String pair = "" + before + after;
        return pair.equals("++") || pair.equals("->") || pair.equals("=>") || pair.equals("::")
                || before == '#' || after == '#'
                || (Character.isDigit(before) && (after == '.' || Character.isDigit(after)))
                || (before == '.' && Character.isDigit(after))
                || after == '+' || after == '-' || after == '=' || after == '>' || after == '.' || after == ':';
    }

    /** Right after an arrow and before a word: {@code Torch->|ONNX}, the natural fallback of a chain of arrows. */
    private static boolean afterArrow(CharSequence text, int b) {
        return b >= 2 && (text.charAt(b - 2) == '-' || text.charAt(b - 2) == '=') && text.charAt(b - 1) == '>'
                && Character.isLetterOrDigit(text.charAt(b));
    }
}
