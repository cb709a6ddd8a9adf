package newsreader.reading;

import java.util.ArrayList;
import java.util.List;
import newsreader.post.PostMeta;

/**
 * Words to look for in titles, the same in the reader's {@code /} filter and line mode's {@code search}: a title
 * matches when it contains every word, ignoring case and width. Chinese is written without spaces, so a word is
 * found anywhere in the title ({@code 学习} in {@code 深度学习入门}), not only as a whole word. Text in quotes is one
 * word, spaces and all: {@code "Spring Boot"}.
 */
public final class TitleQuery {
    private final String typed;
    private final List<String> words;

    private TitleQuery(String typed, List<String> words) {
        this.typed = typed;
        this.words = words;
    }

    /** The words of {@code typed}, split at spaces (ideographic spaces too); none when it is blank. */
    public static TitleQuery of(String typed) {
        String text = typed == null ? "" : typed.strip();
        List<String> words = new ArrayList<>();
        if (isQuoted(text)) {
            String phrase = Folding.fold(text.substring(1, text.length() - 1));
            if (!phrase.isBlank()) {
                words.add(phrase);
            }
        } else {
            for (String word : Folding.fold(text).split("[\\s\u3000]+")) {
                if (!word.isEmpty()) {
                    words.add(word);
                }
            }
        }
        return new TitleQuery(text, List.copyOf(words));
    }

    private static boolean isQuoted(String text) {
        return text.length() >= 2 && (text.charAt(0) == '"' || text.charAt(0) == '\'')
                && text.charAt(text.length() - 1) == text.charAt(0);
    }

    /** True when nothing was typed: every title matches. */
    public boolean isEmpty() {
        return words.isEmpty();
    }

    /** The words as the user typed them, for messages. */
    public String typed() {
        return typed;
    }

    public boolean matches(PostMeta post) {
        return matchesFolded(Folding.fold(post.title()));
    }

    /** For callers that keep folded titles (a large list filtered at every key press). */
    public boolean matchesFolded(String foldedTitle) {
        for (String word : words) {
            if (!foldedTitle.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /** Whether every title this query matches is also matched by {@code narrower} (typing one more character). */
    public boolean isWidenedBy(TitleQuery narrower) {
        for (String word : words) {
            boolean kept = false;
            for (String other : narrower.words) {
                if (other.contains(word)) {
                    kept = true;
                    break;
                }
            }
            if (!kept) {
                return false;
            }
        }
        return true;
    }
}
