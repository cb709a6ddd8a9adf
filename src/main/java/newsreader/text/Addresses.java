package newsreader.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds addresses (http, https, ftp, file and mailto URLs) in text, so that the wrapper can keep each one whole
 * (cjk-typography.md §2): a broken address can be neither copied nor clicked.
 *
 * <p>An address is taken to be made of the characters RFC 3986 allows, ASCII only: in Chinese prose an address is
 * followed by the next word with no space ({@code 见https://a.cn/x，详情}), and only the ASCII rule tells where it
 * ends. Non-ASCII addresses appear percent-encoded in real posts. Trailing punctuation that ends a sentence or a
 * parenthesis ({@code .,;:!?'"}, an unmatched {@code )}) is left out, as mail readers and terminals do.
 */
public final class Addresses {
    private static final Pattern ADDRESS = Pattern.compile(
            "(?i)(?<![A-Za-z0-9+.-])(?:(?:https?|ftp|file)://|mailto:)[A-Za-z0-9\\-._~:/?#\\[\\]@!$&'()*+,;=%]+");
    /** What the block layout puts before a line's text: indentation, quote marks and a list marker. */
    private static final Pattern BLOCK_INDENTATION = Pattern.compile("[ >]*(?:(?:-|\\d+\\.) +)?[ >]*(?:\u21aa ?)?");
    private static final String TRAILING = ".,;:!?'\"";

    private Addresses() {
    }

    /** Where an address lies in a text: chars {@code start..end-1}. */
    public record Span(int start, int end) {
    }

    /** The addresses in {@code text}, in order and not overlapping. */
    public static List<Span> find(CharSequence text) {
        List<Span> spans = new ArrayList<>();
        Matcher m = ADDRESS.matcher(text);
        while (m.find()) {
            int end = trimmedEnd(text, m.start(), m.end());
            if (end > m.start()) {
                spans.add(new Span(m.start(), end));
            }
        }
        return spans;
    }

    private static int trimmedEnd(CharSequence text, int start, int end) {
        int e = end;
        while (e > start) {
            char last = text.charAt(e - 1);
            if (TRAILING.indexOf(last) >= 0 || (last == ')' && !balanced(text, start, e))) {
                e--;
            } else if (last == ']' && !isHostBracket(text, start, e)) {
                // A footnote or reference mark after the address ("https://werf.io[8]"): brackets belong to an
                // address only around an IPv6 host.
                int open = openingBracket(text, start, e);
                e = open > start ? open : e - 1;
            } else {
                break;
            }
        }
        return e;
    }

    /** Whether the {@code ]} ending {@code text[start..end)} closes a {@code [} that opens an IPv6 host. */
    private static boolean isHostBracket(CharSequence text, int start, int end) {
        int open = openingBracket(text, start, end);
        return open > start && (text.charAt(open - 1) == '/' || text.charAt(open - 1) == '@');
    }

    /** The last {@code [} in {@code text[start..end)}, or -1. */
    private static int openingBracket(CharSequence text, int start, int end) {
        for (int i = end - 1; i >= start; i--) {
            if (text.charAt(i) == '[') {
                return i;
            }
        }
        return -1;
    }

    /** Whether the parentheses of {@code text[start..end)} match, so a final {@code )} belongs to the address. */
    private static boolean balanced(CharSequence text, int start, int end) {
        int depth = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            }
        }
        return depth == 0;
    }

    /**
     * Whether a laid-out line is one address standing on its own: the one kind of line that may be wider than the
     * width. Before the address only block indentation (spaces, quote marks {@code >}, one list marker {@code -} or
     * {@code 12.}, then the {@code ↪} that continues a folded line of code) and characters that may not end a line may stand, after it only characters that may not start
     * one, as kinsoku makes them go with it.
     */
    public static boolean isWholeAddressLine(String line) {
        List<Span> spans = find(line);
        if (spans.size() != 1) {
            return false;
        }
        Span span = spans.get(0);
        Matcher indentation = BLOCK_INDENTATION.matcher(line);
        int from = indentation.lookingAt() ? indentation.end() : 0;
        for (int i = from; i < span.start(); ) {
            int cp = line.codePointAt(i);
            if (!Kinsoku.cannotEndLine(cp)) {
                return false;
            }
            i += Character.charCount(cp);
        }
        for (int i = span.end(); i < line.length(); ) {
            int cp = line.codePointAt(i);
            if (!Kinsoku.cannotStartLine(cp)) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }
}
