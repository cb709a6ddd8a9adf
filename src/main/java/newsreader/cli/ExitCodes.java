package newsreader.cli;

/** The exit status of every command. */
final class ExitCodes {
    static final int OK = 0;
    /** Some post could not be read: reported on stderr, the others still printed. */
    static final int PROBLEMS = 1;
    static final int USAGE = 2;
    /** The program itself failed (a bug or an I/O error on output). */
    static final int FAILURE = 3;

    private ExitCodes() {
    }
}
