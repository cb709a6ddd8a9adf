package newsreader.line;

import java.util.List;
import newsreader.render.CategoryPath;

/**
 * A category path cut into words at every {@code /} and {@code ›}. Feed names may themselves hold {@code " / "}
 * ({@code 今日推荐 / 精选}), and a user types {@code 新媒体/cnBeta} or pastes {@code 新媒体 › cnBeta}; cutting both the
 * typed path and each post's path the same way ({@link CategoryPath#words}, as the command line's filter does)
 * makes all of these meet; line mode adds the unescaping of what tab completion typed.
 */
final class CategoryWords {
    private CategoryWords() {
    }

    /** The words of a post's category path (outermost first), safe to print. */
    static List<String> of(List<String> names) {
        return CategoryPath.words(names);
    }

    /** The words of a typed path, with the escapes that tab completion adds ({@code Hacker\ News}) undone. */
    static List<String> ofTyped(String typed) {
        return of(List.of(unescape(typed)));
    }

    /** Drops backslashes that escape the next character and quotes around the whole argument. */
    static String unescape(String typed) {
        String text = typed.strip();
        if (text.length() >= 2 && (text.charAt(0) == '"' || text.charAt(0) == '\'')
                && text.charAt(text.length() - 1) == text.charAt(0)) {
            return text.substring(1, text.length() - 1);
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                c = text.charAt(++i);
            }
            out.append(c);
        }
        return out.toString();
    }
}
