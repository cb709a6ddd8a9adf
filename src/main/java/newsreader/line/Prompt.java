package newsreader.line;

/** Where typed lines come from: JLine's line editor, or plain lines when the terminal edits lines itself. */
interface Prompt extends AutoCloseable {
    /** Shows {@code prompt} and returns the line typed, or null when input has ended (Ctrl-D). */
    String next(String prompt);

    /** Keeps what must outlive the session (the history); never throws. */
    @Override
    void close();
}
