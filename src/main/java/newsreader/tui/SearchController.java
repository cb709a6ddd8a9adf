package newsreader.tui;

import java.util.List;
import newsreader.messages.Messages;
import newsreader.post.PostMeta;
import newsreader.search.SearchHit;
import newsreader.text.SafeText;

/**
 * Full-text search from the reader: {@code F} (or Ctrl-T in the {@code /} prompt) asks for a query, Enter searches
 * titles and bodies in the background, and the ranked hits replace the list until the user goes back.
 */
final class SearchController {
    private static final Messages WORDS = Messages.of("reader");

    private final ReaderState state;
    private final List<Effect> effects;
    private final ArticleController article;

    SearchController(ReaderState state, List<Effect> effects, ArticleController article) {
        this.state = state;
        this.effects = effects;
        this.article = article;
    }

    /** Opens the prompt for a full-text query, with the last query to edit. */
    void prompt() {
        state.filterInput = new TextInput(state.results == null ? "" : state.results.query);
        state.promptAllText = true;
        state.focus = ReaderState.Pane.LIST;
    }

    /** Runs the query; an empty one leaves the results. */
    void submit(String query) {
        state.filterInput = null;
        state.promptAllText = false;
        String trimmed = query.strip();
        if (trimmed.isEmpty()) {
            state.results = null;
            return;
        }
        state.results = new SearchResults(trimmed);
        state.focus = ReaderState.Pane.LIST;
        state.message = WORDS.get("search.searching");
        effects.add(new Effect.SearchAllText(trimmed));
    }

    /** The answer to a query; dropped when the user has asked something else since. */
    void found(String query, List<SearchHit> hits, String note) {
        SearchResults results = state.results;
        if (results == null || !results.query.equals(query)) {
            return;
        }
        results.hits = List.copyOf(hits);
        results.searching = false;
        results.selection = 0;
        results.top = 0;
        results.note = note == null ? "" : note;
        state.message = countMessage(hits.size(), results.note);
    }

    /**
     * The same answer again, longer or with more snippets: the selection and scrolling stay as the user left them,
     * and the count on the status line grows unless another message took its place.
     */
    void more(String query, List<SearchHit> hits) {
        SearchResults results = state.results;
        if (results == null || results.searching || !results.query.equals(query)) {
            return;
        }
        String before = countMessage(results.hits.size(), results.note);
        results.hits = List.copyOf(hits);
        int last = Math.max(0, hits.size() - 1);
        results.selection = Math.min(results.selection, last);
        results.top = Math.min(results.top, results.selection);
        if (before.equals(state.message)) {
            state.message = countMessage(hits.size(), results.note);
        }
    }

    private static String countMessage(int hits, String note) {
        return note.isEmpty()
                ? (hits == 0 ? WORDS.get("search.nothing") : WORDS.get("search.count", hits))
                : WORDS.get("search.count.note", hits, note);
    }

    void indexing(int done, int total) {
        state.searchIndexing = total < 0 ? null
                : WORDS.get("status.search-index",
                        String.valueOf(total == 0 ? 100 : Math.min(100, (int) (100L * done / total))));
    }

    /** Stays on the status line until a later update makes progress: a stuck percentage would say it is working. */
    void indexFailed(String reason) {
        // An I/O error's message may hold a path: cleaned as every message on the screen is.
        state.searchIndexing = WORDS.get("status.search-index.failed", SafeText.line(reason));
    }

    /** Stays until a later build makes progress, as a failure does. */
    void indexNotBuilt(String reason) {
        state.searchIndexing = WORDS.get("status.search-index.not-built", SafeText.line(reason));
    }

    /** Keys while the hits are shown; false for those the usual handling should get. */
    boolean apply(Action action) {
        SearchResults results = state.results;
        if (results == null || state.mode != ReaderState.Mode.BROWSE || state.focus != ReaderState.Pane.LIST) {
            return false;
        }
        if (Scrolling.isMove(action)) {
            int height = Math.max(1, listHeight() / SearchResults.ROWS_PER_HIT);
            int last = Math.max(0, results.hits.size() - 1);
            results.selection = Scrolling.clamp(results.selection + Scrolling.step(action, height), 0, last);
            results.top = Scrolling.keepVisible(results.selection, results.top, height, results.hits.size());
            return true;
        }
        switch (action) {
            case OPEN:
            case RIGHT:
                openSelected();
                return true;
            case BACK:
            case ESCAPE:
            case LEFT:
                state.results = null;
                state.message = "";
                return true;
            case FIND:
                // A title filter is for the post list: leave the hits first.
                state.results = null;
                return false;
            default:
                return false;
        }
    }

    private void openSelected() {
        SearchHit hit = state.results.selected();
        if (hit == null) {
            return;
        }
        PostMeta meta = find(hit.relativePath());
        if (meta == null) {
            state.message = WORDS.get("search.gone", hit.relativePath());
            return;
        }
        // One plain word is marked in the article as a / search would mark it, so n finds the passage.
        String query = state.results.query;
        article.open(meta, query.matches("[\\p{L}\\p{N}]+") ? query : "");
    }

    private PostMeta find(String relativePath) {
        for (PostMeta post : state.library.posts()) {
            if (post.relativePath().equals(relativePath)) {
                return post;
            }
        }
        return null;
    }

    private int listHeight() {
        return Layout.of(state.columns, state.rows, ReaderState.Mode.BROWSE, ReaderState.Pane.LIST).list().height();
    }
}
