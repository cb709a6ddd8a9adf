package newsreader.post;

import java.time.ZoneId;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Builds a post's metadata from its front matter fields and its file; every field it does not know goes to extra. */
final class PostMetaFactory {
    /** Header image fields, the first present wins. */
    private static final List<String> IMAGE_KEYS =
            List.of("headimg", "thumbnail", "cover", "image", "banner", "featured_image");
    /** Fields read into {@link PostMeta}'s own components; every other one is kept in extra. */
    private static final Set<String> KNOWN_KEYS = Stream.concat(
                    Stream.of("title", "date", "updated", "lastmod", "categories", "category", "tags", "author"),
                    IMAGE_KEYS.stream())
            .collect(Collectors.toUnmodifiableSet());

    private final DateReader dates;

    PostMetaFactory(ZoneId localZone) {
        this.dates = new DateReader(localZone);
    }

    PostMeta create(FileFacts file, Map<String, Object> fields) {
        String title = Scalars.text(fields.get("title"));
        Object date = fields.get("date");
        Object updated = present(fields.get("updated")) ? fields.get("updated") : fields.get("lastmod");
        Object categories = present(fields.get("categories")) ? fields.get("categories") : fields.get("category");
        return new PostMeta(
                file.path(),
                file.relativePath(),
                title != null ? title : PostFileNames.titleOf(file.fileName()),
                dates.read(date),
                rawDate(date),
                dates.read(updated),
                CategoryReader.read(categories),
                List.copyOf(CategoryReader.names(fields.get("tags"))),
                author(fields.get("author")),
                image(fields),
                PostFileNames.formatOf(file.fileName()).orElse(BodyFormat.MARKDOWN),
                file.modified(),
                file.size(),
                extra(fields));
    }

    /** The date as written; a field present but empty is "", so that it differs from no date field at all. */
    private static String rawDate(Object date) {
        if (date == null) {
            return null;
        }
        String text = Scalars.text(date);
        return text != null ? text : date instanceof String ? "" : String.valueOf(date);
    }

    /** A string; several authors joined with commas; a map's {@code name}. */
    private static String author(Object value) {
        if (value instanceof Map<?, ?> map) {
            return Scalars.text(map.get("name"));
        }
        if (value instanceof Collection<?> items) {
            List<String> names = items.stream().map(PostMetaFactory::author).filter(Objects::nonNull).toList();
            return names.isEmpty() ? null : String.join(", ", names);
        }
        return Scalars.text(value);
    }

    private static String image(Map<String, Object> fields) {
        for (String key : IMAGE_KEYS) {
            Object value = fields.get(key);
            String url = value instanceof Collection<?> list && !list.isEmpty()
                    ? Scalars.text(list.iterator().next()) : Scalars.text(value);
            if (url != null) {
                return url;
            }
        }
        return null;
    }

    private static Map<String, Object> extra(Map<String, Object> fields) {
        Map<String, Object> extra = new LinkedHashMap<>();
        fields.forEach((key, value) -> {
            if (!KNOWN_KEYS.contains(key)) {
                extra.put(key, value);
            }
        });
        return Collections.unmodifiableMap(extra);
    }

    private static boolean present(Object value) {
        return value != null && !(value instanceof Collection<?> c && c.isEmpty())
                && !(value instanceof String s && s.isBlank());
    }
}
