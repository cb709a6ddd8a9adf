package newsreader.tui;

import java.util.ArrayList;
import java.util.List;
import newsreader.messages.Messages;
import newsreader.post.PostMeta;
import newsreader.post.PostProblem;
import newsreader.reading.Library;
import newsreader.reading.ReadingPositions;
import newsreader.render.LineStyle;
import newsreader.render.Reference;
import newsreader.render.StyledLine;
import newsreader.text.LineWrapper;
import newsreader.text.SafeText;

/** Opening, scrolling, searching and leaving the article view. */
final class ArticleController {
    private static final Messages WORDS = Messages.of("reader");

    private final ReaderState state;
    private final List<Effect> effects;
    private final ReadMarks marks;
    private final BrowseController browse;
    private final LineWrapper wrapper;
    /** Where the view was when a search began: typing searches from there, Esc returns there. */
    private int searchOrigin;

    /** The post asked for last, shown when it arrives; null when the reader has moved on since. */
    private PostMeta awaited;

    ArticleController(ReaderState state, List<Effect> effects, ReadMarks marks, BrowseController browse,
                      LineWrapper wrapper) {
        this.state = state;
        this.effects = effects;
        this.marks = marks;
        this.browse = browse;
        this.wrapper = wrapper;
    }

    void apply(Action action) {
        OpenArticle article = state.article;
        if (action == Action.PAGE_DOWN_OR_NEXT_UNREAD && article.post != null && atEnd()) {
            // Space reads on: a page at a time, and past the end into the next unread post (mutt, newsboat).
            action = Action.NEXT_UNREAD;
        }
        if (Scrolling.isMove(action)) {
            scrollTo(article.top + Scrolling.step(action, height()));
            return;
        }
        switch (action) {
            case ESCAPE:
                if (!article.search.isEmpty()) {
                    article.search = "";
                    article.findMatches();
                } else {
                    close();
                }
                break;
            case BACK:
            case LEFT:
                close();
                break;
            case FIND:
                article.searchInput = new TextInput();
                article.search = "";
                article.findMatches();
                searchOrigin = article.top;
                break;
            case NEXT_MATCH:
                nextMatch(article.top + 1, true);
                break;
            case PREVIOUS_MATCH:
                nextMatch(article.top - 1, false);
                break;
            case NEXT_POST:
                if (browse.moveList(1)) {
                    openSelected();
                } else {
                    state.message = WORDS.get("article.last");
                }
                break;
            case PREVIOUS_POST:
                if (browse.moveList(-1)) {
                    openSelected();
                } else {
                    state.message = WORDS.get("article.first");
                }
                break;
            case NEXT_UNREAD:
                if (browse.selectNextUnread()) {
                    openSelected();
                }
                break;
            case TOGGLE_READ:
                if (article.post != null) {
                    marks.toggleRead(article.meta, WORDS.get("article.marked-read"), WORDS.get("article.marked-unread"));
                }
                break;
            case MARK_ALL_READ:
                marks.askToMarkAllListed();
                break;
            case TOGGLE_STAR:
                if (article.meta != null) {
                    browse.toggleStar(article.meta);
                }
                break;
            case LINKS:
                state.overlay = ReaderState.Overlay.LINKS;
                state.overlayTop = 0;
                break;
            default:
                break;
        }
    }

    /** Keys typed into the search line: the view jumps to the first match as the text grows. */
    void searchTyped(TextInput input) {
        OpenArticle article = state.article;
        article.search = input.text();
        article.findMatches();
        article.top = searchOrigin;
        nextMatch(searchOrigin, true);
    }

    void searchDone(boolean keep) {
        OpenArticle article = state.article;
        article.searchInput = null;
        if (!keep) {
            article.search = "";
            article.findMatches();
            article.top = searchOrigin;
        } else if (!article.search.isEmpty() && article.matchLines.isEmpty()) {
            state.message = WORDS.get("article.not-found", article.search);
        }
    }

    /** Opens the post or problem under the list selection. */
    void openSelected() {
        PostMeta meta = state.selectedPost();
        if (meta != null) {
            open(meta);
            return;
        }
        PostProblem problem = state.selectedProblem();
        if (problem != null) {
            openProblem(problem);
        }
    }

    /** Opens one post in the article view (from the list). */
    void open(PostMeta meta) {
        open(meta, "");
    }

    /**
     * Asks for a post to be read and laid out; it is shown when it arrives ({@link #ready}).
     *
     * @param highlight a word to mark in it (a search hit's query); empty for none
     */
    void open(PostMeta meta, String highlight) {
        awaited = meta;
        effects.add(new Effect.ShowPost(meta, width(), highlight, state.script));
    }

    /** The post asked for is read and laid out: it is shown, unless the reader has asked for another since. */
    void ready(ReaderEvent.ArticleReady ready) {
        if (ready.meta() != awaited) {
            return;
        }
        awaited = null;
        // Another post in place of the one open (n, N, Space at the end): the place in that one is kept first.
        rememberPlace();
        OpenArticle article = new OpenArticle(ready.meta(), ready.post(), ready.article().lines(),
                ready.article().references(), ready.width());
        state.article = article;
        state.mode = ReaderState.Mode.ARTICLE;
        state.overlay = ReaderState.Overlay.NONE;
        if (!ready.highlight().isEmpty()) {
            // Marked as a / search would mark it, so n finds the passage.
            article.search = ready.highlight();
            article.findMatches();
        }
        marks.set(ready.meta(), true, null);
        Double place = ready.highlight().isEmpty() ? state.positions.get(Library.idOf(ready.meta())) : null;
        if (place != null) {
            scrollTo((int) Math.round(place * article.lines.size()));
            state.message = WORDS.get("article.back-where-left", String.valueOf(Math.round(place * 100)));
        }
        if (ready.width() != width()) {
            // The terminal was resized while the post was read.
            relayout();
        }
    }

    void failed(ReaderEvent.ArticleFailed failed) {
        if (failed.meta() == awaited) {
            awaited = null;
            state.message = failed.message();
        }
    }

    private void openProblem(PostProblem problem) {
        int width = width();
        List<StyledLine> lines = new ArrayList<>();
        for (String line : wrapper.wrapToStrings(SafeText.line(problem.relativePath()), width)) {
            lines.add(new StyledLine(line, LineStyle.TITLE));
        }
        lines.add(StyledLine.blank());
        for (String line : wrapper.wrapToStrings(SafeText.line(WORDS.get("article.unreadable", problem.reason())), width)) {
            lines.add(new StyledLine(line, LineStyle.BODY));
        }
        state.article = new OpenArticle(null, null, lines, List.of(), width);
        state.mode = ReaderState.Mode.ARTICLE;
    }

    /** After a resize: asks for the article at the new width ({@link #relaidOut} keeps the reader's place). */
    void relayout() {
        OpenArticle article = state.article;
        if (article == null) {
            return;
        }
        int width = width();
        if (article.post != null && width != article.laidOutWidth && width > 0) {
            effects.add(new Effect.LayOutAgain(article.meta, article.post, width, state.script));
        }
        scrollTo(article.top);
    }

    /** After {@code C}: asks for the open article in the script now chosen, at the same place. */
    void switchedScript() {
        OpenArticle article = state.article;
        if (article != null && article.post != null && width() > 0) {
            effects.add(new Effect.LayOutAgain(article.meta, article.post, width(), state.script));
        }
    }

    /** The open article at a new width: the reader stays at the same place in the text. */
    void relaidOut(ReaderEvent.ArticleRelaidOut again) {
        OpenArticle article = state.article;
        if (article == null || article.meta != again.meta() || again.width() != width()) {
            return;
        }
        int oldSize = Math.max(1, article.lines.size());
        article.top = (int) ((long) article.top * again.article().lines().size() / oldSize);
        article.lines = again.article().lines();
        article.references = again.article().references();
        article.laidOutWidth = again.width();
        article.findMatches();
        scrollTo(article.top);
    }

    /**
     * Keeps the place in the open article for the next time it is opened, in this session or a later one: a place
     * below the top of an article longer than the screen, else nothing (it opens at the top).
     */
    void rememberPlace() {
        OpenArticle article = state.article;
        if (article == null || article.meta == null || article.post == null) {
            return;
        }
        String id = Library.idOf(article.meta);
        boolean longer = article.lines.size() > Math.max(1, height());
        double fraction = longer ? (double) article.top / article.lines.size() : 0;
        Double before = state.positions.get(id);
        ReadingPositions.remember(state.positions, id, fraction);
        if (!java.util.Objects.equals(before, state.positions.get(id))) {
            effects.add(new Effect.RememberPositions(new java.util.LinkedHashMap<>(state.positions)));
        }
    }

    void close() {
        rememberPlace();
        awaited = null;
        state.article = null;
        state.mode = ReaderState.Mode.BROWSE;
        state.focus = ReaderState.Pane.LIST;
        state.overlay = ReaderState.Overlay.NONE;
        browse.keepListSelectionVisible();
    }

    private void nextMatch(int from, boolean forward) {
        OpenArticle article = state.article;
        List<Integer> lines = article.matchLines;
        if (article.search.isEmpty()) {
            return;
        }
        if (lines.isEmpty()) {
            state.message = WORDS.get("article.not-found", article.search);
            return;
        }
        Integer found = null;
        if (forward) {
            for (int line : lines) {
                if (line >= from) {
                    found = line;
                    break;
                }
            }
            if (found == null) {
                found = lines.get(0);
                state.message = WORDS.get("article.wrapped-top");
            }
        } else {
            for (int i = lines.size() - 1; i >= 0; i--) {
                if (lines.get(i) <= from) {
                    found = lines.get(i);
                    break;
                }
            }
            if (found == null) {
                found = lines.get(lines.size() - 1);
                state.message = WORDS.get("article.wrapped-bottom");
            }
        }
        // The match goes to the top of the view, as in less; at the end of the text it can only be lower.
        article.currentMatch = lines.indexOf(found) + 1;
        scrollTo(found);
    }

    /** The last line of the article is in view. */
    private boolean atEnd() {
        OpenArticle article = state.article;
        return article.top + Math.max(1, height()) >= article.lines.size();
    }

    private void scrollTo(int top) {
        OpenArticle article = state.article;
        // At least one row, so that even a terminal with no room for text keeps the position on a line.
        int max = Math.max(0, article.lines.size() - Math.max(1, height()));
        article.top = Scrolling.clamp(top, 0, max);
    }

    private int width() {
        int room = Layout.of(state.columns, state.rows, ReaderState.Mode.ARTICLE, state.focus).article().width();
        return state.textMeasure.widthIn(Math.max(1, room));
    }

    private int height() {
        return Layout.of(state.columns, state.rows, ReaderState.Mode.ARTICLE, state.focus).article().height();
    }
}
