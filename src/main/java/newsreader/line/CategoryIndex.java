package newsreader.line;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import newsreader.post.PostMeta;
import newsreader.reading.CategoryPaths;

/** Every category of a folder with its post count, for {@code cat} and for tab completion. */
final class CategoryIndex {
    private final List<CategoryEntry> entries;
    private final int uncategorised;

    private CategoryIndex(List<CategoryEntry> entries, int uncategorised) {
        this.entries = entries;
        this.uncategorised = uncategorised;
    }

    /** Counts each post once per category even when two of its paths share that category. */
    static CategoryIndex of(List<PostMeta> posts) {
        Map<List<String>, Set<Integer>> postsByPath = new HashMap<>();
        Set<List<String>> parents = new HashSet<>();
        int uncategorised = 0;
        for (int i = 0; i < posts.size(); i++) {
            boolean any = false;
            for (List<String> path : posts.get(i).categories()) {
                List<String> words = CategoryPaths.names(path);
                for (int depth = 1; depth <= words.size(); depth++) {
                    List<String> prefix = List.copyOf(words.subList(0, depth));
                    postsByPath.computeIfAbsent(prefix, k -> new HashSet<>()).add(i);
                    if (depth > 1) {
                        parents.add(List.copyOf(words.subList(0, depth - 1)));
                    }
                    any = true;
                }
            }
            if (!any) {
                uncategorised++;
            }
        }
        List<CategoryEntry> entries = new ArrayList<>();
        postsByPath.forEach((path, members) ->
                entries.add(new CategoryEntry(path, members.size(), parents.contains(path))));
        entries.sort((x, y) -> CategoryPaths.PATH_ORDER.compare(x.words(), y.words()));
        return new CategoryIndex(List.copyOf(entries), uncategorised);
    }

    /** Parents before their children, names in the reading core's order (pinyin for Chinese). */
    List<CategoryEntry> entries() {
        return entries;
    }

    /** Posts with no category at all. */
    int uncategorised() {
        return uncategorised;
    }
}
