package newsreader.tui;

import java.nio.file.Path;
import java.util.List;
import newsreader.post.PostMeta;
import newsreader.post.PostProblem;
import newsreader.post.ScanResult;

/** One scanned folder as the reader sees it: its posts (newest first, undated last) and its problems. */
public record Library(Path root, List<PostMeta> posts, List<PostProblem> problems) {
    public Library {
        posts = List.copyOf(posts);
        problems = List.copyOf(problems);
    }

    public static Library empty(Path root) {
        return new Library(root, List.of(), List.of());
    }

    public static Library of(Path root, ScanResult scan) {
        return new Library(root, scan.posts(), scan.problems());
    }

    /** The identity under which a post's read state is kept: its path below the folder. */
    public static String idOf(PostMeta post) {
        return post.relativePath();
    }
}
