package newsreader.tui;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import newsreader.messages.Messages;
import newsreader.open.OpenTarget;
import newsreader.open.picture.ImagePreview;
import newsreader.post.PostMeta;
import newsreader.post.PostProblem;
import newsreader.reading.ChineseScript;
import newsreader.reading.Folding;
import newsreader.reading.Library;
import newsreader.reading.ListChoice;
import newsreader.reading.ReadState;
import newsreader.reading.TextMeasure;
import newsreader.tui.term.CellStyle;

/**
 * Everything the screen shows, in one plain object: keys change it (through {@link ReaderController}) and views
 * draw from it. Nothing here touches a terminal or a file.
 */
final class ReaderState {
    private static final Messages WORDS = Messages.of("reader");

    /** Which of the two browse panes has the keyboard. */
    enum Pane { TREE, LIST }

    /** Browsing the tree and list, or reading an article. */
    enum Mode { BROWSE, ARTICLE }

    /** A window drawn over everything else. */
    enum Overlay { NONE, HELP, LINKS, PICTURE, LINK }

    /** Where one line of a shown address was drawn, so that the loop can write it again as an OSC 8 hyperlink. */
    /** A piece of an address drawn in the article, and the whole address it belongs to. */
    record AddressSpot(LinkSpot spot, OpenTarget.Web target) {
    }

    /** @param style how the cells were drawn, so that the hyperlink written over them looks the same */
    record LinkSpot(int column, int row, String text, CellStyle style) {
    }

    /** The posts {@code A} would mark read, and the question it asks about them. */
    record MarkAllQuestion(List<String> postIds) {
        String text() {
            return WORDS.get("prompt.mark-all", postIds.size());
        }
    }

    /** The effect that puts the marks back as they were before the last change. */
    record Undo(Effect effect) {
    }

    int columns = 80;
    int rows = 24;

    Library library;
    CategoryTree tree;
    /** Read and starred flags as they are now (kept in memory; changed only through effects). */
    ReadState marks = ReadState.inMemory();
    /** Titles in lower case, by post index, for filtering as the user types. */
    private String[] foldedTitles;
    /** Library positions by relative path, built when search hits are first drawn. */
    private java.util.Map<String, Integer> indexByPath;
    boolean loading;
    /** How far the first scan is ("indexing 12,345 / 100,000") while posts stream in; null otherwise. */
    String indexing;

    final Set<String> expanded = new HashSet<>();
    String selectedNodeKey = CategoryNode.Kind.ALL.name();
    int treeTop;

    /** The list: indices into the library's posts, or (for the Problems entry) into its problems. */
    int[] listed = new int[0];
    boolean listingProblems;
    int listSelection;
    int listTop;
    String filter = "";
    /** Which posts the list shows (all or unread only) and in what order: the reading core applies it. */
    ListChoice listChoice = ListChoice.defaults();
    /** How wide articles are laid out and where they stand on a wider screen. */
    TextMeasure textMeasure = TextMeasure.defaults();
    TextInput filterInput;
    /** The prompt searches all text (titles and bodies) on Enter rather than filtering titles as typed. */
    boolean promptAllText;
    /** What was searched for at the {@code /} and {@code F} prompts, for ↑ in them. */
    PromptHistory searchHistory = new PromptHistory(List.of(), newsreader.reading.SearchHistoryFile.LIMIT);
    /** Where long articles were left (fraction of their lines above the view), by post identity, oldest first. */
    java.util.LinkedHashMap<String, Double> positions = new java.util.LinkedHashMap<>();
    /** Full-text search results shown in the list pane; null when the list shows posts. */
    SearchResults results;
    /** How far the search index is built ("search index: 40%"); null when it is complete or not started. */
    String searchIndexing;

    /** The list first: people open a folder to read its newest posts. */
    Pane focus = Pane.LIST;
    Mode mode = Mode.BROWSE;
    Overlay overlay = Overlay.NONE;
    int overlayTop;
    OpenArticle article;
    /** Digits typed in the links window: the number of the link to open. */
    String linkChoice = "";
    /** {@code c} was typed in the links window: the entry chosen is copied rather than opened. */
    boolean linkCopy;
    /** The image drawn by the PICTURE overlay. */
    ImagePreview picture;
    /** The address offered by the LINK or PICTURE overlay, and where each of its lines was drawn. */
    OpenTarget.Web link;
    List<LinkSpot> linkSpots = List.of();
    /**
     * Where the article pane drew (a piece of) an address, or the links window its entries' addresses over it, to be
     * written again as an OSC 8 hyperlink to the whole address: every piece of an address folded at the screen edge,
     * and every address cut short in the links window, links to all of it.
     */
    List<AddressSpot> addressSpots = List.of();
    /** An escape sequence for the loop to write past the screen layer once (an OSC 52 copy); null for none. */
    String rawOutput;

    String message = "";
    /** What the status-line prompt of {@code |} or {@code S} asks for; null when it is not shown. */
    enum Prompt { PIPE, SAVE }
    Prompt prompt;
    /** The command or path being typed at {@link #prompt}. */
    TextInput promptInput;
    /** {@code S} found a file at the path typed: the next key answers (y writes over it); null otherwise. */
    Effect.SaveText overwriteAsked;
    /** {@code |} asked to run a command with the terminal: the loop runs it, then clears this. */
    ArticlePipe.Request pipe;
    /** {@code A} asked whether to mark these posts read: the next key answers (y marks them); null otherwise. */
    MarkAllQuestion markAllAsked;
    /** What undoes the last {@code r}, {@code A} or {@code s}; null when there is nothing to undo. */
    Undo undo;
    /** The web address being opened, offered in the LINK window if opening it fails; null otherwise. */
    OpenTarget.Web openingAddress;
    /** An image or link is being opened (downloaded, decoded) and its outcome has not come back: Esc cancels it. */
    boolean opening;
    /** A start-up warning (locale) shown once the first scan is in, in place of the post count. */
    String notice = "";
    /** Bumped whenever read state changes, so cached unread counts know they are stale. */
    int readVersion;
    /** A large library's read posts, looked up off the screen's thread; null until the first arrives. */
    ReadPosts readPosts;
    boolean quit;
    /**
     * Ctrl-z or a SIGTSTP asked to suspend: the loop gives the terminal back to the shell, stops the job and, once
     * continued, takes the terminal back and draws everything again. Cleared by the loop.
     */
    boolean suspend;
    /** The script Chinese is shown in: the setting at start, then what {@code C} chose. */
    ChineseScript script = ChineseScript.ORIGINAL;
    /** The script {@code C} chose whose converter is still being built; null when none is awaited. */
    ChineseScript scriptAwaited;
    /** The keys in force: the defaults and the config's remapped ones. */
    KeyRemap keys = KeyRemap.defaults();

    ReaderState(Library library) {
        setLibrary(library);
    }

    void setLibrary(Library library) {
        setLibrary(library, CategoryTree.of(library));
    }

    /** As {@link #setLibrary(Library)}, with the library's tree built already (off the screen's thread). */
    void setLibrary(Library library, CategoryTree tree) {
        this.library = library;
        this.tree = tree;
        // Folded when a filter first needs them: a library of 100,000 posts arrives several times while it loads.
        foldedTitles = null;
        indexByPath = null;
    }

    /** The index of the post at a relative path in the library, or -1 (a search hit of a post gone since). */
    int indexOf(String relativePath) {
        if (indexByPath == null) {
            java.util.Map<String, Integer> byPath = new java.util.HashMap<>();
            List<PostMeta> posts = library.posts();
            for (int i = 0; i < posts.size(); i++) {
                byPath.putIfAbsent(posts.get(i).relativePath(), i);
            }
            indexByPath = byPath;
        }
        return indexByPath.getOrDefault(relativePath, -1);
    }

    /** The title of the post at {@code index}, folded for the title filter. */
    String foldedTitle(int index) {
        if (foldedTitles == null) {
            foldedTitles = foldedTitles(library);
        }
        return foldedTitles[index];
    }

    /** Every title of the library folded for the title filter, in the library's order. */
    static String[] foldedTitles(Library library) {
        List<PostMeta> posts = library.posts();
        String[] folded = new String[posts.size()];
        for (int i = 0; i < folded.length; i++) {
            folded[i] = fold(posts.get(i).title());
        }
        return folded;
    }

    /** Takes titles folded elsewhere, if they are this library's and not folded here already. */
    void titlesFolded(Library folded, String[] titles) {
        if (folded == library && foldedTitles == null && titles.length == library.posts().size()) {
            foldedTitles = titles;
        }
    }

    /** Folded as the reading core's title query folds them (case and width). */
    static String fold(String text) {
        return Folding.fold(text);
    }

    boolean filtering() {
        return filterInput != null;
    }

    /** The tree's rows as they are now shown. */
    List<CategoryNode> treeRows() {
        return tree.visibleRows(expanded);
    }

    int treeSelection() {
        List<CategoryNode> rows = treeRows();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).key().equals(selectedNodeKey)) {
                return i;
            }
        }
        return 0;
    }

    CategoryNode selectedNode() {
        CategoryNode node = tree.find(selectedNodeKey);
        return node == null ? tree.root() : node;
    }

    /** The post under the list selection, or null (empty list, or a problem). */
    PostMeta selectedPost() {
        if (listingProblems || listed.length == 0) {
            return null;
        }
        return library.posts().get(listed[Math.min(listSelection, listed.length - 1)]);
    }

    PostProblem selectedProblem() {
        if (!listingProblems || listed.length == 0) {
            return null;
        }
        return library.problems().get(listed[Math.min(listSelection, listed.length - 1)]);
    }

    Layout layout() {
        return Layout.of(columns, rows, mode, focus);
    }
}
