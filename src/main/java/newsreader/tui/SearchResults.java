package newsreader.tui;

import java.util.List;
import newsreader.search.SearchHit;

/** The ranked hits of a full-text search, shown in the list pane in place of the posts until left. */
final class SearchResults {
    /** Rows each hit takes: its title line and its snippet line. */
    static final int ROWS_PER_HIT = 2;

    final String query;
    List<SearchHit> hits = List.of();
    /** True until the answer is in. */
    boolean searching = true;
    /** What the answer said beside its count (the index still building, the best N of M), or empty. */
    String note = "";
    int selection;
    int top;

    SearchResults(String query) {
        this.query = query;
    }

    SearchHit selected() {
        return hits.isEmpty() ? null : hits.get(Math.min(selection, hits.size() - 1));
    }
}
