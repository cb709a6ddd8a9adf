package newsreader.reading;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import newsreader.config.PrivateFiles;

/**
 * A small file the reader remembers something in, in the state folder: written whole to a temporary file and moved
 * over the old one, so a crash or a full disk leaves the old file or the new one, never half of one; private, as
 * the other state files are (it says what was searched for and read).
 */
final class StateFile {
    private StateFile() {
    }

    /** Its lines; empty when it is missing or unreadable (a convenience, never a reason to stop). */
    static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    static void write(Path file, String text) throws IOException {
        Path folder = PrivateFiles.folder(file.toAbsolutePath().getParent());
        // Files.createTempFile makes the file 0600 on POSIX file systems.
        Path temporary = Files.createTempFile(folder, file.getFileName().toString(), ".tmp");
        try {
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            try {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
