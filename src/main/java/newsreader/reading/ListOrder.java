package newsreader.reading;

import com.ibm.icu.text.CollationKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import newsreader.post.PostMeta;

/**
 * The orders a list of posts can be read in, the same in every front end: newest first (a folder's own order),
 * oldest first, by source (the first category path, in pinyin order, newest first within one source) and by title
 * (pinyin order). The config's {@code sort} names one; the reader's key steps through them.
 */
public enum ListOrder {
    NEWEST("newest", "newest first"),
    OLDEST("oldest", "oldest first"),
    SOURCE("source", "by source"),
    TITLE("title", "by title");

    private final String settingName;
    private final String label;

    ListOrder(String settingName, String label) {
        this.settingName = settingName;
        this.label = label;
    }

    /** The name in the config file ({@code sort: oldest}). */
    public String settingName() {
        return settingName;
    }

    /** How a status line says it: "oldest first". */
    public String label() {
        return label;
    }

    /** The order after this one, round to the first: what the reader's sort key steps to. */
    public ListOrder next() {
        ListOrder[] all = values();
        return all[(ordinal() + 1) % all.length];
    }

    /** The order a config value names; null when it names none. */
    public static ListOrder named(String name) {
        String wanted = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        for (ListOrder order : values()) {
            if (order.settingName.equals(wanted)) {
                return order;
            }
        }
        return null;
    }

    /** The setting names, for messages: "newest, oldest, source, title". */
    public static String names() {
        StringBuilder names = new StringBuilder();
        for (ListOrder order : values()) {
            names.append(names.length() == 0 ? "" : ", ").append(order.settingName);
        }
        return names.toString();
    }

    /**
     * The rows in this order: positions in the folder's own order (newest first), which break ties, so that posts
     * equal in this order keep their newest-first order. Keys are made once per row (a collation key per title, a
     * rank per source), not once per comparison: 100,000 titles sort in a fraction of the time.
     *
     * @param posts the folder's posts, newest first ({@link Library#posts})
     */
    int[] sort(List<PostMeta> posts, int[] rows) {
        switch (this) {
            case OLDEST:
                return oldestFirst(posts, rows);
            case SOURCE:
                return bySource(posts, rows);
            case TITLE:
                return byTitle(posts, rows);
            default:
                return rows;
        }
    }

    /** Undated posts stay last, as in the newest-first order: they have no place in time. */
    private static int[] oldestFirst(List<PostMeta> posts, int[] rows) {
        int[] sorted = new int[rows.length];
        int at = 0;
        for (int i = rows.length - 1; i >= 0; i--) {
            if (!posts.get(rows[i]).undated()) {
                sorted[at++] = rows[i];
            }
        }
        for (int row : rows) {
            if (posts.get(row).undated()) {
                sorted[at++] = row;
            }
        }
        return sorted;
    }

    private static int[] bySource(List<PostMeta> posts, int[] rows) {
        // A folder has a few dozen sources shared by thousands of posts: the sources are sorted, the posts ranked.
        Map<List<String>, Integer> rank = new HashMap<>();
        for (int row : rows) {
            rank.putIfAbsent(source(posts.get(row)), 0);
        }
        List<List<String>> sources = new ArrayList<>(rank.keySet());
        sources.sort(CategoryPaths.PATH_ORDER);
        for (int i = 0; i < sources.size(); i++) {
            rank.put(sources.get(i), i);
        }
        long[] keyed = new long[rows.length];
        for (int i = 0; i < rows.length; i++) {
            keyed[i] = ((long) rank.get(source(posts.get(rows[i]))) << 32) | rows[i];
        }
        Arrays.sort(keyed);
        int[] sorted = new int[rows.length];
        for (int i = 0; i < keyed.length; i++) {
            sorted[i] = (int) keyed[i];
        }
        return sorted;
    }

    private static int[] byTitle(List<PostMeta> posts, int[] rows) {
        CollationKey[] keys = new CollationKey[rows.length];
        Integer[] order = new Integer[rows.length];
        for (int i = 0; i < rows.length; i++) {
            keys[i] = CategoryPaths.collationKey(posts.get(rows[i]).title().strip());
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> {
            int byKey = keys[a].compareTo(keys[b]);
            if (byKey != 0) {
                return byKey;
            }
            int byText = keys[a].getSourceString().compareTo(keys[b].getSourceString());
            return byText != 0 ? byText : Integer.compare(rows[a], rows[b]);
        });
        int[] sorted = new int[rows.length];
        for (int i = 0; i < order.length; i++) {
            sorted[i] = rows[order[i]];
        }
        return sorted;
    }

    private static List<String> source(PostMeta post) {
        List<List<String>> paths = post.categories();
        return paths == null || paths.isEmpty() || paths.get(0) == null ? List.of() : CategoryPaths.names(paths.get(0));
    }
}
