package newsreader.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import newsreader.text.SafeText;

/**
 * Splits a query as typed into clauses. The syntax is small and forgiving: words separated by white space (all
 * must match), phrases in quotes ({@code "…"}, {@code “…”} or {@code 「…」}; an unclosed quote runs to the end),
 * {@code title:} before a word or phrase to search titles only, {@code -} before one to exclude it. Any other
 * character is text, so no input is an error.
 */
final class QuerySyntax {
    /** Longer input is cut: a pasted page is not a query, and a phrase of thousands of terms would be slow. */
    static final int MAX_CHARS = 200;
    /** At most this many clauses are kept, the first ones. */
    static final int MAX_CLAUSES = 32;

    private static final String TITLE_PREFIX = "title:";

    private QuerySyntax() {
    }

    static List<QueryClause> parse(String typed) {
        String input = SafeText.line(typed == null ? "" : typed);
        if (input.length() > MAX_CHARS) {
            int cut = Character.isLowSurrogate(input.charAt(MAX_CHARS)) ? MAX_CHARS - 1 : MAX_CHARS;
            input = input.substring(0, cut);
        }
        List<QueryClause> clauses = new ArrayList<>();
        int i = 0;
        while (i < input.length() && clauses.size() < MAX_CLAUSES) {
            if (Character.isWhitespace(input.charAt(i)) || Character.isSpaceChar(input.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            boolean excluded = false;
            if (input.charAt(i) == '-' && i + 1 < input.length() && !isSpace(input.charAt(i + 1))) {
                excluded = true;
                i++;
            }
            boolean titleOnly = false;
            if (startsWithTitlePrefix(input, i) && i + TITLE_PREFIX.length() < input.length()
                    && !isSpace(input.charAt(i + TITLE_PREFIX.length()))) {
                titleOnly = true;
                i += TITLE_PREFIX.length();
            }
            int close = closingQuote(input.charAt(i));
            int end;
            String text;
            if (close != 0) {
                int closeAt = input.indexOf(close, i + 1);
                end = closeAt < 0 ? input.length() : closeAt + 1;
                text = input.substring(i + 1, closeAt < 0 ? input.length() : closeAt);
            } else {
                end = i;
                while (end < input.length() && !isSpace(input.charAt(end))) {
                    end++;
                }
                text = input.substring(i, end);
            }
            if (!text.isBlank()) {
                clauses.add(new QueryClause(text.strip(), titleOnly, excluded));
            }
            i = Math.max(end, start + 1);
        }
        return List.copyOf(clauses);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** {@code title:} in any case, with an ASCII or a full-width colon (what a Chinese input method types). */
    private static boolean startsWithTitlePrefix(String input, int at) {
        if (at + TITLE_PREFIX.length() > input.length()) {
            return false;
        }
        String word = input.substring(at, at + TITLE_PREFIX.length() - 1).toLowerCase(Locale.ROOT);
        char colon = input.charAt(at + TITLE_PREFIX.length() - 1);
        return word.equals("title") && (colon == ':' || colon == '：');
    }

    /** The quote that closes one opened by {@code c}, or 0 when {@code c} opens none. */
    private static char closingQuote(char c) {
        return switch (c) {
            case '"' -> '"';
            case '“' -> '”';
            case '「' -> '」';
            default -> 0;
        };
    }
}
