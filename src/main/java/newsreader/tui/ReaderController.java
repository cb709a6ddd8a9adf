package newsreader.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.ArrayList;
import java.util.List;
import newsreader.messages.Messages;
import newsreader.reading.ChineseScript;
import newsreader.reading.Library;
import newsreader.reading.ListChoice;
import newsreader.text.CellWidth;
import newsreader.text.LineWrapper;

/**
 * The reader's update: turns events (keys, a scan's posts, a resize, what an effect found) into changes of the
 * {@link ReaderState} and a list of {@link Effect}s, which it hands to the {@link EffectRunner} when the event is
 * done. It draws nothing, touches no terminal, reads no file and writes no mark itself, so every key can be tested
 * without a terminal, and no key waits for a disk.
 */
final class ReaderController {
    private static final Messages WORDS = Messages.of("reader");

    private final ReaderState state;
    private final ReaderServices services;
    private final BrowseController browse;
    private final ArticleController article;
    private final OpeningController opening;
    private final SearchController search;
    private final ReadMarks marks;
    private final PipeAndSave pipeAndSave;
    /** Effects asked for by the event being handled; handed on when it is done. */
    private final List<Effect> effects = new ArrayList<>();
    private final EffectRunner runner;

    /** Effects carried out at once, their answers handled before the call returns (tests, benchmarks). */
    ReaderController(ReaderState state, ReaderServices services, CellWidth widths) {
        this(state, services, widths, null);
    }

    /** @param runner carries out effects; null to carry them out at once and handle their answers here */
    ReaderController(ReaderState state, ReaderServices services, CellWidth widths, EffectRunner runner) {
        this.state = state;
        this.services = services;
        this.runner = runner != null ? runner : EffectRunner.inline(services, this::update);
        this.marks = new ReadMarks(state, services.readState(), effects);
        this.browse = new BrowseController(state, marks);
        this.article = new ArticleController(state, effects, marks, browse, new LineWrapper(widths));
        this.opening = new OpeningController(state, effects, services.links(), services.placeholders());
        this.search = new SearchController(state, effects, article);
        this.pipeAndSave = new PipeAndSave(state, effects);
        state.marks = services.readState();
        browse.refilter(null);
        marks.countUnreadIfLarge();
        handOnEffects();
    }

    /** One event from the loop's queue. */
    void update(ReaderEvent event) {
        if (event instanceof ReaderEvent.Key key) {
            key(key.key());
            return;
        }
        if (event instanceof ReaderEvent.Loaded loaded) {
            loaded(loaded.library(), loaded.progress(), loaded.tree());
            return;
        }
        if (event instanceof ReaderEvent.InputClosed) {
            state.quit = true;
        } else if (event instanceof ReaderEvent.StopAsked) {
            state.suspend = true;
        } else if (event instanceof ReaderEvent.TitlesFolded folded) {
            state.titlesFolded(folded.library(), folded.folded());
        } else if (event instanceof ReaderEvent.Found found) {
            search.found(found.query(), found.hits(), found.note());
        } else if (event instanceof ReaderEvent.MoreHits more) {
            search.more(more.query(), more.hits());
        } else if (event instanceof ReaderEvent.SearchIndexing indexing) {
            search.indexing(indexing.done(), indexing.total());
        } else if (event instanceof ReaderEvent.SearchIndexFailed failed) {
            search.indexFailed(failed.reason());
        } else if (event instanceof ReaderEvent.SearchIndexNotBuilt notBuilt) {
            search.indexNotBuilt(notBuilt.reason());
        } else if (event instanceof ReaderEvent.Downloading downloading) {
            opening.downloading(downloading.bytes(), downloading.total());
        } else if (event instanceof ReaderEvent.Opened opened) {
            opening.opened(opened.outcome());
        } else if (event instanceof ReaderEvent.ArticleReady ready) {
            article.ready(ready);
        } else if (event instanceof ReaderEvent.ArticleFailed failed) {
            article.failed(failed);
        } else if (event instanceof ReaderEvent.ArticleRelaidOut again) {
            article.relaidOut(again);
        } else if (event instanceof ReaderEvent.ScriptReady ready) {
            scriptReady(ready.script());
        } else if (event instanceof ReaderEvent.MarksWritten written) {
            browse.marksWritten(written.message());
        } else if (event instanceof ReaderEvent.UnreadCounted counted) {
            browse.counted(counted.read());
        } else if (event instanceof ReaderEvent.SaveWouldOverwrite overwrite) {
            pipeAndSave.wouldOverwrite(overwrite.save());
        }
        handOnEffects();
    }

    /**
     * {@code C}: the next script of the cycle. Building a converter takes ICU a third of a second, so the key does not
     * wait for it: the background thread builds it ({@link Effect.PrepareScript}) and the reader switches when it is
     * ready ({@link #scriptReady}); the status line says the choice at once. Shown as written needs no converter.
     */
    private void chooseNextScript() {
        ChineseScript next = (state.scriptAwaited != null ? state.scriptAwaited : state.script).next();
        state.message = WORDS.get("status.chinese." + next.choice().word());
        if (next.isOriginal()) {
            state.scriptAwaited = null;
            showScript(next);
        } else {
            state.scriptAwaited = next;
            effects.add(new Effect.PrepareScript(next));
        }
    }

    /** A converter is built: shown if it is still the one chosen (another {@code C} may have moved on). */
    private void scriptReady(ChineseScript script) {
        if (state.scriptAwaited == script) {
            state.scriptAwaited = null;
            showScript(script);
        }
    }

    private void showScript(ChineseScript script) {
        if (state.script != script) {
            state.script = script;
            article.switchedScript();
        }
    }

    /** Hands the effects asked for so far to the runner (whose answers may come back here at once, in tests). */
    private void handOnEffects() {
        if (effects.isEmpty()) {
            return;
        }
        List<Effect> asked = List.copyOf(effects);
        effects.clear();
        runner.run(asked);
    }

    /** A frame was drawn: work held back until the screen showed the state (see {@link EffectRunner#frameDrawn}). */
    void frameDrawn() {
        runner.frameDrawn();
    }

    newsreader.open.TerminalLinks links() {
        return services.links();
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
        handOnEffects();
    }

    void loaded(Library library) {
        loaded(library, null);
    }

    /** A new view of the folder: part of a first scan still running ({@code progress} says how far), or all of it. */
    void loaded(Library library, String progress) {
        loaded(library, progress, null);
    }

    /** As {@link #loaded(Library, String)}, with the library's category tree when it was built already. */
    void loaded(Library library, String progress, CategoryTree tree) {
        // The same snapshot again (a scan checking files against the cache finds nothing new): only the progress
        // changes. Rebuilding the tree and the list of 100,000 posts would hold up every key for nothing.
        if (library != state.library) {
            if (tree != null) {
                browse.loaded(library, tree);
            } else {
                browse.loaded(library);
            }
            marks.countUnreadIfLarge();
            handOnEffects();
        }
        if (progress != null) {
            state.indexing = progress;
            return;
        }
        state.loading = false;
        state.indexing = null;
        state.message = library.problems().isEmpty() ? WORDS.get("status.posts", library.posts().size())
                : WORDS.get("status.posts.problems", library.posts().size(), library.problems().size());
        if (!state.notice.isEmpty()) {
            state.message = state.notice;
            state.notice = "";
        }
    }

    void key(KeyStroke key) {
        handleKey(key);
        handOnEffects();
    }

    private void handleKey(KeyStroke key) {
        if (state.filtering()) {
            filterKey(key);
            return;
        }
        if (state.markAllAsked != null) {
            answerMarkAll(key);
            return;
        }
        if (pipeAndSave.asking()) {
            state.quit |= pipeAndSave.key(key);
            return;
        }
        if (state.article != null && state.article.searching()) {
            searchKey(key);
            return;
        }
        if (state.overlay == ReaderState.Overlay.PICTURE || state.overlay == ReaderState.Overlay.LINK) {
            if (!isCtrlC(key) && !isCtrlZ(key) && opening.windowKey(key)) {
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
            overlay(action, key);
            return;
        }
        if (action == Action.ESCAPE && state.opening) {
            // Esc stops a slow download or decode first, as a browser's Esc stops loading; the next Esc goes back.
            opening.cancel();
            return;
        }
        switch (action) {
            case QUIT:
                state.quit = true;
                return;
            case SUSPEND:
                state.suspend = true;
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
            case CHINESE_SCRIPT:
                chooseNextScript();
                return;
            case UNDO:
                marks.undo();
                return;
            case UNREAD_ONLY:
                choose(state.listChoice.withUnreadOnly(!state.listChoice.unreadOnly()));
                return;
            case SORT:
                choose(state.listChoice.withOrder(state.listChoice.order().next()));
                return;
            case RELOAD:
                state.loading = true;
                state.message = WORDS.get("reloading");
                browse.reloadMarks();
                effects.add(new Effect.ReloadFolder());
                return;
            default:
                break;
        }
        if (search.apply(action)) {
            return;
        }
        if (state.mode == ReaderState.Mode.ARTICLE && action == Action.PIPE) {
            pipeAndSave.askForCommand();
        } else if (state.mode == ReaderState.Mode.ARTICLE && action == Action.SAVE) {
            pipeAndSave.askForPath();
        } else if (state.mode == ReaderState.Mode.ARTICLE) {
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

    /** The key after {@code A}'s question: y marks, Ctrl-c still quits, anything else leaves the marks alone. */
    private void answerMarkAll(KeyStroke key) {
        if (isCtrlC(key) || key.getKeyType() == KeyType.EOF) {
            state.markAllAsked = null;
            state.quit = true;
            return;
        }
        boolean yes = key.getKeyType() == KeyType.Character && !key.isCtrlDown() && !key.isAltDown()
                && (key.getCharacter() == 'y' || key.getCharacter() == 'Y');
        marks.markAll(state.markAllAsked, yes);
    }

    /** Another list choice from a key: the list follows at once, and the next session starts with it. */
    private void choose(ListChoice choice) {
        browse.choose(choice);
        state.message = WORDS.get(choice.unreadOnly() ? "status.listing.unread" : "status.listing.all",
                StatusLine.orderName(choice.order()));
        effects.add(new Effect.RememberListChoice(choice));
    }

    private void overlay(Action action, KeyStroke key) {
        switch (action) {
            case QUIT:
                state.quit = true;
                break;
            case SUSPEND:
                // The window stays: it is drawn again with everything else when the reader comes back.
                state.suspend = true;
                break;
            case UP:
            case DOWN:
            case PAGE_UP:
            case PAGE_DOWN:
            case PAGE_DOWN_OR_NEXT_UNREAD:
            case HALF_PAGE_UP:
            case HALF_PAGE_DOWN:
            case TOP:
            case BOTTOM:
                state.overlayTop = Math.max(0, state.overlayTop + Scrolling.step(action, Math.max(1, state.rows - 4)));
                break;
            case BACK:
            case ESCAPE:
            case NONE:
                state.overlay = ReaderState.Overlay.NONE;
                break;
            default:
                // Any other key closes the window and then does what it does: a key spent only on closing was
                // lost, and the keys after it landed somewhere else than the user meant (/ then typed words).
                ReaderState.Overlay shown = state.overlay;
                state.overlay = ReaderState.Overlay.NONE;
                if (!opensAgain(shown, action)) {
                    handleKey(key);
                }
                break;
        }
    }

    /** The key that opened a window closes it and nothing more ({@code ?} on help, {@code u} on the links). */
    private static boolean opensAgain(ReaderState.Overlay shown, Action action) {
        return (shown == ReaderState.Overlay.HELP && action == Action.HELP)
                || (shown == ReaderState.Overlay.LINKS && action == Action.LINKS);
    }

    private void filterKey(KeyStroke key) {
        TextInput input = state.filterInput;
        boolean allText = state.promptAllText;
        switch (key.getKeyType()) {
            case Enter:
                remember(input.text());
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
                // The title filter's arrows move the list, as they always did, once something is typed; on an
                // empty prompt, or one showing an entry just recalled, they step through the history. F's prompt
                // has no list to move: its arrows are always the history's.
                if (allText || input.isEmpty() || input.showsRecalled()) {
                    recall(input, key.getKeyType() == KeyType.ArrowUp);
                    return;
                }
                browse.apply(KeyBindings.actionFor(key, false));
                return;
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
                } else if (isCtrlZ(key)) {
                    // Ctrl-z suspends from anywhere, as it does in programs that leave the tty's susp character on.
                    state.suspend = true;
                } else if (isCtrl(key, 'p') || isCtrl(key, 'n')) {
                    recall(input, isCtrl(key, 'p'));
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

    /** ↑ or ↓ in the list filter or F's prompt: an older or newer search; the title filter follows as it would typed. */
    private void recall(TextInput input, boolean older) {
        boolean moved = older ? state.searchHistory.older(input) : state.searchHistory.newer(input);
        if (moved && !state.promptAllText) {
            browse.setFilter(input.text());
        }
    }

    /** A search given with Enter joins the history, and the next session's. */
    private void remember(String entry) {
        if (state.searchHistory.add(entry)) {
            effects.add(new Effect.RememberSearches(state.searchHistory.entries()));
        }
    }

    /** The reader is quitting: the place in the open article is remembered as if it had been closed. */
    void finish() {
        article.rememberPlace();
        handOnEffects();
    }

    private void searchKey(KeyStroke key) {
        TextInput input = state.article.searchInput;
        switch (key.getKeyType()) {
            case Enter:
                remember(input.text());
                article.searchDone(true);
                return;
            case ArrowUp:
            case ArrowDown:
                if (state.searchHistory.entries().isEmpty()) {
                    return;
                }
                if (key.getKeyType() == KeyType.ArrowUp ? state.searchHistory.older(input) : state.searchHistory.newer(input)) {
                    article.searchTyped(input);
                }
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
                } else if (isCtrlZ(key)) {
                    // Ctrl-z suspends from anywhere, as it does in programs that leave the tty's susp character on.
                    state.suspend = true;
                } else if (isCtrl(key, 'p') || isCtrl(key, 'n')) {
                    if (isCtrl(key, 'p') ? state.searchHistory.older(input) : state.searchHistory.newer(input)) {
                        article.searchTyped(input);
                    }
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
        return isCtrl(key, 'c');
    }

    private static boolean isCtrlZ(KeyStroke key) {
        return isCtrl(key, 'z');
    }

    private static boolean isCtrl(KeyStroke key, char letter) {
        return key.getKeyType() == KeyType.Character && key.isCtrlDown()
                && Character.toLowerCase(key.getCharacter()) == letter;
    }
}
