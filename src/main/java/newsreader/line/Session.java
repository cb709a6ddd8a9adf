package newsreader.line;

import java.nio.file.Path;
import java.util.List;
import newsreader.post.PostMeta;
import newsreader.post.PostProblem;
import newsreader.reading.CategoryQuery;
import newsreader.reading.ListChoice;
import newsreader.reading.ReadState;
import newsreader.reading.TitleQuery;
import newsreader.render.RenderedArticle;

/**
 * Everything line mode remembers between two prompts: the folder's posts, the list being looked at, the page last
 * shown, and the post last opened. Commands read and change it; nothing else does.
 */
final class Session {
    private final Path root;
    private List<PostMeta> posts;
    private List<PostProblem> problems;
    private CategoryIndex categories;
    private PostView view;
    /** Index of the page last shown (0 is the first), -1 before any. */
    private int page = -1;
    private PostMeta current;
    private RenderedArticle currentArticle;

    /** Which posts lists show and in what order; the read state it asks whether a post is read. */
    private final ListChoice choice;
    private final ReadState marks;

    Session(Path root, List<PostMeta> posts, List<PostProblem> problems) {
        this(root, posts, problems, ListChoice.defaults(), ReadState.inMemory());
    }

    Session(Path root, List<PostMeta> posts, List<PostProblem> problems, ListChoice choice, ReadState marks) {
        this.root = root;
        this.posts = List.copyOf(posts);
        this.problems = List.copyOf(problems);
        this.choice = choice;
        this.marks = marks;
        this.categories = CategoryIndex.of(this.posts);
        this.view = list(null, null);
    }

    /** A list of the posts, perhaps of one category, perhaps only titles with some words, as the choice shows it. */
    PostView list(CategoryQuery category, TitleQuery search) {
        return PostView.of(choice.apply(posts, marks), category, search);
    }

    /**
     * Takes the posts of a new scan. The list keeps its category and search; the open post stays open when its file
     * is still there.
     */
    void rescanned(List<PostMeta> newPosts, List<PostProblem> newProblems) {
        posts = List.copyOf(newPosts);
        problems = List.copyOf(newProblems);
        categories = CategoryIndex.of(posts);
        // A text search keeps its best-first order; other lists follow the list choice.
        view(view.found() != null ? PostView.of(posts, view.found()) : list(view.category(), view.search()));
        PostMeta still = current == null ? null : find(current.relativePath());
        if (still == null) {
            current = null;
            currentArticle = null;
        } else {
            current = still;
        }
    }

    private PostMeta find(String relativePath) {
        for (PostMeta post : posts) {
            if (post.relativePath().equals(relativePath)) {
                return post;
            }
        }
        return null;
    }

    Path root() {
        return root;
    }

    List<PostMeta> posts() {
        return posts;
    }

    List<PostProblem> problems() {
        return problems;
    }

    CategoryIndex categories() {
        return categories;
    }

    PostView view() {
        return view;
    }

    /** Shows another list; its pages start again from the first. The open post stays open. */
    void view(PostView newView) {
        view = newView;
        page = -1;
    }

    int page() {
        return page;
    }

    void page(int shown) {
        page = shown;
    }

    /** The post last opened, or null. */
    PostMeta current() {
        return current;
    }

    /** How the current post was last laid out (for its links), or null. */
    RenderedArticle currentArticle() {
        return currentArticle;
    }

    void opened(PostMeta post, RenderedArticle article) {
        current = post;
        currentArticle = article;
    }
}
