package newsreader.search;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * One post that matches a query, best first.
 *
 * @param path            the post file
 * @param relativePath    its path below the folder, {@code /}-separated
 * @param title           the title, safe to show (one line, no control characters)
 * @param date            when it was published, null when undated
 * @param score           relevance: higher is better; only comparable within one search
 * @param snippet         the best passage of the body, safe to show; the body's beginning when only the title matched;
 *                        empty when the file can no longer be read
 * @param highlights      where the query matches in {@code snippet}
 * @param titleHighlights where the query matches in {@code title}
 */
public record SearchHit(Path path, String relativePath, String title, Instant date, float score,
                        String snippet, List<Highlight> highlights, List<Highlight> titleHighlights) {
    public SearchHit {
        highlights = List.copyOf(highlights);
        titleHighlights = List.copyOf(titleHighlights);
    }
}
