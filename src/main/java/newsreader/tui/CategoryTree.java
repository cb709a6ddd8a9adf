package newsreader.tui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import newsreader.post.PostMeta;
import newsreader.reading.CategoryPaths;
import newsreader.reading.Library;

/** The category tree of a library, built once per scan; which entries are expanded is kept by the caller. */
public final class CategoryTree {
    private final CategoryNode root;
    private final List<CategoryNode> specials;

    private CategoryTree(CategoryNode root, List<CategoryNode> specials) {
        this.root = root;
        this.specials = specials;
    }

    public static CategoryTree of(Library library) {
        CategoryNode root = new CategoryNode(CategoryNode.Kind.ALL, "All posts", List.of(), 0);
        Map<List<String>, CategoryNode> byPath = new LinkedHashMap<>();
        Map<CategoryNode, List<Integer>> members = new LinkedHashMap<>();
        List<Integer> uncategorized = new ArrayList<>();
        List<Integer> undated = new ArrayList<>();
        List<PostMeta> posts = library.posts();
        // Posts of one feed share their category paths: each distinct path is cleaned once.
        Map<List<String>, List<String>> cleaned = new HashMap<>();
        for (int i = 0; i < posts.size(); i++) {
            PostMeta post = posts.get(i);
            if (post.undated()) {
                undated.add(i);
            }
            boolean filed = false;
            for (List<String> rawPath : post.categories() == null ? List.<List<String>>of() : post.categories()) {
                List<String> path = rawPath == null ? List.of() : cleaned.computeIfAbsent(rawPath, CategoryPaths::names);
                if (path.isEmpty()) {
                    continue;
                }
                filed = true;
                CategoryNode parent = root;
                for (int depth = 1; depth <= path.size(); depth++) {
                    List<String> prefix = path.subList(0, depth);
                    CategoryNode parentNode = parent;
                    int d = depth;
                    CategoryNode node = byPath.computeIfAbsent(List.copyOf(prefix), p -> {
                        CategoryNode created = new CategoryNode(CategoryNode.Kind.CATEGORY, p.get(p.size() - 1), p, d);
                        parentNode.mutableChildren().add(created);
                        return created;
                    });
                    List<Integer> list = members.computeIfAbsent(node, n -> new ArrayList<>());
                    // Posts come in index order, so a post filed twice under one node is always the last one added.
                    if (list.isEmpty() || list.get(list.size() - 1) != i) {
                        list.add(i);
                    }
                    parent = node;
                }
            }
            if (!filed) {
                uncategorized.add(i);
            }
        }
        for (Map.Entry<CategoryNode, List<Integer>> e : members.entrySet()) {
            e.getKey().setPosts(e.getValue().stream().mapToInt(Integer::intValue).toArray());
        }
        sortChildren(root);
        int[] all = new int[posts.size()];
        for (int i = 0; i < all.length; i++) {
            all[i] = i;
        }
        root.setPosts(all);

        List<CategoryNode> specials = new ArrayList<>();
        if (!uncategorized.isEmpty() && !byPath.isEmpty()) {
            specials.add(special(CategoryNode.Kind.UNCATEGORIZED, "Uncategorized", uncategorized));
        }
        // Filled from the store, not the scan: see ReadMarks.refreshStarred.
        specials.add(special(CategoryNode.Kind.STARRED, "Starred", List.of()));
        specials.add(special(CategoryNode.Kind.UNDATED, "Undated", undated));
        specials.add(special(CategoryNode.Kind.PROBLEMS, "Problems", List.of()));
        return new CategoryTree(root, List.copyOf(specials));
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

    private static CategoryNode special(CategoryNode.Kind kind, String name, List<Integer> posts) {
        CategoryNode node = new CategoryNode(kind, name, List.of(), 1);
        node.setPosts(posts.stream().mapToInt(Integer::intValue).toArray());
        return node;
    }

    private static void sortChildren(CategoryNode node) {
        node.mutableChildren().sort((a, b) -> CategoryPaths.NAME_ORDER.compare(a.name(), b.name()));
        for (CategoryNode child : node.children()) {
            sortChildren(child);
        }
    }
}
