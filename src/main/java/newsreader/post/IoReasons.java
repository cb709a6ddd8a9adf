package newsreader.post;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** One-line reasons for the I/O failures a post file can meet. */
final class IoReasons {
    private IoReasons() {
    }

    static String of(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "cannot read: permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "file vanished before it could be read";
        }
        if (e instanceof NotDirectoryException) {
            return "not a folder";
        }
        String detail = e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : e.getMessage();
        if (detail != null && detail.contains("levels of symbolic links")) {
            return "symbolic link loop";
        }
        if (detail != null && detail.contains("Is a directory")) {
            return "a folder, not a post file";
        }
        return "cannot read: " + OneLine.of(detail);
    }
}
