package newsreader.post;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * The date as feeds write it, {@code Fri, 04 Oct 2019 23:18:04 GMT} (RFC 1123 with a two-digit day, in GMT): most
 * posts of an RSS archive hold their date so, and a raw date that is exactly this form of the post's date need not be
 * kept beside it (72 bytes a post): it is written again when asked for.
 */
final class Rfc1123Dates {
    private static final String[] DAYS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
        "Nov", "Dec"};
    private static final int LENGTH = "Fri, 04 Oct 2019 23:18:04 GMT".length();

    private Rfc1123Dates() {
    }

    /** Whether {@code raw} is exactly {@link #format} of {@code date}; cheap when it is plainly not. */
    static boolean isFormOf(String raw, Instant date) {
        return raw != null && date != null && raw.length() == LENGTH && raw.endsWith(" GMT") && date.getNano() == 0
                && formattable(date) && raw.equals(format(date));
    }

    /** The date in the form; only for instants {@link #formattable} says are. */
    static String format(Instant date) {
        LocalDateTime t = LocalDateTime.ofEpochSecond(date.getEpochSecond(), 0, ZoneOffset.UTC);
        StringBuilder out = new StringBuilder(LENGTH);
        out.append(DAYS[t.getDayOfWeek().ordinal()]).append(", ");
        twoDigits(out, t.getDayOfMonth()).append(' ').append(MONTHS[t.getMonthValue() - 1]).append(' ');
        out.append(t.getYear()).append(' ');
        twoDigits(out, t.getHour()).append(':');
        twoDigits(out, t.getMinute()).append(':');
        return twoDigits(out, t.getSecond()).append(" GMT").toString();
    }

    /** Four-digit years only: the form has no other. */
    private static boolean formattable(Instant date) {
        long seconds = date.getEpochSecond();
        return seconds >= -30_610_224_000L && seconds < 253_402_300_800L; // 1000-01-01 .. 9999-12-31 UTC
    }

    private static StringBuilder twoDigits(StringBuilder out, int value) {
        return out.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
    }
}
