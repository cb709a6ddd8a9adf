package newsreader.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A piece of text with its matches marked: one line, safe to show (no control characters), highlights sorted,
 * apart and inside the text.
 */
public record Snippet(String text, List<Highlight> highlights) {
    public static final Snippet EMPTY = new Snippet("", List.of());

    public Snippet {
        highlights = merged(highlights, text.length());
    }

    /** The text with each highlight wrapped in {@code open} and {@code close}, e.g. {@code [} and {@code ]}. */
    public String marked(String open, String close) {
        StringBuilder out = new StringBuilder(text.length() + highlights.size() * (open.length() + close.length()));
        int at = 0;
        for (Highlight h : highlights) {
            out.append(text, at, h.start()).append(open).append(text, h.start(), h.end()).append(close);
            at = h.end();
        }
        return out.append(text, at, text.length()).toString();
    }

    /** Overlapping or touching ranges become one, ranges are clipped to the text, empty ones dropped. */
    private static List<Highlight> merged(List<Highlight> ranges, int length) {
        List<Highlight> sorted = new ArrayList<>(ranges);
        sorted.sort(Comparator.comparingInt(Highlight::start));
        List<Highlight> out = new ArrayList<>();
        for (Highlight h : sorted) {
            int start = Math.min(h.start(), length);
            int end = Math.min(h.end(), length);
            if (start == end) {
                continue;
            }
            Highlight last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && start <= last.end()) {
                out.set(out.size() - 1, new Highlight(last.start(), Math.max(last.end(), end)));
            } else {
                out.add(new Highlight(start, end));
            }
        }
        return List.copyOf(out);
    }
}
