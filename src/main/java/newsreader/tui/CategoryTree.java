package newsreader.tui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import newsreader.messages.Messages;
import newsreader.post.PostMeta;
import newsreader.reading.CategoryPaths;
import newsreader.reading.Library;

/** The category tree of a library, built once per scan; which entries are expanded is kept by the caller. */
public final class CategoryTree {
    private static final Messages WORDS = Messages.of("reader");

    private final CategoryNode root;
    private final List<CategoryNode> specials;

    private CategoryTree(CategoryNode root, List<CategoryNode> specials) {
        this.root = root;
        this.specials = specials;
    }

    public static CategoryTree of(Library library) {
        CategoryNode root = new CategoryNode(CategoryNode.Kind.ALL, WORDS.get("tree.all"), List.of(), 0);
        Map<List<String>, CategoryNode> byPath = new HashMap<>();
        Map<CategoryNode, IndexList> members = new LinkedHashMap<>();
        IndexList uncategorized = new IndexList();
        IndexList undated = new IndexList();
        List<PostMeta> posts = library.posts();
        // Posts of one feed share their category lists (one instance, from the scan or the cache): the entries such a
        // list files a post under are found once, not once per post of 100,000.
        Map<List<List<String>>, IndexList[]> filedUnder = new IdentityHashMap<>();
        Map<List<List<String>>, IndexList[]> filedUnderEqual = new HashMap<>();
        for (int i = 0; i < posts.size(); i++) {
            PostMeta post = posts.get(i);
            if (post.undated()) {
                undated.add(i);
            }
            List<List<String>> categories = post.categories() == null ? List.of() : post.categories();
            IndexList[] lists = filedUnder.get(categories);
            if (lists == null) {
                lists = filedUnderEqual.computeIfAbsent(categories, c -> entriesOf(c, root, byPath, members));
                filedUnder.put(categories, lists);
            }
            if (lists.length == 0) {
                uncategorized.add(i);
            }
            for (IndexList list : lists) {
                list.add(i);
            }
        }
        for (Map.Entry<CategoryNode, IndexList> e : members.entrySet()) {
            e.getKey().setPosts(e.getValue().toArray());
        }
        sortChildren(root);
        int[] all = new int[posts.size()];
        for (int i = 0; i < all.length; i++) {
            all[i] = i;
        }
        root.setPosts(all);

        List<CategoryNode> specials = new ArrayList<>();
        if (uncategorized.size() > 0 && !byPath.isEmpty()) {
            specials.add(special(CategoryNode.Kind.UNCATEGORIZED, WORDS.get("tree.uncategorized"), uncategorized));
        }
        // Filled from the store, not the scan: see ReadMarks.refreshStarred.
        specials.add(special(CategoryNode.Kind.STARRED, WORDS.get("tree.starred"), new IndexList()));
        specials.add(special(CategoryNode.Kind.UNDATED, WORDS.get("tree.undated"), undated));
        specials.add(special(CategoryNode.Kind.PROBLEMS, WORDS.get("tree.problems"), new IndexList()));
        return new CategoryTree(root, List.copyOf(specials));
    }

    /**
     * The member lists of every entry a post with these category paths is filed under (each path and all its
     * ancestors, each entry once), making the entries not seen yet; empty when the post is filed under none.
     */
    private static IndexList[] entriesOf(List<List<String>> categories, CategoryNode root,
                                         Map<List<String>, CategoryNode> byPath, Map<CategoryNode, IndexList> members) {
        Set<CategoryNode> entries = new LinkedHashSet<>();
        for (List<String> rawPath : categories) {
            List<String> path = rawPath == null ? List.of() : CategoryPaths.names(rawPath);
            CategoryNode parent = root;
            for (int depth = 1; depth <= path.size(); depth++) {
                List<String> prefix = List.copyOf(path.subList(0, depth));
                CategoryNode parentNode = parent;
                int d = depth;
                CategoryNode node = byPath.computeIfAbsent(prefix, p -> {
                    CategoryNode created = new CategoryNode(CategoryNode.Kind.CATEGORY, p.get(p.size() - 1), p, d);
                    parentNode.mutableChildren().add(created);
                    return created;
                });
                entries.add(node);
                parent = node;
            }
        }
        IndexList[] lists = new IndexList[entries.size()];
        int i = 0;
        for (CategoryNode node : entries) {
            lists[i++] = members.computeIfAbsent(node, n -> new IndexList());
        }
        return lists;
    }

    /** A growing list of post indices, without a boxed Integer per post. */
    private static final class IndexList {
        private int[] items = new int[8];
        private int size;

        void add(int index) {
            if (size == items.length) {
                items = Arrays.copyOf(items, size * 2);
            }
            items[size++] = index;
        }

        int size() {
            return size;
        }

        int[] toArray() {
            return Arrays.copyOf(items, size);
        }
    }

    public CategoryNode root() {
        return root;
    }

    /**
     * The entries shown, top to bottom: the root, the categories whose parents are all expanded (the root's
     * children always), then the special entries.
     */
    public List<CategoryNode> visibleRows(Set<String> expandedKeys) {
        List<CategoryNode> rows = new ArrayList<>();
        rows.add(root);
        for (CategoryNode child : root.children()) {
            addVisible(child, expandedKeys, rows);
        }
        rows.addAll(specials);
        return rows;
    }

    private static void addVisible(CategoryNode node, Set<String> expandedKeys, List<CategoryNode> rows) {
        rows.add(node);
        if (expandedKeys.contains(node.key())) {
            for (CategoryNode child : node.children()) {
                addVisible(child, expandedKeys, rows);
            }
        }
    }

    /** The entry with this key, searching the whole tree; null when the tree no longer has it. */
    public CategoryNode find(String key) {
        if (root.key().equals(key)) {
            return root;
        }
        for (CategoryNode special : specials) {
            if (special.key().equals(key)) {
                return special;
            }
        }
        return findBelow(root, key);
    }

    private static CategoryNode findBelow(CategoryNode node, String key) {
        for (CategoryNode child : node.children()) {
            if (child.key().equals(key)) {
                return child;
            }
            CategoryNode found = findBelow(child, key);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static CategoryNode special(CategoryNode.Kind kind, String name, IndexList posts) {
        CategoryNode node = new CategoryNode(kind, name, List.of(), 1);
        node.setPosts(posts.toArray());
        return node;
    }

    private static void sortChildren(CategoryNode node) {
        node.mutableChildren().sort((a, b) -> CategoryPaths.NAME_ORDER.compare(a.name(), b.name()));
        for (CategoryNode child : node.children()) {
            sortChildren(child);
        }
    }
}
