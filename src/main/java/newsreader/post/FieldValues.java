package newsreader.post;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Copies what a parser loaded into plain immutable values: maps with string keys (in file order), lists, strings
 * (without the marks of {@link StrayControls}), numbers, booleans and nulls. Counts values on the way, because YAML
 * aliases can make a small text stand for a huge tree, and an alias can even make a list contain itself.
 */
final class FieldValues {
    private final int maxValues;
    private final int maxNesting;
    private int seen;

    private FieldValues(PostLimits limits) {
        this.maxValues = limits.maxValues();
        this.maxNesting = limits.maxNesting();
    }

    /** The fields of a loaded front matter; anything other than a map (or nothing) is not a set of fields. */
    static Map<String, Object> fieldsOf(Object loaded, PostLimits limits) throws PostException {
        if (loaded == null) {
            return Map.of();
        }
        if (!(loaded instanceof Map<?, ?> map)) {
            throw new PostException(ProblemReason.of(loaded instanceof Collection<?>
                    ? "front-matter.not-fields.list" : "front-matter.not-fields.value"));
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> fields = (Map<String, Object>) new FieldValues(limits).copy(map, 0);
        return fields;
    }

    private Object copy(Object value, int depth) throws PostException {
        if (++seen > maxValues) {
            throw new PostException(ProblemReason.of("front-matter.too-many-values", maxValues));
        }
        if (depth > maxNesting) {
            throw new PostException(ProblemReason.of("front-matter.nested", maxNesting));
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                copy.put(String.valueOf(copy(entry.getKey(), depth + 1)), copy(entry.getValue(), depth + 1));
            }
            return Collections.unmodifiableMap(copy);
        }
        if (value instanceof Collection<?> items) {
            List<Object> copy = new ArrayList<>(items.size());
            for (Object item : items) {
                copy.add(copy(item, depth + 1));
            }
            return Collections.unmodifiableList(copy);
        }
        if (value instanceof Object[] items) {
            return copy(List.of(items), depth);
        }
        if (value instanceof Date date) {
            // only an explicit !!timestamp tag gets here: plain timestamps stay strings (see SafeYaml)
            return Instant.ofEpochMilli(date.getTime()).toString();
        }
        if (value instanceof byte[] bytes) {
            return Base64.getEncoder().encodeToString(bytes);
        }
        if (value instanceof String text) {
            return StrayControls.unmarked(text);
        }
        if (value == null || value instanceof Number || value instanceof Boolean) {
            return value;
        }
        return String.valueOf(value);
    }

}
