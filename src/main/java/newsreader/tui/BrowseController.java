package newsreader.tui;

import java.util.List;
import newsreader.messages.Messages;
import newsreader.post.PostMeta;
import newsreader.reading.Library;
import newsreader.reading.ListChoice;
import newsreader.reading.TitleQuery;

/** Actions on the category tree and the post list. */
final class BrowseController {
    private static final Messages WORDS = Messages.of("reader");

    private final ReaderState state;
    private final ReadMarks marks;
    private final OrderedPosts orderedPosts = new OrderedPosts();

    BrowseController(ReaderState state, ReadMarks marks) {
        this.state = state;
        this.marks = marks;
    }

    void apply(Action action) {
        if (Scrolling.isMove(action)) {
            move(action);
            return;
        }
        switch (action) {
            case RIGHT:
            case OPEN:
                forward(action);
                break;
            case LEFT:
                backward();
                break;
            case SWITCH_PANE:
                state.focus = state.focus == ReaderState.Pane.TREE ? ReaderState.Pane.LIST : ReaderState.Pane.TREE;
                break;
            case BACK:
                if (!state.layout().sideBySide() && state.focus == ReaderState.Pane.LIST) {
                    state.focus = ReaderState.Pane.TREE;
                } else {
                    state.quit = true;
                }
                break;
            case ESCAPE:
                if (!state.filter.isEmpty()) {
                    setFilter("");
                } else if (!state.layout().sideBySide()) {
                    state.focus = ReaderState.Pane.TREE;
                }
                break;
            case NEXT_POST:
                moveList(1);
                break;
            case PREVIOUS_POST:
                moveList(-1);
                break;
            case NEXT_UNREAD:
                if (selectNextUnread()) {
                    state.focus = ReaderState.Pane.LIST;
                }
                break;
            case TOGGLE_READ:
                PostMeta post = state.selectedPost();
                if (post != null) {
                    marks.toggleRead(post, null, null);
                }
                break;
            case MARK_ALL_READ:
                marks.askToMarkAllListed();
                break;
            case TOGGLE_STAR:
                toggleStar(state.selectedPost());
                break;
            case LINKS:
                state.message = WORDS.get("browse.links-need-post");
                break;
            default:
                break;
        }
    }

    /** Stars or unstars a post (once kept, {@link #marksWritten} updates the screen). */
    void toggleStar(PostMeta post) {
        if (post == null) {
            return;
        }
        marks.toggleStar(post);
    }

    /** Read state may have changed outside this reader (another instance): read it again. */
    void reloadMarks() {
        marks.reload();
    }

    /**
     * Marks were written or read again: counts follow, and in the Starred entry the list follows at once, keeping
     * the selection's place.
     */
    void marksWritten(String message) {
        marks.written(message);
        starredMayHaveChanged();
    }

    /** A large library's read and starred posts were looked up: counts follow, and the Starred entry's list. */
    void counted(ReadPosts read) {
        if (marks.counted(read)) {
            starredMayHaveChanged();
        }
    }

    private void starredMayHaveChanged() {
        if (state.selectedNode().kind() == CategoryNode.Kind.STARRED) {
            int selection = state.listSelection;
            refilter(null);
            state.listSelection = selection;
            keepListSelectionVisible();
        }
    }

    /** A new scan arrived: rebuild tree and list, keeping the selected category and post where they still exist. */
    void loaded(Library library) {
        loaded(library, CategoryTree.of(library));
    }

    /** As {@link #loaded(Library)}, with the library's category tree built already. */
    void loaded(Library library, CategoryTree tree) {
        // While the first scan streams in, a selection still on the first row was never chosen: it stays on the
        // newest post rather than following an older one down the list.
        boolean untouched = state.loading && state.listSelection == 0 && state.listTop == 0;
        PostMeta selected = untouched ? null : state.selectedPost();
        // Where the selected row was on the screen: posts arriving above it must not move it there.
        int rowOnScreen = state.listSelection - state.listTop;
        int previousSelection = state.listSelection;
        state.setLibrary(library, tree);
        marks.refreshStarred();
        if (state.tree.find(state.selectedNodeKey) == null) {
            state.selectedNodeKey = state.tree.root().key();
        }
        refilter(selected);
        if (selected != null && state.selectedPost() != null
                && state.selectedPost().relativePath().equals(selected.relativePath())) {
            state.listTop = Math.max(0, state.listSelection - rowOnScreen);
            keepListSelectionVisible();
        } else if (selected != null) {
            // The selected post is gone (deleted): stay at the same place in the list rather than jump to the top.
            state.listSelection = previousSelection;
            state.listTop = Math.max(0, previousSelection - rowOnScreen);
            keepListSelectionVisible();
        }
    }

    void setFilter(String filter) {
        PostMeta selected = state.selectedPost();
        String previous = state.filter;
        state.filter = filter;
        // Typing one more character can only remove rows: search the rows listed now, not the whole category.
        boolean narrowing = !previous.isEmpty() && !state.listingProblems
                && TitleQuery.of(previous).isWidenedBy(TitleQuery.of(filter));
        if (narrowing) {
            refilterInListOrder(selected, state.listed);
        } else {
            refilter(selected);
        }
    }

    /** Lists posts as {@code choice} says, keeping the selected post selected where it is still listed. */
    void choose(ListChoice choice) {
        PostMeta selected = state.selectedPost();
        state.listChoice = choice;
        refilter(selected);
    }

    /** Recomputes the listed posts from the chosen category, the title filter and the list choice. */
    void refilter(PostMeta keep) {
        int[] posts = state.selectedNode().posts();
        // Put in order once per list change, then only filtered: a filter keystroke never sorts.
        refilterInListOrder(keep, state.selectedNode().kind() == CategoryNode.Kind.PROBLEMS ? posts
                : orderedPosts.of(state.library, posts, state.listChoice));
    }

    /** @param candidates the posts to filter, already in the list's order (what is left of them stays in it) */
    private void refilterInListOrder(PostMeta keep, int[] candidates) {
        CategoryNode node = state.selectedNode();
        state.listingProblems = node.kind() == CategoryNode.Kind.PROBLEMS;
        String query = ReaderState.fold(state.filter).strip();
        TitleQuery titles = TitleQuery.of(state.filter);
        int[] rows = state.listingProblems ? new int[state.library.problems().size()]
                : titles.isEmpty() ? null : new int[candidates.length];
        int count = 0;
        if (state.listingProblems) {
            for (int i = 0; i < state.library.problems().size(); i++) {
                if (query.isEmpty() || ReaderState.fold(state.library.problems().get(i).relativePath()).contains(query)) {
                    rows[count++] = i;
                }
            }
        } else if (titles.isEmpty()) {
            // No filter: a copy at once. Looping over a whole list of 100,000 posts as it arrives, before that loop
            // is compiled, took 10-23 ms of the screen's thread.
            rows = candidates;
            count = candidates.length;
        } else {
            for (int index : candidates) {
                if (titles.matchesFolded(state.foldedTitle(index))) {
                    rows[count++] = index;
                }
            }
        }
        state.listed = java.util.Arrays.copyOf(rows, count);
        if (!state.listingProblems) {
            state.listed = state.listChoice.keep(state.library, state.listed, state.marks);
        }
        state.listSelection = 0;
        if (keep != null && !state.listingProblems) {
            for (int i = 0; i < state.listed.length; i++) {
                if (state.library.posts().get(state.listed[i]).relativePath().equals(keep.relativePath())) {
                    state.listSelection = i;
                    break;
                }
            }
        }
        keepListSelectionVisible();
    }

    void keepListSelectionVisible() {
        int height = listHeight();
        state.listSelection = Scrolling.clamp(state.listSelection, 0, Math.max(0, state.listed.length - 1));
        state.listTop = Scrolling.keepVisible(state.listSelection, state.listTop, height, state.listed.length);
        List<CategoryNode> rows = state.treeRows();
        state.treeTop = Scrolling.keepVisible(state.treeSelection(), state.treeTop, treeHeight(), rows.size());
    }

    /** Moves the list selection by {@code delta}; false when it could not move (at an end). */
    boolean moveList(int delta) {
        if (state.listed.length == 0) {
            return false;
        }
        int target = Scrolling.clamp(state.listSelection + delta, 0, state.listed.length - 1);
        boolean moved = target != state.listSelection;
        state.listSelection = target;
        keepListSelectionVisible();
        return moved;
    }

    /** Selects the next unread post after the selection, wrapping around; false when every listed post is read. */
    boolean selectNextUnread() {
        if (state.listingProblems || state.listed.length == 0) {
            return false;
        }
        int next = marks.nextUnreadListed(state.listSelection);
        if (next < 0) {
            state.message = WORDS.get("browse.no-unread");
            return false;
        }
        state.listSelection = next;
        keepListSelectionVisible();
        return true;
    }

    private void move(Action action) {
        if (state.focus == ReaderState.Pane.LIST) {
            moveList(Scrolling.step(action, listHeight()));
            return;
        }
        List<CategoryNode> rows = state.treeRows();
        int target = Scrolling.clamp(state.treeSelection() + Scrolling.step(action, treeHeight()), 0, rows.size() - 1);
        selectNode(rows.get(target));
    }

    /** Choosing an entry filters the list at once, so the list beside the tree always shows what is chosen. */
    private void selectNode(CategoryNode node) {
        if (node.key().equals(state.selectedNodeKey)) {
            return;
        }
        state.selectedNodeKey = node.key();
        state.listTop = 0;
        refilter(null);
    }

    private void forward(Action action) {
        if (state.focus == ReaderState.Pane.TREE) {
            CategoryNode node = state.selectedNode();
            if (action == Action.RIGHT && node.hasChildren() && !state.expanded.contains(node.key())) {
                state.expanded.add(node.key());
            } else {
                state.focus = ReaderState.Pane.LIST;
            }
            keepListSelectionVisible();
            return;
        }
        // Opening a post is the article controller's job; the reader controller routes OPEN on the list there.
    }

    private void backward() {
        if (state.focus == ReaderState.Pane.LIST) {
            state.focus = ReaderState.Pane.TREE;
            return;
        }
        CategoryNode node = state.selectedNode();
        if (state.expanded.remove(node.key())) {
            return;
        }
        if (node.kind() == CategoryNode.Kind.CATEGORY && node.path().size() > 1) {
            CategoryNode parent = state.tree.find(
                    CategoryNode.categoryKey(node.path().subList(0, node.path().size() - 1)));
            if (parent != null) {
                selectNode(parent);
            }
        }
        keepListSelectionVisible();
    }

    private int listHeight() {
        Layout layout = Layout.of(state.columns, state.rows, ReaderState.Mode.BROWSE, ReaderState.Pane.LIST);
        return layout.list().height();
    }

    private int treeHeight() {
        Layout layout = Layout.of(state.columns, state.rows, ReaderState.Mode.BROWSE, ReaderState.Pane.TREE);
        return layout.tree().height();
    }
}
