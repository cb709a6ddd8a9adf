package newsreader.tui;

import java.util.ArrayList;
import java.util.List;
import newsreader.render.Reference;

/**
 * The entries of the links window: the post's header image as entry 0 when its front matter names one, then the
 * article's numbered links and images.
 */
final class LinkEntries {
    /** The number of the header image's entry; the article's own references start at 1. */
    static final int HEADER = 0;

    private LinkEntries() {
    }

    static List<Reference> of(OpenArticle article) {
        List<Reference> entries = new ArrayList<>();
        String image = article.meta.image();
        if (image != null && !image.isBlank()) {
            // Only the front matter's address: it is what the post names as its header image, shown as written.
            entries.add(new Reference(HEADER, image, true, "header image"));
        }
        entries.addAll(article.references);
        return entries;
    }

    /** Entry {@code number}, or null when there is none. */
    static Reference find(OpenArticle article, int number) {
        for (Reference entry : of(article)) {
            if (entry.number() == number) {
                return entry;
            }
        }
        return null;
    }
}
