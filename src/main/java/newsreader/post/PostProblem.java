package newsreader.post;

import java.nio.file.Path;

/** A file that looks like a post but could not be loaded, with a one-line reason for the user. */
public record PostProblem(Path path, String relativePath, String reason) {
    @Override
    public String toString() {
        return relativePath + ": " + reason;
    }
}
