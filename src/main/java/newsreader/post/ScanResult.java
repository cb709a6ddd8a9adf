package newsreader.post;

import java.util.List;

/**
 * Every post of a folder, newest first with undated posts last (by file modification time, newest first),
 * and every file that failed, each with its reason.
 */
public record ScanResult(List<PostMeta> posts, List<PostProblem> problems) {
}
