package newsreader.tui;

import java.nio.file.Path;

/**
 * How the full-screen reader runs.
 *
 * @param ambiguousWidth 1 or 2: cells the terminal gives East Asian ambiguous characters; 0 to find out (narrow
 *                       inside tmux and screen, else the terminal is asked at start-up)
 * @param color          false for monochrome (bold, underline, reverse video only); {@code NO_COLOR} in the
 *                       environment also turns colour off
 * @param dataDirectory  where read state is kept; null for {@code $XDG_DATA_HOME/newsreader} (tests pass a temp dir)
 */
public record ReaderOptions(int ambiguousWidth, boolean color, Path dataDirectory) {
    public ReaderOptions {
        if (ambiguousWidth < 0 || ambiguousWidth > 2) {
            throw new IllegalArgumentException("ambiguous width must be 0 (detect), 1 or 2, not " + ambiguousWidth);
        }
    }

    public ReaderOptions(int ambiguousWidth, boolean color) {
        this(ambiguousWidth, color, null);
    }

    public static ReaderOptions defaults() {
        return new ReaderOptions(1, true, null);
    }
}
