package newsreader.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Makes a {@link Snippet} of the highlighter's best passage: the text with match offsets instead of markup, so the
 * reader can colour the matches and the command line can bracket them. A passage longer than {@code maxChars} is cut
 * to a window that starts a little before the first match, with {@code …} where text was left out.
 */
final class SnippetFormatter extends PassageFormatter {
    static final String ELLIPSIS = "…";
    /** Characters kept before the first match when a long passage is cut, so the match has some context. */
    private static final int LEAD = 24;

    private final int maxChars;

    SnippetFormatter(int maxChars) {
        this.maxChars = maxChars;
    }

    @Override
    public Snippet format(Passage[] passages, String content) {
        if (passages.length == 0) {
            return Snippet.EMPTY;
        }
        Passage best = passages[0];
        int start = best.getStartOffset();
        int end = best.getEndOffset();
        int firstMatch = best.getNumMatches() > 0 ? best.getMatchStarts()[0] : start;
        if (end - start > maxChars) {
            int from = Math.max(start, firstMatch - LEAD);
            int to = Math.min(end, from + maxChars);
            from = Math.max(start, to - maxChars);
            start = from;
            end = to;
        }
        while (start < end && Character.isWhitespace(content.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(content.charAt(end - 1))) {
            end--;
        }
        start = codePointBoundary(content, start);
        end = codePointBoundary(content, end);
        String prefix = start > best.getStartOffset() ? ELLIPSIS : "";
        String suffix = end < best.getEndOffset() && end < content.length() ? ELLIPSIS : "";
        List<Highlight> highlights = new ArrayList<>();
        for (int i = 0; i < best.getNumMatches(); i++) {
            int from = Math.max(best.getMatchStarts()[i], start);
            int to = Math.min(best.getMatchEnds()[i], end);
            if (from < to) {
                highlights.add(new Highlight(from - start + prefix.length(), to - start + prefix.length()));
            }
        }
        return new Snippet(prefix + content.substring(start, end) + suffix, highlights);
    }

    /** Never cut between the two halves of a surrogate pair. */
    private static int codePointBoundary(String content, int at) {
        return at > 0 && at < content.length() && Character.isLowSurrogate(content.charAt(at))
                && Character.isHighSurrogate(content.charAt(at - 1)) ? at - 1 : at;
    }
}
