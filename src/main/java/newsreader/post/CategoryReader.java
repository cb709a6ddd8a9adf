package newsreader.post;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Reads {@code categories} (or Jekyll's {@code category}) into category paths, each outermost first.
 *
 * <ul>
 *   <li>a string is one category: sub-category names hold spaces and slashes ({@code 今日推荐 / 精选}), so it is never split;</li>
 *   <li>a list of names is one path ({@code [新媒体, cnBeta, 最新]} reads 新媒体 › cnBeta › 最新, as in Hexo);</li>
 *   <li>a list of lists is several paths ({@code [[A, B], [C]]}, Hexo's form);</li>
 *   <li>a list mixing names and lists is one path with the inner lists flattened: the archives hold
 *       {@code [新媒体, 36kr, [资讯]]} where the feed meant 新媒体 › 36kr › 资讯 (Hexo would make three one-level
 *       categories of it, scattering the post across the tree).</li>
 * </ul>
 * Names are trimmed; blank names and empty paths are dropped; numbers and booleans count as names.
 */
final class CategoryReader {
    private CategoryReader() {
    }

    static List<List<String>> read(Object value) {
        if (value instanceof Collection<?> items) {
            boolean allLists = !items.isEmpty() && items.stream().allMatch(item -> item instanceof Collection<?>);
            List<List<String>> paths = new ArrayList<>();
            if (allLists) {
                for (Object item : items) {
                    addPath(paths, names(item));
                }
            } else {
                addPath(paths, names(items));
            }
            return List.copyOf(paths);
        }
        String name = Scalars.text(value);
        return name == null ? List.of() : List.of(List.of(name));
    }

    /** Every name in a value, depth first, in order; maps and blanks contribute nothing. */
    static List<String> names(Object value) {
        List<String> names = new ArrayList<>();
        collect(value, names);
        return names;
    }

    private static void collect(Object value, List<String> names) {
        if (value instanceof Collection<?> items) {
            items.forEach(item -> collect(item, names));
        } else {
            String name = Scalars.text(value);
            if (name != null) {
                names.add(name);
            }
        }
    }

    private static void addPath(List<List<String>> paths, List<String> path) {
        if (!path.isEmpty()) {
            paths.add(List.copyOf(path));
        }
    }
}
