package newsreader.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;

/**
 * Finds where a query matches a text and cuts the best passage around it. The text is analysed again for each hit
 * (the index keeps no bodies or offsets, which keeps it small and fast to build); that costs well under a
 * millisecond for a typical post, and a page of hits is at most a few dozen posts.
 */
final class Snippets {
    /** About how long a body snippet is, in characters: two lines of Chinese in an 80-column terminal. */
    static final int BODY_GOAL_CHARS = 80;
    static final int BODY_MAX_CHARS = 120;
    /** Where the first match sits in a passage cut to length: a quarter in, so some words lead up to it. */
    private static final float MATCH_ALIGNMENT = 0.25f;
    /** Matches this far into a body are not looked for: a huge post must not make a page of hits slow. */
    static final int MAX_ANALYSED_CHARS = 200_000;

    private final UnifiedHighlighter body;
    private final UnifiedHighlighter title;

    Snippets(Analyzer indexAnalyzer) {
        body = UnifiedHighlighter.builderWithoutSearcher(indexAnalyzer)
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getSentenceInstance(Locale.ROOT), BODY_GOAL_CHARS, MATCH_ALIGNMENT))
                .withFormatter(new SnippetFormatter(BODY_MAX_CHARS))
                .withMaxLength(MAX_ANALYSED_CHARS)
                .build();
        title = UnifiedHighlighter.builderWithoutSearcher(indexAnalyzer)
                .withBreakIterator(WholeBreakIterator::new)
                .withFormatter(new SnippetFormatter(Integer.MAX_VALUE))
                .withMaxLength(MAX_ANALYSED_CHARS)
                .build();
    }

    /** The best passage of a body for the query, or its beginning when only the title matched. */
    Snippet ofBody(Query query, String text) {
        return highlight(body, IndexFields.BODY, query, text, BODY_MAX_CHARS);
    }

    /** The whole title with the query's matches in it. */
    Snippet ofTitle(Query query, String text) {
        return highlight(title, IndexFields.TITLE, query, text, text.length());
    }

    private static Snippet highlight(UnifiedHighlighter highlighter, String field, Query query, String text, int maxChars) {
        if (text.isEmpty()) {
            return Snippet.EMPTY;
        }
        try {
            if (highlighter.highlightWithoutSearcher(field, query, text, 1) instanceof Snippet snippet) {
                return snippet;
            }
        } catch (IOException e) {
            // Analysing a string in memory does not fail; if it ever does, the hit still shows, unmarked.
        }
        return unmarked(text, maxChars);
    }

    private static Snippet unmarked(String text, int maxChars) {
        if (text.length() <= maxChars) {
            return new Snippet(text, List.of());
        }
        int end = Character.isLowSurrogate(text.charAt(maxChars)) ? maxChars - 1 : maxChars;
        return new Snippet(text.substring(0, end) + SnippetFormatter.ELLIPSIS, List.of());
    }
}
