package newsreader.tui;

import newsreader.reading.Library;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import newsreader.text.CellWidth;
import newsreader.text.LineWrapper;

/**
 * Turns events (keys, a finished scan, a resize) into changes of the {@link ReaderState}. It draws nothing and
 * touches no terminal, so every key can be tested without one.
 */
final class ReaderController {
    private final ReaderState state;
    private final ReaderServices services;
    private final BrowseController browse;
    private final ArticleController article;
    private final OpeningController opening;
    private final SearchController search;

    ReaderController(ReaderState state, ReaderServices services, CellWidth widths) {
        this.state = state;
        this.services = services;
        ReadMarks marks = new ReadMarks(state, services.readState());
        this.browse = new BrowseController(state, marks);
        this.article = new ArticleController(state, services, marks, browse, new LineWrapper(widths));
        this.opening = new OpeningController(state, services);
        this.search = new SearchController(state, services, article);
        browse.refilter(null);
    }

    /** An image or link finished opening. */
    void opened(newsreader.open.OpenOutcome outcome) {
        opening.opened(outcome);
    }

    newsreader.open.TerminalLinks links() {
        return services.links();
    }

    void found(String query, java.util.List<newsreader.search.SearchHit> hits, String note) {
        search.found(query, hits, note);
    }

    void searchIndexing(int done, int total) {
        search.indexing(done, total);
    }

    void downloading(long bytes, long total) {
        opening.downloading(bytes, total);
    }

    ReaderState state() {
        return state;
    }

    void resized(int columns, int rows) {
        state.columns = Math.max(1, columns);
        state.rows = Math.max(1, rows);
        browse.keepListSelectionVisible();
        article.relayout();
        state.overlayTop = 0;
    }

    void loaded(Library library) {
        loaded(library, null);
    }

    /** A new view of the folder: part of a first scan still running ({@code progress} says how far), or all of it. */
    void loaded(Library library, String progress) {
        browse.loaded(library);
        if (progress != null) {
            state.indexing = progress;
            return;
        }
        state.loading = false;
        state.indexing = null;
        state.message = library.posts().size() + " posts"
                + (library.problems().isEmpty() ? "" : ", " + library.problems().size() + " problems");
        if (!state.notice.isEmpty()) {
            state.message = state.notice;
            state.notice = "";
        }
    }

    void key(KeyStroke key) {
        if (state.filtering()) {
            filterKey(key);
            return;
        }
        if (state.article != null && state.article.searching()) {
            searchKey(key);
            return;
        }
        if (state.overlay == ReaderState.Overlay.PICTURE || state.overlay == ReaderState.Overlay.LINK) {
            if (!isCtrlC(key)) {
                opening.windowKey(key);
                return;
            }
        }
        if (state.overlay == ReaderState.Overlay.LINKS && opening.linksKey(key)) {
            return;
        }
        boolean searchActive = state.mode == ReaderState.Mode.ARTICLE && !state.article.search.isEmpty();
        Action action = state.keys.actionFor(key, searchActive);
        if (action != Action.NONE) {
            state.message = "";
        }
        if (state.overlay != ReaderState.Overlay.NONE) {
            overlay(action);
            return;
        }
        switch (action) {
            case QUIT:
                state.quit = true;
                return;
            case HELP:
                state.overlay = ReaderState.Overlay.HELP;
                state.overlayTop = 0;
                return;
            case OPEN_IMAGE:
                opening.openImage();
                return;
            case SEARCH_ALL:
                search.prompt();
                return;
            case RELOAD:
                state.loading = true;
                state.message = "Reloading…";
                browse.reloadMarks();
                services.requestReload();
                return;
            default:
                break;
        }
        if (search.apply(action)) {
            return;
        }
        if (state.mode == ReaderState.Mode.ARTICLE) {
            article.apply(action);
        } else if (action == Action.FIND) {
            state.filterInput = new TextInput(state.filter);
            state.focus = ReaderState.Pane.LIST;
        } else if ((action == Action.OPEN || action == Action.RIGHT) && state.focus == ReaderState.Pane.LIST) {
            article.openSelected();
        } else {
            browse.apply(action);
        }
    }

    private void overlay(Action action) {
        switch (action) {
            case QUIT:
                state.quit = true;
                break;
            case UP:
            case DOWN:
            case PAGE_UP:
            case PAGE_DOWN:
            case HALF_PAGE_UP:
            case HALF_PAGE_DOWN:
            case TOP:
            case BOTTOM:
                state.overlayTop = Math.max(0, state.overlayTop + Scrolling.step(action, Math.max(1, state.rows - 4)));
                break;
            case NONE:
                break;
            default:
                // Any other key (q, Esc, ?, u, Enter…) closes the overlay: nothing depends on one exact key.
                state.overlay = ReaderState.Overlay.NONE;
                break;
        }
    }

    private void filterKey(KeyStroke key) {
        TextInput input = state.filterInput;
        boolean allText = state.promptAllText;
        switch (key.getKeyType()) {
            case Enter:
                if (allText) {
                    search.submit(input.text());
                    return;
                }
                state.filterInput = null;
                return;
            case Escape:
                state.filterInput = null;
                state.promptAllText = false;
                if (!allText) {
                    browse.setFilter("");
                }
                return;
            case Backspace:
                input.backspace();
                if (!allText) {
                    browse.setFilter(input.text());
                }
                return;
            case ArrowUp:
            case ArrowDown:
            case PageUp:
            case PageDown:
                browse.apply(KeyBindings.actionFor(key, false));
                return;
            case EOF:
                state.quit = true;
                return;
            case Character:
                if (isCtrlC(key)) {
                    state.quit = true;
                } else if (key.isCtrlDown() && !key.isAltDown() && Character.toLowerCase(key.getCharacter()) == 't') {
                    // Switches between filtering titles as typed and searching all text on Enter.
                    state.promptAllText = !allText;
                    browse.setFilter(state.promptAllText ? "" : input.text());
                } else if (!key.isCtrlDown() && !key.isAltDown()) {
                    input.type(key.getCharacter());
                    if (!allText) {
                        browse.setFilter(input.text());
                    }
                }
                return;
            default:
                return;
        }
    }

    private void searchKey(KeyStroke key) {
        TextInput input = state.article.searchInput;
        switch (key.getKeyType()) {
            case Enter:
                article.searchDone(true);
                return;
            case Escape:
                article.searchDone(false);
                return;
            case Backspace:
                input.backspace();
                article.searchTyped(input);
                return;
            case EOF:
                state.quit = true;
                return;
            case Character:
                if (isCtrlC(key)) {
                    state.quit = true;
                } else if (!key.isCtrlDown() && !key.isAltDown()) {
                    input.type(key.getCharacter());
                    article.searchTyped(input);
                }
                return;
            default:
                return;
        }
    }

    private static boolean isCtrlC(KeyStroke key) {
        return key.getKeyType() == KeyType.Character && key.isCtrlDown() && Character.toLowerCase(key.getCharacter()) == 'c';
    }
}
