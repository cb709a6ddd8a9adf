package newsreader.post;

/** A post could not be read; the message is the one-line reason shown to the user. */
public class PostException extends Exception {
    public PostException(String reason) {
        super(reason);
    }

    public PostException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
