package newsreader.render;

import java.util.ArrayList;
import java.util.List;
import newsreader.text.SafeText;

/** How a category path is shown: {@code 新媒体 › cnBeta › 最新}. */
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

    /**
     * A category path cut into words at every {@code /} and {@code ›}, safe to print. Names may themselves hold
     * {@code " / "} ({@code 今日推荐 / 精选}) and users type {@code 新媒体/cnBeta} or paste {@code 新媒体 › cnBeta}:
     * cutting a typed path and each post's path the same way makes all of these meet.
     */
    public static List<String> words(List<String> names) {
        List<String> out = new ArrayList<>();
        for (String name : names) {
            for (String word : SafeText.line(name).split("[/›]")) {
                String w = word.strip();
                if (!w.isEmpty()) {
                    out.add(w);
                }
            }
        }
        return out;
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
