package newsreader.search;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** A hit's title or snippet with its matched stretches, as every front end shows it. */
public record HighlightedText(String text, List<Highlight> highlights) {
    public HighlightedText {
        highlights = List.copyOf(highlights);
    }

    /**
     * The text converted (to the reader's Chinese script) with its matches where they land after conversion: each
     * stretch between match boundaries is converted alone, so a conversion that changes a stretch's length (a rare
     * character whose other form is outside the Basic Multilingual Plane) cannot shift a mark onto the wrong
     * characters.
     */
    public HighlightedText converted(UnaryOperator<String> convert) {
        StringBuilder out = new StringBuilder(text.length());
        List<Highlight> moved = new ArrayList<>(highlights.size());
        int done = 0;
        for (Highlight h : highlights) {
            int start = Math.min(Math.max(h.start(), done), text.length());
            int end = Math.min(Math.max(h.end(), start), text.length());
            out.append(convert.apply(text.substring(done, start)));
            int newStart = out.length();
            out.append(convert.apply(text.substring(start, end)));
            moved.add(new Highlight(newStart, out.length()));
            done = end;
        }
        out.append(convert.apply(text.substring(done)));
        return new HighlightedText(out.toString(), moved);
    }

    /** The text with {@code open} and {@code close} around each match ({@code [发展]}, or bold on and off). */
    public String marked(String open, String close) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (Highlight h : highlights) {
            out.append(text, at, h.start()).append(open).append(text, h.start(), h.end()).append(close);
            at = h.end();
        }
        return out.append(text, at, text.length()).toString();
    }
}
