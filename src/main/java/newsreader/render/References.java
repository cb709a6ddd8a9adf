package newsreader.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Numbers the links and images of one article in the order they appear; the same URL keeps its number. */
final class References {
    private final Map<String, Reference> byKey = new LinkedHashMap<>();

    /** The number for a link or image URL, given on first sight. */
    int number(String url, boolean image, String label) {
        String key = (image ? "i " : "l ") + url;
        Reference existing = byKey.get(key);
        if (existing != null) {
            return existing.number();
        }
        Reference created = new Reference(byKey.size() + 1, url, image, label);
        byKey.put(key, created);
        return created.number();
    }

    List<Reference> all() {
        return new ArrayList<>(byKey.values());
    }
}
