package newsreader.cli;

import java.util.ArrayList;
import java.util.List;
import newsreader.post.PostMeta;

/**
 * A category path typed by a user ({@code 新媒体/cnBeta}, {@code 新媒体 › cnBeta}) matched against the paths of
 * posts. Names may themselves hold {@code " / "} ({@code 今日推荐 / 精选}), so both sides are cut into words at
 * every {@code /} and {@code ›} and compared word by word: the typed path must be a prefix of a post's path.
 */
final class CategoryFilter {
    private final List<String> words;

    private CategoryFilter(List<String> words) {
        this.words = words;
    }

    static CategoryFilter parse(String typed) {
        return new CategoryFilter(words(List.of(typed)));
    }

    boolean matches(PostMeta post) {
        for (List<String> path : post.categories()) {
            List<String> postWords = words(path);
            if (postWords.size() >= words.size() && postWords.subList(0, words.size()).equals(words)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> words(List<String> names) {
        List<String> out = new ArrayList<>();
        for (String name : names) {
            for (String word : name.split("[/›]")) {
                String w = word.strip();
                if (!w.isEmpty()) {
                    out.add(w);
                }
            }
        }
        return out;
    }
}
