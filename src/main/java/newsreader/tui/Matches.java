package newsreader.tui;

import java.util.ArrayList;
import java.util.List;
import newsreader.tui.term.CellPainter.Range;

/** Where a search text occurs in a line, ignoring case, as char ranges. */
final class Matches {
    private Matches() {
    }

    static List<Range> in(String line, String query) {
        List<Range> ranges = new ArrayList<>();
        if (query.isEmpty()) {
            return ranges;
        }
        int n = query.length();
        for (int i = 0; i + n <= line.length(); i++) {
            if (line.regionMatches(true, i, query, 0, n)) {
                ranges.add(new Range(i, i + n));
                i += n - 1;
            }
        }
        return ranges;
    }
}
