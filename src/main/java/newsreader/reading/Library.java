package newsreader.reading;

import java.nio.file.Path;
import java.util.List;
import newsreader.post.PostMeta;
import newsreader.post.PostProblem;
import newsreader.post.ScanResult;
import newsreader.store.PostIdentity;

/**
 * One scanned folder as every front end sees it: its posts (newest first, undated last), their identities (under
 * which read state is kept) and the files that could not be read.
 */
public record Library(Path root, List<PostMeta> posts, List<PostProblem> problems, List<String> ids) {
    public Library {
        posts = List.copyOf(posts);
        problems = List.copyOf(problems);
        ids = List.copyOf(ids);
        if (ids.size() != posts.size()) {
            throw new IllegalArgumentException("one identity per post");
        }
    }

    public Library(Path root, List<PostMeta> posts, List<PostProblem> problems) {
        this(root, posts, problems, identities(posts));
    }

    /** Computed once per library: the screen asks for them for every row drawn and every unread count. */
    private static List<String> identities(List<PostMeta> posts) {
        List<String> ids = new java.util.ArrayList<>(posts.size());
        for (PostMeta post : posts) {
            ids.add(idOf(post));
        }
        return ids;
    }

    /** The identity of the post at {@code index}. */
    public String idAt(int index) {
        return ids.get(index);
    }

    public static Library empty(Path root) {
        return new Library(root, List.of(), List.of());
    }

    public static Library of(Path root, ScanResult scan) {
        return new Library(root, scan.posts(), scan.problems());
    }

    /** The identity under which a post's read state is kept; it survives moving the folder. */
    public static String idOf(PostMeta post) {
        return PostIdentity.of(post);
    }
}
