package newsreader.post;

import java.nio.file.Path;

/**
 * What the file system says about a post file, before its content is read.
 *
 * @param path         the file as found (absolute, possibly through a symbolic link): the walk's start (absolute and
 *                     normalized) resolved with the names of the entries that led to it, the ones {@code relativePath}
 *                     is decoded from
 * @param relativePath below the scanned folder, with {@code /} separators
 * @param modified     modification time, ms since the epoch
 * @param size         bytes
 */
record FileFacts(Path path, String relativePath, long modified, long size) {
    String fileName() {
        return path.getFileName().toString();
    }
}
