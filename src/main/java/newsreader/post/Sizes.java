package newsreader.post;

import java.util.Locale;

/** Byte counts as people read them in a problem message. */
final class Sizes {
    private Sizes() {
    }

    static String human(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        if (bytes < 1024 * 1024) {
            return formatted(bytes / 1024.0) + " KiB";
        }
        if (bytes < 1024L * 1024 * 1024) {
            return formatted(bytes / (1024.0 * 1024)) + " MiB";
        }
        return formatted(bytes / (1024.0 * 1024 * 1024)) + " GiB";
    }

    private static String formatted(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }
}
