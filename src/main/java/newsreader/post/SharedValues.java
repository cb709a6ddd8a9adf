package newsreader.post;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Makes posts that hold equal category paths, tags, authors or extra fields hold one instance of each: 100,000 posts
 * of a few dozen feeds then keep a few dozen category lists in memory instead of 100,000 (a third of a scan's memory,
 * and garbage-collector time with it). One scan's worth; not thread-safe.
 */
final class SharedValues {
    private final Map<Object, Object> canonical = new HashMap<>();

    PostMeta share(PostMeta meta) {
        List<List<String>> categories = same(meta.categories());
        List<String> tags = same(meta.tags());
        String author = same(meta.author());
        Map<String, Object> extra = same(meta.extra());
        if (categories == meta.categories() && tags == meta.tags() && author == meta.author() && extra == meta.extra()) {
            return meta;
        }
        return new PostMeta(meta.path(), meta.relativePath(), meta.title(), meta.date(), meta.rawDate(), meta.updated(),
                categories, tags, author, meta.image(), meta.format(), meta.modified(), meta.size(), extra);
    }

    @SuppressWarnings("unchecked")
    private <T> T same(T value) {
        if (value == null) {
            return null;
        }
        Object earlier = canonical.putIfAbsent(value, value);
        return earlier == null ? value : (T) earlier;
    }
}
