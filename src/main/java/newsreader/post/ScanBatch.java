package newsreader.post;

import java.util.List;

/**
 * Posts and problems a scan delivers before it ends. Each replaces whatever was delivered earlier for the same
 * {@code relativePath} (a file may first come from the cache, then again once read, if it changed).
 *
 * @param posts      in no particular order; {@link PostList} keeps them newest first
 * @param problems   in no particular order
 * @param progress   how far the scan has got
 * @param remembered true for the first batch of a scan with a cache: what the cache holds, delivered before the folder
 *                   is walked, so that a list can be shown at once; a file deleted since is dropped only when the scan
 *                   finishes
 */
public record ScanBatch(List<PostMeta> posts, List<PostProblem> problems, ScanProgress progress, boolean remembered) {
}
