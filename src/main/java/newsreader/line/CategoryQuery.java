package newsreader.line;

import java.util.ArrayList;
import java.util.List;
import newsreader.post.PostMeta;

/** A category path typed by the user: a post matches when one of its paths starts with it, ignoring case and width. */
final class CategoryQuery {
    private final List<String> words;
    private final String shown;

    private CategoryQuery(List<String> words, String shown) {
        this.words = words;
        this.shown = shown;
    }

    static CategoryQuery of(String typed) {
        List<String> words = CategoryWords.ofTyped(typed);
        return new CategoryQuery(folded(words), String.join(CategoryEntry.SEPARATOR, words));
    }

    boolean isEmpty() {
        return words.isEmpty();
    }

    /** The path as typed, with {@code ›} between the names, for messages. */
    String shown() {
        return shown;
    }

    boolean matches(PostMeta post) {
        for (List<String> path : post.categories()) {
            List<String> postWords = folded(CategoryWords.of(path));
            if (postWords.size() >= words.size() && postWords.subList(0, words.size()).equals(words)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> folded(List<String> words) {
        List<String> out = new ArrayList<>(words.size());
        for (String word : words) {
            out.add(Folding.fold(word));
        }
        return out;
    }
}
