package newsreader.reading;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
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
     * Compares two posts' positions in the folder's own order (newest first) in this order. The positions break
     * ties, so that posts equal in this order keep their newest-first order.
     *
     * @param posts the folder's posts, newest first ({@link Library#posts})
     */
    Comparator<Integer> comparator(List<PostMeta> posts) {
        switch (this) {
            case OLDEST:
                return (a, b) -> {
                    PostMeta x = posts.get(a);
                    PostMeta y = posts.get(b);
                    // Undated posts stay last, as in the newest-first order: they have no place in time.
                    if (x.undated() != y.undated()) {
                        return x.undated() ? 1 : -1;
                    }
                    return Integer.compare(b, a);
                };
            case SOURCE:
                return Comparator.<Integer, List<String>>comparing(i -> source(posts.get(i)), CategoryPaths.PATH_ORDER)
                        .thenComparing(Comparator.naturalOrder());
            case TITLE:
                return Comparator.<Integer, String>comparing(i -> posts.get(i).title().strip(), CategoryPaths.NAME_ORDER)
                        .thenComparing(Comparator.naturalOrder());
            default:
                return Comparator.naturalOrder();
        }
    }

    private static List<String> source(PostMeta post) {
        List<List<String>> paths = post.categories();
        return paths == null || paths.isEmpty() || paths.get(0) == null ? List.of() : CategoryPaths.names(paths.get(0));
    }
}
