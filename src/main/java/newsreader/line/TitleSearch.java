package newsreader.line;

import java.util.ArrayList;
import java.util.List;
import newsreader.post.PostMeta;

/**
 * Words to look for in titles: a title matches when it contains every word, ignoring case and width. Chinese is
 * written without spaces, so a word is found anywhere in the title ({@code 学习} in {@code 深度学习入门}), not only as
 * a whole word.
 */
final class TitleSearch {
    private final String typed;
    private final List<String> words;

    private TitleSearch(String typed, List<String> words) {
        this.typed = typed;
        this.words = words;
    }

    /**
     * The words of {@code typed}, split at spaces (ideographic spaces too); none when it is blank. Text in quotes is
     * one word, spaces and all: {@code "Spring Boot"}.
     */
    static TitleSearch of(String typed) {
        String text = typed.strip();
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
        return new TitleSearch(text, List.copyOf(words));
    }

    private static boolean isQuoted(String text) {
        return text.length() >= 2 && (text.charAt(0) == '"' || text.charAt(0) == '\'')
                && text.charAt(text.length() - 1) == text.charAt(0);
    }

    boolean isEmpty() {
        return words.isEmpty();
    }

    /** The words as the user typed them, for messages. */
    String typed() {
        return typed;
    }

    boolean matches(PostMeta post) {
        String title = Folding.fold(post.title());
        for (String word : words) {
            if (!title.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
