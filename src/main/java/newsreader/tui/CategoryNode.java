package newsreader.tui;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import newsreader.reading.Library;

/**
 * One entry of the category tree: the "All posts" root, a category (a path such as 新媒体 › cnBeta › 最新), or one
 * of the special entries. {@code posts} holds indices into {@link Library#posts()} in list order, descendants
 * included, each post once.
 */
public final class CategoryNode {
    /** What an entry stands for. */
    public enum Kind { ALL, CATEGORY, UNCATEGORIZED, STARRED, UNDATED, PROBLEMS }

    private final Kind kind;
    private final String name;
    private final List<String> path;
    private final int depth;
    private final List<CategoryNode> children = new ArrayList<>();
    private int[] posts = new int[0];

    CategoryNode(Kind kind, String name, List<String> path, int depth) {
        this.kind = kind;
        this.name = name;
        this.path = List.copyOf(path);
        this.depth = depth;
    }

    public Kind kind() {
        return kind;
    }

    public String name() {
        return name;
    }

    /** The category path (empty for the root and special entries): the key used to remember expansion. */
    public List<String> path() {
        return path;
    }

    /** A key unique among all entries of a tree, stable across reloads. */
    public String key() {
        return kind == Kind.CATEGORY ? categoryKey(path) : kind.name();
    }

    /** The key of the category entry with this path. */
    static String categoryKey(List<String> path) {
        return "c:" + String.join("\u001f", path);
    }

    public int depth() {
        return depth;
    }

    public List<CategoryNode> children() {
        return Collections.unmodifiableList(children);
    }

    public boolean hasChildren() {
        return !children.isEmpty();
    }

    /** Indices of this entry's posts in the library's order. */
    public int[] posts() {
        return posts;
    }

    List<CategoryNode> mutableChildren() {
        return children;
    }

    void setPosts(int[] posts) {
        this.posts = posts;
    }
}
