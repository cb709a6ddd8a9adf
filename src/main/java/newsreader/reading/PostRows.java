package newsreader.reading;

import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import newsreader.post.PostMeta;
import newsreader.render.DateLabel;
import newsreader.text.CellWidth;
import newsreader.text.SafeText;
import newsreader.text.Truncation;

/**
 * The text of a post's row in every list — the reader's list and search hits, line mode's pages, {@code list} —
 * so that one setting changes them all: the date in the settings' format and time zone (or {@code undated}), the
 * first category path, the title on one line, both in the reader's Chinese script. Front ends place these in
 * columns of their own widths.
 */
public final class PostRows {
    private final DateLabel dates;
    private final CellWidth widths;
    private final Truncation truncation;
    private final ChineseScript script;
    /** An archive has a few dozen paths shared by thousands of posts (one instance each): each is joined once. */
    private final Map<List<String>, String> labels = new IdentityHashMap<>();
    /** Paths fitted to {@link #fittedCells}: a list draws one column width for thousands of rows. */
    private final Map<List<String>, String> fitted = new IdentityHashMap<>();
    private int fittedCells = -1;
    private final int dateWidth;
    /**
     * Titles converted to another script, for the rows a screen draws again at every key: converting takes ICU a
     * few milliseconds a screenful. A screen holds a few dozen, so the last thousand are plenty.
     */
    private final Map<PostMeta, String> converted = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<PostMeta, String> eldest) {
            return size() > 1024;
        }
    };

    public PostRows(DateLabel dates, CellWidth widths) {
        this(dates, widths, ChineseScript.ORIGINAL);
    }

    /** @param script the script titles and categories are shown in */
    public PostRows(DateLabel dates, CellWidth widths, ChineseScript script) {
        this.dates = dates;
        this.widths = widths;
        this.truncation = new Truncation(widths);
        this.dateWidth = dates.width(widths);
        this.script = script;
    }

    /** The script titles and categories are shown in. */
    public ChineseScript script() {
        return script;
    }

    /** The post's date as the settings show it, or {@code undated}. */
    public String date(PostMeta post) {
        return dates.of(post);
    }

    /** The date, padded or cut to exactly {@code cells}. */
    public String date(PostMeta post, int cells) {
        String label = date(post);
        // Most formats give ASCII, one cell a character: padded without measuring (list prints 100,000 rows).
        if (label.length() <= cells && isAscii(label)) {
            return label + " ".repeat(cells - label.length());
        }
        return truncation.fit(label, cells);
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** Cells every date label fits in, however long the configured format makes them. */
    public int dateWidth() {
        return dateWidth;
    }

    /** The post's first category path, whole ({@code 新媒体 › cnBeta › 最新}); empty when it has none. */
    public synchronized String category(PostMeta post) {
        List<List<String>> paths = post.categories();
        if (paths == null || paths.isEmpty() || paths.get(0) == null) {
            return "";
        }
        return labels.computeIfAbsent(paths.get(0), path -> script.convert(CategoryPaths.label(CategoryPaths.names(path))));
    }

    /**
     * The first category path in exactly {@code cells}: whole when it fits, else the path from the feed down (the
     * second name: {@code cnBeta › 最新}), else the feed alone ({@code cnBeta}), cut when it must be. The feed tells
     * where a post comes from; the last name alone ({@code 最新}, {@code 资讯}) says nothing.
     */
    public synchronized String category(PostMeta post, int cells) {
        if (post.categories() == null || post.categories().isEmpty() || post.categories().get(0) == null) {
            return truncation.fit("", cells);
        }
        if (cells != fittedCells) {
            fitted.clear();
            fittedCells = cells;
        }
        return fitted.computeIfAbsent(post.categories().get(0), path -> fit(post, cells));
    }

    private String fit(PostMeta post, int cells) {
        String whole = category(post);
        if (widths.of(whole) <= cells) {
            return truncation.fit(whole, cells);
        }
        List<String> names = CategoryPaths.names(post.categories().get(0));
        if (names.size() < 2) {
            return truncation.fit(names.isEmpty() ? "" : script.convert(names.get(0)), cells);
        }
        String fromFeed = script.convert(CategoryPaths.label(names.subList(1, names.size())));
        if (widths.of(fromFeed) <= cells) {
            return truncation.fit(fromFeed, cells);
        }
        return truncation.fit(script.convert(names.get(1)), cells);
    }

    /** The widest first category path among {@code posts}, in cells, at most {@code max}. */
    public int categoryWidth(List<PostMeta> posts, int max) {
        int widest = 0;
        Map<String, Boolean> measured = new IdentityHashMap<>();
        for (PostMeta post : posts) {
            String label = category(post);
            if (measured.put(label, Boolean.TRUE) == null) {
                widest = Math.max(widest, widths.of(label));
                if (widest >= max) {
                    return max;
                }
            }
        }
        return widest;
    }

    /** The title on one line, safe to print. */
    public String title(PostMeta post) {
        if (script.isOriginal()) {
            return SafeText.line(post.title()).strip();
        }
        synchronized (converted) {
            return converted.computeIfAbsent(post, p -> script.convert(SafeText.line(p.title()).strip()));
        }
    }

    /** The title cut to {@code cells} with an ellipsis when longer. */
    public String title(PostMeta post, int cells) {
        return truncation.truncate(title(post), cells);
    }
}
