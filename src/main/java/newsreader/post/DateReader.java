package newsreader.post;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a front matter date in any of the forms found in the wild, or gives null: an unreadable date makes a post
 * undated, never dated wrongly.
 *
 * <p>A date without a zone is a wall-clock time in {@code localZone}, as Hexo reads it. Numbers are read as epoch
 * seconds (10 digits) or epoch milliseconds (13 digits) only: anything else, such as {@code 20210101}, is too easy to
 * misread and stays undated.
 */
final class DateReader {
    /** Hexo/moment and ISO 8601: {@code 2021-10-10 11:06:15}, {@code 2021/10/10 11:06}, {@code 2022-09-22T08:01:12.000Z}. */
    private static final Pattern ISO_LIKE = Pattern.compile(
            "(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})"
                    + "(?:(?:[Tt]|\\s+)(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?)?"
                    + "\\s*(Z|z|UTC|GMT|[+-]\\d{2}(?::?\\d{2})?)?");
    /** RFC 822/1123 as RSS writes it: {@code Thu, 22 Sep 2022 08:01:12 GMT}; the weekday is ignored (feeds get it wrong). */
    private static final Pattern RFC_822 = Pattern.compile(
            "(?:[A-Za-z]{3,9},?\\s+)?(\\d{1,2})\\s+([A-Za-z]{3,9})\\.?\\s+(\\d{4}|\\d{2})"
                    + "\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:\\s*(GMT|UTC|UT|Z|[ECMP][SD]T|[+-]\\d{4}))?");
    /** JavaScript's {@code Date.toString()}: {@code Thu Sep 22 2022 08:01:12 GMT+0800 (China Standard Time)}. */
    private static final Pattern JAVASCRIPT = Pattern.compile(
            "[A-Za-z]{3}\\s+([A-Za-z]{3})\\s+(\\d{1,2})\\s+(\\d{4})\\s+(\\d{1,2}):(\\d{2}):(\\d{2})"
                    + "\\s+GMT([+-]\\d{4})(?:\\s*\\(.*\\))?");
    private static final Pattern EPOCH = Pattern.compile("-?\\d{10}|-?\\d{13}");
    private static final List<String> MONTHS =
            List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");
    /** The US zone names RFC 822 defines; nothing else is guessed (CST is also China Standard Time). */
    private static final Map<String, Integer> RFC_822_ZONES = Map.of(
            "EST", -5, "EDT", -4, "CST", -6, "CDT", -5, "MST", -7, "MDT", -6, "PST", -8, "PDT", -7);

    private final ZoneId localZone;

    DateReader(ZoneId localZone) {
        this.localZone = localZone;
    }

    /** The instant a front matter value stands for, or null when it is missing, empty or not a date. */
    Instant read(Object value) {
        if (value instanceof Number number) {
            return fromEpoch(String.valueOf(number));
        }
        if (!(value instanceof String text) || text.isBlank()) {
            return null;
        }
        String trimmed = text.strip();
        try {
            Matcher m;
            if (EPOCH.matcher(trimmed).matches()) {
                return fromEpoch(trimmed);
            } else if ((m = ISO_LIKE.matcher(trimmed)).matches()) {
                return isoLike(m);
            } else if ((m = RFC_822.matcher(trimmed)).matches()) {
                return rfc822(m);
            } else if ((m = JAVASCRIPT.matcher(trimmed)).matches()) {
                return javascript(m);
            }
        } catch (DateTimeException | ArithmeticException e) {
            return null; // e.g. month 13, hour 25, February 30, a year out of range
        }
        return null;
    }

    private Instant isoLike(Matcher m) {
        LocalDateTime time = LocalDateTime.of(number(m, 1), number(m, 2), number(m, 3),
                number(m, 4), number(m, 5), number(m, 6), nanos(m.group(7)));
        return atZone(time, m.group(8));
    }

    private Instant rfc822(Matcher m) {
        int year = number(m, 3);
        if (m.group(3).length() == 2) {
            year += year < 50 ? 2000 : 1900;
        }
        LocalDateTime time = LocalDateTime.of(year, month(m.group(2)), number(m, 1), number(m, 4), number(m, 5), number(m, 6));
        return atZone(time, m.group(7));
    }

    private Instant javascript(Matcher m) {
        LocalDateTime time = LocalDateTime.of(number(m, 3), month(m.group(1)), number(m, 2),
                number(m, 4), number(m, 5), number(m, 6));
        return atZone(time, m.group(7));
    }

    private Instant atZone(LocalDateTime time, String zone) {
        if (zone == null) {
            return time.atZone(localZone).toInstant();
        }
        String upper = zone.toUpperCase(Locale.ROOT);
        if (upper.equals("Z") || upper.equals("UTC") || upper.equals("GMT") || upper.equals("UT")) {
            return time.toInstant(ZoneOffset.UTC);
        }
        Integer usHours = RFC_822_ZONES.get(upper);
        if (usHours != null) {
            return time.toInstant(ZoneOffset.ofHours(usHours));
        }
        String digits = upper.replace(":", "");
        int sign = digits.charAt(0) == '-' ? -1 : 1;
        int hours = Integer.parseInt(digits.substring(1, 3));
        int minutes = digits.length() >= 5 ? Integer.parseInt(digits.substring(3, 5)) : 0;
        return time.toInstant(ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes));
    }

    private static Instant fromEpoch(String digits) {
        if (!EPOCH.matcher(digits).matches()) {
            return null;
        }
        long value = Long.parseLong(digits);
        int length = digits.startsWith("-") ? digits.length() - 1 : digits.length();
        return length == 13 ? Instant.ofEpochMilli(value) : Instant.ofEpochSecond(value);
    }

    private static int month(String name) {
        int index = name.length() >= 3 ? MONTHS.indexOf(name.substring(0, 3).toLowerCase(Locale.ROOT)) : -1;
        if (index < 0) {
            throw new DateTimeException("unknown month " + name);
        }
        return index + 1;
    }

    private static int number(Matcher m, int group) {
        String digits = m.group(group);
        return digits == null ? 0 : Integer.parseInt(digits);
    }

    private static int nanos(String fraction) {
        return fraction == null ? 0 : Integer.parseInt((fraction + "00000000").substring(0, 9));
    }
}
