package newsreader.post;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What a list needs to know about one post, read from its front matter only.
 *
 * @param path         the file, absolute
 * @param relativePath the path below the scanned folder, with {@code /} separators
 * @param title        the title, or the file name when the post has none; never null
 * @param date         when it was published; null when the post is undated (missing, empty or unreadable date)
 * @param rawDate      the date as written (e.g. {@code Invalid Date}), null when there was no date field
 * @param updated      {@code updated}/{@code lastmod}, null when absent or unreadable
 * @param categories   zero or more category paths (each a list of names, outermost first)
 * @param tags         tags, possibly empty
 * @param author       author name, null when absent
 * @param image        header image as written ({@code headimg}, {@code thumbnail}, …), null when absent
 * @param format       how the body is written
 * @param modified     file modification time (ms since the epoch): orders undated posts
 * @param size         file size in bytes
 * @param extra        every other front matter field, as loaded
 */
public record PostMeta(
        Path path,
        String relativePath,
        String title,
        Instant date,
        String rawDate,
        Instant updated,
        List<List<String>> categories,
        List<String> tags,
        String author,
        String image,
        BodyFormat format,
        long modified,
        long size,
        Map<String, Object> extra) {

    public boolean undated() {
        return date == null;
    }
}
