package newsreader.reading;

/**
 * The exit status of every front end — the commands, the full-screen reader and line mode end the same way, so
 * that a script can tell a bad post from a bad command line from a failure.
 */
public final class ExitCodes {
    public static final int OK = 0;
    /** Some post could not be read: reported on stderr, the others still printed. */
    public static final int PROBLEMS = 1;
    public static final int USAGE = 2;
    /** The program itself failed (a bug or an I/O error on output). */
    public static final int FAILURE = 3;

    private ExitCodes() {
    }
}
