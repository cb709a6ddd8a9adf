package newsreader.render;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds words split across two printed lines, from the lines and the source text alone (not from how the wrapper
 * decides), for the corpus figures. The definitions, which cjk-typography.md §2 asks to keep whole when the line can
 * take them:
 * <ul>
 *   <li>a <em>token</em> is a maximal run of ASCII letters, digits and {@code _ + # . = > : -}, without the
 *       {@code .} and {@code :} that end it;</li>
 *   <li>a <em>technical word</em> is a token that holds {@code ++}, {@code ->} or {@code =>}; or a {@code #} next to a
 *       letter or digit ({@code C#}, {@code #tag}); or a version number (digits, a full stop and digits, repeated:
 *       {@code 1.2.3}; or {@code v} and a digit: {@code v2.0-rc1}); or that is letters and digits joined by single
 *       hyphens ({@code RISC-V}, {@code semver-major}) and at most 15 cells wide;</li>
 *   <li>a <em>Latin word</em> is a run of ASCII letters and digits; it is split when a line ends with a letter or
 *       digit and the next starts with one where the source has no space between them ({@code Fuchsia|OS}), unless
 *       the run of ASCII characters other than spaces around the break is wider than the line's room;</li>
 *   <li>a <em>list number</em> ({@code 2.}, {@code 2)}: one to three digits after a space, a CJK character or the
 *       start) is separated when it ends a line and its item goes on in the next.</li>
 * </ul>
 * A word wider than the room a line has may break: it is not counted. Whether the source has a space at the break
 * is looked up in the post's text: a pair that the post writes both with and without a space is not counted.
 */
final class WordSplits {
    private static final Pattern TOKEN_END = Pattern.compile("[A-Za-z0-9_+#.=>:\\-]+$");
    private static final Pattern TOKEN_START = Pattern.compile("^[A-Za-z0-9_+#.=>:\\-]+");
    private static final Pattern MARKED = Pattern.compile("\\+\\+|->|=>|#[A-Za-z0-9]|[A-Za-z0-9]#");
    private static final Pattern VERSION = Pattern.compile("\\d+(\\.\\d+)+|(?<![A-Za-z0-9])[vV]\\d");
    private static final Pattern HYPHENATED = Pattern.compile("[A-Za-z0-9]+(-[A-Za-z0-9]+)+");
    private static final Pattern LIST_NUMBER_AT_END = Pattern.compile("(^|[ \\p{IsHan}。，；：！？])\\d{1,3}[.)]$");
    private static final Pattern ASCII_END = Pattern.compile("[!-~]+$");
    private static final Pattern ASCII_START = Pattern.compile("^[!-~]+");
    private static final int SHORT_HYPHENATED = 15;

    private WordSplits() {
    }

    /** Whether a token is a technical word by the definition above. */
    static boolean isTechnical(String token) {
        return MARKED.matcher(token).find() || VERSION.matcher(token).find()
                || (token.length() <= SHORT_HYPHENATED && HYPHENATED.matcher(token).matches());
    }

    /**
     * The word split between the printed line {@code here} and the next line of the same paragraph {@code next}
     * (both without their block prefixes), or null: a technical word, a Latin word, or a list number and its item.
     * {@code source} is the text the lines come from, {@code room} the cells a line has.
     */
    static String splitBetween(String here, String next, String source, int room) {
        if (here.isEmpty() || next.isEmpty()) {
            return null;
        }
        if (LIST_NUMBER_AT_END.matcher(here).find()) {
            return "list number: " + here.substring(Math.max(0, here.length() - 4)) + " / " + next;
        }
        Matcher end = TOKEN_END.matcher(here);
        Matcher start = TOKEN_START.matcher(next);
        if (!end.find() || !start.find()) {
            return null;
        }
        String before = end.group();
        String after = start.group();
        String joined = before + after;
        if (!source.contains(joined) || source.contains(before + " " + after)) {
            return null; // a space lay there in the source (or may have: the post writes it both ways)
        }
        String token = joined.replaceFirst("[.:]+$", "");
        if (token.length() <= before.length() || token.length() > room) {
            return null;
        }
        char last = before.charAt(before.length() - 1);
        char first = after.charAt(0);
        boolean latinWord = Character.isLetterOrDigit(last) && Character.isLetterOrDigit(first) && last < 0x80 && first < 0x80
                && asciiRun(here, next) <= room;
        return isTechnical(token) || latinWord ? before + "|" + after : null;
    }

    /**
     * Cells of the run of ASCII characters other than spaces around the break: a Latin word inside a longer run
     * with no break opportunity ({@code arr.filter(callback(element[,}) may break when the run is wider than the
     * line.
     */
    private static int asciiRun(String here, String next) {
        Matcher end = ASCII_END.matcher(here);
        Matcher start = ASCII_START.matcher(next);
        return (end.find() ? end.group().length() : 0) + (start.find() ? start.group().length() : 0);
    }
}
