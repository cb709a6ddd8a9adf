package newsreader.search;

import java.time.Duration;

/**
 * What one update of the index did.
 *
 * @param posts      posts in the list the update was given
 * @param indexed    new or changed posts read and indexed
 * @param unchanged  posts whose size and modification time matched the index: not read
 * @param removed    posts gone from the folder, taken out of the index
 * @param failed     posts that could not be read (they are left out of the index)
 * @param readOnly   another process holds the index: nothing was written, searches see what it has indexed
 * @param elapsed    how long the update took
 */
public record UpdateReport(int posts, int indexed, int unchanged, int removed, int failed, boolean readOnly, Duration elapsed) {
}
