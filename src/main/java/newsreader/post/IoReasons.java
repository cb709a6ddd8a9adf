package newsreader.post;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** One-line reasons for the I/O failures a post file can meet. */
final class IoReasons {
    /** A link met in a posts folder whose target is not inside it: not followed, not read. */
    static final ProblemReason LINKS_OUTSIDE = ProblemReason.of("file.links-outside");

    private IoReasons() {
    }

    /** Why a file could not be read. */
    static ProblemReason of(IOException e) {
        String what = what(e);
        return what != null ? ProblemReason.of("io." + what) : ProblemReason.of("io.cannot-read", OneLine.of(detail(e)));
    }

    /** Why a folder could not be listed. */
    static ProblemReason ofFolder(IOException e) {
        String what = what(e);
        return what != null ? ProblemReason.of("folder.unreadable." + what)
                : ProblemReason.of("folder.unreadable", OneLine.of(detail(e)));
    }

    /** The name of a failure the {@code post} bundle words itself ({@code io.NAME}, {@code folder.unreadable.NAME}). */
    private static String what(IOException e) {
        String detail = detail(e);
        if (e instanceof AccessDeniedException) {
            return "permission-denied";
        }
        if (e instanceof NoSuchFileException) {
            return "vanished";
        }
        if (e instanceof NotDirectoryException) {
            return "not-a-folder";
        }
        if (detail != null && detail.contains("levels of symbolic links")) {
            return "link-loop";
        }
        if (detail != null && detail.contains("Is a directory")) {
            return "folder";
        }
        return null;
    }

    private static String detail(IOException e) {
        return e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : e.getMessage();
    }
}
