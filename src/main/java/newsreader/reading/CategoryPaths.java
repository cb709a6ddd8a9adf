package newsreader.reading;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import newsreader.render.CategoryPath;
import newsreader.text.SafeText;

/**
 * The category model every front end shares. A post's category path is the list of names in its front matter,
 * outermost first; each name is one name whatever characters it holds ({@code 今日推荐 / 精选} is one feed, not two
 * levels). Names are cleaned of control characters and blanks; names sort in Chinese collation order (pinyin, then
 * the other scripts as the Unicode collation puts them), the way a Chinese reader looks for a feed.
 */
public final class CategoryPaths {
    /** Names in reading order: collation first, code points to tell apart what collation calls equal. */
    public static final Comparator<String> NAME_ORDER = (a, b) -> {
        int byName = Chinese.COLLATOR.compare(a, b);
        return byName != 0 ? byName : a.compareTo(b);
    };

    /** Paths name by name; a parent comes before its children. */
    public static final Comparator<List<String>> PATH_ORDER = (a, b) -> {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int byName = NAME_ORDER.compare(a.get(i), b.get(i));
            if (byName != 0) {
                return byName;
            }
        }
        return Integer.compare(a.size(), b.size());
    };

    private CategoryPaths() {
    }

    /**
     * Loads the collation data on a daemon thread, for a front end that will sort names on a thread that must not
     * wait (the reader's screen builds its tree as the first posts arrive).
     */
    public static void prepareInBackground() {
        Thread loading = new Thread(() -> NAME_ORDER.compare("编程", "随笔"), "newsreader-collation");
        loading.setDaemon(true);
        loading.start();
    }

    /** The names of a front-matter path, cleaned: safe to print, stripped, blanks left out. */
    public static List<String> names(List<String> raw) {
        List<String> names = new ArrayList<>(raw == null ? 0 : raw.size());
        if (raw == null) {
            return names;
        }
        for (String part : raw) {
            String name = part == null ? "" : SafeText.line(part).strip();
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        return names;
    }

    /** A name's key in the same collation as {@link #NAME_ORDER}, for sorting many names (titles) at once. */
    static com.ibm.icu.text.CollationKey collationKey(String name) {
        return Chinese.COLLATOR.getCollationKey(name);
    }

    /** A path as shown everywhere: {@code 新媒体 › cnBeta › 最新}. */
    public static String label(List<String> path) {
        return CategoryPath.of(path);
    }

    /**
     * Loaded on the first comparison only: ICU's collation data takes about 0.1 s to load, which {@code list} (which
     * never sorts names) should not pay. Thread-safe once frozen.
     */
    private static final class Chinese {
        static final Collator COLLATOR = frozen();

        private static Collator frozen() {
            Collator collator = Collator.getInstance(ULocale.SIMPLIFIED_CHINESE);
            collator.freeze();
            return collator;
        }
    }
}
