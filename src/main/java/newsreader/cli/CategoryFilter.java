package newsreader.cli;

import java.util.List;
import newsreader.post.PostMeta;
import newsreader.render.CategoryPath;

/**
 * A category path typed by a user ({@code 新媒体/cnBeta}, {@code 新媒体 › cnBeta}) matched against the paths of
 * posts: both are cut into words by {@link CategoryPath#words} and compared word by word; the typed path must be a
 * prefix of a post's path.
 */
final class CategoryFilter {
    private final List<String> words;

    private CategoryFilter(List<String> words) {
        this.words = words;
    }

    static CategoryFilter parse(String typed) {
        return new CategoryFilter(CategoryPath.words(List.of(typed)));
    }

    boolean matches(PostMeta post) {
        for (List<String> path : post.categories()) {
            List<String> postWords = CategoryPath.words(path);
            if (postWords.size() >= words.size() && postWords.subList(0, words.size()).equals(words)) {
                return true;
            }
        }
        return false;
    }
}
