package newsreader.post;

import java.nio.file.Path;

/** A file that looks like a post but could not be loaded, with a one-line reason for the user. */
public record PostProblem(Path path, String relativePath, ProblemReason why) {
    /** A problem whose reason the caller has already worded. */
    public PostProblem(Path path, String relativePath, String reason) {
        this(path, relativePath, ProblemReason.worded(reason));
    }

    /** The reason in the language the interface speaks. */
    public String reason() {
        return why.text();
    }

    /** The file and its reason as one line: {@code a.md: empty file}. */
    @Override
    public String toString() {
        return why.about(relativePath);
    }
}
