package newsreader.cli;

/** The rule {@code show} prints between two posts: as wide as the output, at most 80 cells. */
final class PostSeparator {
    static final int MAX_WIDTH = 80;

    private PostSeparator() {
    }

    static String line(int columns) {
        return "=".repeat(Math.max(1, Math.min(columns, MAX_WIDTH)));
    }
}
