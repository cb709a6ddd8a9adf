package newsreader.post;

import java.util.Locale;

/**
 * How far a scan has got.
 *
 * @param checked  files whose outcome is known (read, or unchanged since the cache was written)
 * @param found    post files the walk has found so far
 * @param walkDone whether the walk has ended, so that {@code found} is the total
 */
public record ScanProgress(int checked, int found, boolean walkDone) {
    /** For a status line: {@code indexing 12,345 / 100,000} ({@code / 45,000…} while files are still being found). */
    public String label() {
        return String.format(Locale.ROOT, "indexing %,d / %,d%s", checked, found, walkDone ? "" : "…");
    }

    public boolean done() {
        return walkDone && checked == found;
    }
}
