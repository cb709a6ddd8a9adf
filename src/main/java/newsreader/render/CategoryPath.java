package newsreader.render;

import java.util.ArrayList;
import java.util.List;
import newsreader.text.SafeText;

/**
 * How a category path is shown: {@code 新媒体 › cnBeta › 最新}, each name whole and safe to print. The rest of the
 * category model (order, typed queries) is the reading core's {@code CategoryPaths} and {@code CategoryQuery}.
 */
public final class CategoryPath {
    public static final String SEPARATOR = " › ";

    private CategoryPath() {
    }

    public static String of(List<String> path) {
        List<String> names = new ArrayList<>(path.size());
        for (String name : path) {
            names.add(SafeText.line(name).strip());
        }
        return String.join(SEPARATOR, names);
    }

    /** Every path of a post, separated by {@code ; }, or empty. */
    public static String ofAll(List<List<String>> paths) {
        List<String> shown = new ArrayList<>(paths.size());
        for (List<String> path : paths) {
            shown.add(of(path));
        }
        return String.join("; ", shown);
    }
}
