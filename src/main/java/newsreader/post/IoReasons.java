package newsreader.post;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** One-line reasons for the I/O failures a post file can meet. */
final class IoReasons {
    /** A link met in a posts folder whose target is not inside it: not followed, not read. */
    static final String LINKS_OUTSIDE = "links outside the posts folder";

    private IoReasons() {
    }

    /** Why a file could not be read. */
    static String of(IOException e) {
        String what = what(e);
        return what != null ? what : "cannot read: " + OneLine.of(detail(e));
    }

    /** Why a folder could not be listed. */
    static String ofFolder(IOException e) {
        String what = what(e);
        return "folder not readable: " + (what != null ? what : OneLine.of(detail(e)));
    }

    private static String what(IOException e) {
        String detail = detail(e);
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "file vanished before it could be read";
        }
        if (e instanceof NotDirectoryException) {
            return "not a folder";
        }
        if (detail != null && detail.contains("levels of symbolic links")) {
            return "symbolic link loop";
        }
        if (detail != null && detail.contains("Is a directory")) {
            return "a folder, not a post file";
        }
        return null;
    }

    private static String detail(IOException e) {
        return e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : e.getMessage();
    }
}
