package newsreader.open.fetch;

import java.time.Duration;
import java.util.Locale;

/**
 * Byte counts and durations as the status line shows them. Public because {@code Progress} describes a download's
 * bytes the same way.
 */
public final class Sizes {
    private Sizes() {
    }

    public static String describe(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.0f KB", bytes / 1024.0);
        }
        double mb = bytes / (1024.0 * 1024.0);
        return mb == Math.floor(mb) ? (long) mb + " MB" : String.format(Locale.ROOT, "%.1f MB", mb);
    }

    static String describe(Duration duration) {
        long ms = duration.toMillis();
        if (ms % 1000 == 0) {
            return ms / 1000 + " s";
        }
        return String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
    }
}
