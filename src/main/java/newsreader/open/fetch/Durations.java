package newsreader.open.fetch;

import java.time.Duration;
import java.util.Locale;

/** Durations as the status line shows them: {@code 10 s}, {@code 2.5 s}. */
final class Durations {
    private Durations() {
    }

    static String describe(Duration duration) {
        long ms = duration.toMillis();
        if (ms % 1000 == 0) {
            return ms / 1000 + " s";
        }
        return String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
    }
}
