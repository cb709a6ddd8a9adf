package newsreader.reading;

import java.nio.file.Path;
import java.util.AbstractList;
import java.util.List;
import newsreader.post.PostMeta;
import newsreader.post.PostProblem;
import newsreader.post.ScanResult;
import newsreader.store.PostIdentity;

/**
 * One scanned folder as every front end sees it: its posts (newest first, undated last), their identities (under
 * which read state is kept) and the files that could not be read.
 */
public record Library(Path root, List<PostMeta> posts, List<PostProblem> problems) {
    public Library {
        posts = List.copyOf(posts);
        problems = List.copyOf(problems);
    }

    /**
     * The posts' identities, in the posts' order. Each is made when first asked for and kept by its post: a million
     * identities made at every start would cost 90 MB and a second, and most are never needed (a post whose path
     * holds no mark is unread without its identity, see {@link ReadState#isRead(PostMeta)}).
     */
    public List<String> ids() {
        return new AbstractList<>() {
            @Override
            public String get(int index) {
                return idAt(index);
            }

            @Override
            public int size() {
                return posts.size();
            }
        };
    }

    /** The identity of the post at {@code index}. */
    public String idAt(int index) {
        return idOf(posts.get(index));
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
