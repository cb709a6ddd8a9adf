package newsreader.text;

import java.util.Locale;

/**
 * Byte counts as people read them, in every message that names one (a post too large, a download over the limit, a
 * download's progress): {@code 100 bytes}, {@code 2.9 KB}, {@code 20 MB}. Units are of 1024, named KB, MB and GB as the
 * {@code download.max-size-mb} setting and the README name them.
 */
public final class Sizes {
    private static final String[] UNITS = {"KB", "MB", "GB", "TB"};

    private Sizes() {
    }

    public static String bytes(long count) {
        if (count < 1024) {
            return count == 1 ? "1 byte" : count + " bytes";
        }
        double value = count / 1024.0;
        int unit = 0;
        while (value >= 1024 && unit < UNITS.length - 1) {
            value /= 1024;
            unit++;
        }
        return number(value) + " " + UNITS[unit];
    }

    /** A whole number shows as one ({@code 20 MB}); anything else with one decimal, so that 2,000 bytes is not "2 KB". */
    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }
}
