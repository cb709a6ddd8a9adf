package newsreader.search;

/**
 * A matched stretch of a snippet or title: {@code text.substring(start, end)}, in UTF-16 units as Java strings count.
 */
public record Highlight(int start, int end) {
    public Highlight {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad highlight " + start + ".." + end);
        }
    }
}
