package newsreader.line;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import newsreader.post.PostMeta;
import newsreader.reading.CategoryQuery;
import newsreader.reading.ChineseScript;
import newsreader.reading.TitleQuery;

/**
 * The list the user is looking at: the folder's posts, perhaps only those of a category, perhaps only those whose
 * titles contain some words. Post numbers typed at the prompt count in this list, from 1.
 *
 * @param category null for every category
 * @param search   null for every title
 * @param found    null, or the text search ({@code find}) whose hits these posts are, in its order
 */
record PostView(List<PostMeta> posts, CategoryQuery category, TitleQuery search, FoundText found) {
    PostView {
        posts = List.copyOf(posts);
    }

    static PostView of(List<PostMeta> all, CategoryQuery category, TitleQuery search) {
        List<PostMeta> kept = new ArrayList<>();
        for (PostMeta post : all) {
            if ((category == null || category.matches(post)) && (search == null || search.matches(post))) {
                kept.add(post);
            }
        }
        return new PostView(kept, category, search, null);
    }

    /** The posts of {@code all} that {@code found} names, best match first; those gone since are left out. */
    static PostView of(List<PostMeta> all, FoundText found) {
        Map<String, PostMeta> byPath = new HashMap<>();
        for (PostMeta post : all) {
            byPath.put(post.relativePath(), post);
        }
        List<PostMeta> kept = new ArrayList<>();
        for (String path : found.relativePaths()) {
            PostMeta post = byPath.get(path);
            if (post != null) {
                kept.add(post);
            }
        }
        return new PostView(kept, null, null, found);
    }

    /** The same list for the posts of a new scan: the same category, title words or text search. */
    PostView again(List<PostMeta> all) {
        return found != null ? of(all, found) : of(all, category, search);
    }

    /**
     * A text search: what was typed, and the paths of its hits, best first.
     */
    record FoundText(String typed, List<String> relativePaths) {
        FoundText {
            relativePaths = List.copyOf(relativePaths);
        }
    }

    int size() {
        return posts.size();
    }

    boolean isEmpty() {
        return posts.isEmpty();
    }

    /** Post {@code number}, counted from 1; the caller has checked it with {@link #has}. */
    PostMeta get(int number) {
        return posts.get(number - 1);
    }

    boolean has(int number) {
        return number >= 1 && number <= posts.size();
    }

    /** The number of {@code post} in this list, or 0 when it is not in it. */
    int numberOf(PostMeta post) {
        return post == null ? 0 : posts.indexOf(post) + 1;
    }

    /**
     * What the list holds, as a phrase: "12 posts in 新媒体 › cnBeta whose titles contain "学习"". The category is named
     * in {@code script}, as the lists name it; the words searched for stay as typed.
     */
    String describe(ChineseScript script) {
        newsreader.messages.Messages words = newsreader.messages.Messages.of("line");
        if (found != null) {
            return words.get("view.found", posts.size(), found.typed());
        }
        if (category == null && search == null) {
            return posts.isEmpty() ? words.get("view.none") : words.get("view.all", posts.size());
        }
        if (search == null) {
            return words.get("view.category", posts.size(), script.convert(category.shown()));
        }
        return category == null ? words.get("view.search", posts.size(), search.typed())
                : words.get("view.category-search", posts.size(), script.convert(category.shown()), search.typed());
    }
}
