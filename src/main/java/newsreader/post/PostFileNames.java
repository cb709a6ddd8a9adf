package newsreader.post;

import java.util.Locale;
import java.util.Optional;

/** Which file names are posts, how their body is written, and the title a post without one gets. */
final class PostFileNames {
    private PostFileNames() {
    }

    /** The body format of a post file name, empty when the name is not a post's. */
    static Optional<BodyFormat> formatOf(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".md") || lower.endsWith(".markdown")) {
            return Optional.of(BodyFormat.MARKDOWN);
        }
        if (lower.endsWith(".html") || lower.endsWith(".htm")) {
            return Optional.of(BodyFormat.HTML);
        }
        return Optional.empty();
    }

    /** Asked of every entry of every folder a scan walks: no lower-case copy, no Optional. */
    static boolean isPostName(String fileName) {
        return endsWithIgnoringCase(fileName, ".md") || endsWithIgnoringCase(fileName, ".markdown")
                || endsWithIgnoringCase(fileName, ".html") || endsWithIgnoringCase(fileName, ".htm");
    }

    private static boolean endsWithIgnoringCase(String name, String suffix) {
        return name.regionMatches(true, name.length() - suffix.length(), suffix, 0, suffix.length());
    }

    /** Dot files and dot folders are editor droppings, VCS data or tool caches (e.g. Emacs' {@code .#x.md} lock links). */
    static boolean isHidden(String fileName) {
        return fileName.startsWith(".");
    }

    /** The file name without its extension: what stands in for a missing title. */
    static String titleOf(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }
}
