package newsreader.reading;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import newsreader.post.PostMeta;

/**
 * A category path typed by a user — {@code 新媒体/cnBeta}, {@code 新媒体 › cnBeta}, {@code 今日推荐 / 精选} — as
 * {@code list --category}, line mode's {@code cat} and its completion take it. A post matches when one of its
 * paths starts with the typed path, name by name, ignoring case and width.
 *
 * <p>Names may themselves hold {@code /} or {@code ›}, so the typed text is not cut into names; instead each of the
 * post's names is looked for, whole, at the front of what is left of the typed text, and must be followed by a
 * separator or the end. Blanks around separators are not significant on either side.
 */
public final class CategoryQuery {
    private static final Pattern SEPARATOR = Pattern.compile("\\s*[/›]\\s*");

    private final String folded;
    private final String shown;
    /**
     * Answers by path instance: an archive's thousands of posts share a few dozen paths (the loader hands out one
     * instance per distinct path), so each is folded and compared once, not once a post.
     */
    private final Map<List<String>, Boolean> answers = new IdentityHashMap<>();

    private CategoryQuery(String folded, String shown) {
        this.folded = folded;
        this.shown = shown;
    }

    public static CategoryQuery of(String typed) {
        String text = typed == null ? "" : newsreader.text.SafeText.line(typed).strip();
        // A trailing separator ("新媒体/", as completion types it) asks for the same as none.
        String normal = normalise(text).replaceAll("/+$", "");
        return new CategoryQuery(normal, SEPARATOR.matcher(text).replaceAll(" › ").replaceAll(" › $", ""));
    }

    public boolean isEmpty() {
        return folded.isEmpty();
    }

    /** The path as typed, with {@code ›} between the names, for messages. */
    public String shown() {
        return shown;
    }

    public boolean matches(PostMeta post) {
        for (List<String> path : post.categories()) {
            if (answers.computeIfAbsent(path, this::matchesPath)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code path} (raw names, outermost first) lies at or below the typed path. */
    public boolean matchesPath(List<String> path) {
        if (folded.isEmpty()) {
            return true;
        }
        String rest = folded;
        for (String name : CategoryPaths.names(path)) {
            String wanted = normalise(name);
            if (!rest.startsWith(wanted)) {
                return false;
            }
            rest = rest.substring(wanted.length());
            if (rest.isEmpty()) {
                return true;
            }
            if (rest.charAt(0) != '/') {
                return false;
            }
            rest = rest.substring(1);
        }
        return false;
    }

    /** Folded, with every separator written {@code /} and no blanks around it. */
    private static String normalise(String text) {
        return SEPARATOR.matcher(Folding.fold(text).strip()).replaceAll("/");
    }
}
