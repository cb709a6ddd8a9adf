package newsreader.line;

import java.util.ArrayList;
import java.util.List;
import newsreader.post.PostMeta;
import newsreader.reading.CategoryQuery;
import newsreader.reading.TitleQuery;

/**
 * The list the user is looking at: the folder's posts, perhaps only those of a category, perhaps only those whose
 * titles contain some words. Post numbers typed at the prompt count in this list, from 1.
 *
 * @param category null for every category
 * @param search   null for every title
 */
record PostView(List<PostMeta> posts, CategoryQuery category, TitleQuery search) {
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
        return new PostView(kept, category, search);
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

    /** What the list holds, as a phrase: "12 posts in 新媒体 › cnBeta whose titles contain "学习"". */
    String describe() {
        if (category == null && search == null) {
            return posts.isEmpty() ? "no posts" : "all " + Plural.of(posts.size(), "post");
        }
        StringBuilder text = new StringBuilder(Plural.of(posts.size(), "post"));
        if (category != null) {
            text.append(" in ").append(category.shown());
        }
        if (search != null) {
            text.append(posts.size() == 1 ? " whose title contains \"" : " whose titles contain \"")
                    .append(search.typed()).append('"');
        }
        return text.toString();
    }
}
