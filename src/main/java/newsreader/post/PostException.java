package newsreader.post;

/**
 * A post could not be read; the message is the one-line reason shown to the user, in the language the interface
 * speaks when it is asked for.
 */
public class PostException extends Exception {
    private final ProblemReason reason;

    public PostException(ProblemReason reason) {
        this(reason, null);
    }

    public PostException(ProblemReason reason, Throwable cause) {
        super(reason.key(), cause);
        this.reason = reason;
    }

    /** A reason the caller has already worded. */
    public PostException(String reason) {
        this(ProblemReason.worded(reason));
    }

    public ProblemReason reason() {
        return reason;
    }

    @Override
    public String getMessage() {
        return reason.text();
    }
}
