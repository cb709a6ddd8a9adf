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
        if (trimmed.equals("Invalid Date")) {
            return null; // what the archives write for a feed item without a date: no need to try every form
        }
        try {
            if (Rfc1123.matches(trimmed)) {
                return Rfc1123.read(trimmed);
            }
        } catch (DateTimeException e) {
            return null;
        }
        return readByPatterns(trimmed);
    }

    /** Every form, by regular expressions: the way for anything but the canonical RSS form. */
    Instant readByPatterns(String trimmed) {
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

    /**
     * The canonical RFC 1123 form nearly every RSS date has, {@code Thu, 22 Sep 2022 08:01:12 GMT}, read by position:
     * a scan meets it in most posts, and the patterns above cost more than the rest of the post's metadata. Gives
     * what the patterns give (a test compares them).
     */
    static final class Rfc1123 {
        private Rfc1123() {
        }

        static boolean matches(String s) {
            return s.length() == 29 && letter(s, 0) && letter(s, 1) && letter(s, 2) && s.charAt(3) == ','
                    && s.charAt(4) == ' ' && digits(s, 5, 2) && s.charAt(7) == ' ' && letter(s, 8) && letter(s, 9)
                    && letter(s, 10) && s.charAt(11) == ' ' && digits(s, 12, 4) && s.charAt(16) == ' ' && digits(s, 17, 2)
                    && s.charAt(19) == ':' && digits(s, 20, 2) && s.charAt(22) == ':' && digits(s, 23, 2)
                    && s.startsWith(" GMT", 25);
        }

        /** @throws DateTimeException for an unknown month or a day, hour, minute or second out of range */
        static Instant read(String s) {
            return LocalDateTime.of(number(s, 12, 4), month(s.substring(8, 11)), number(s, 5, 2), number(s, 17, 2),
                    number(s, 20, 2), number(s, 23, 2)).toInstant(ZoneOffset.UTC);
        }

        private static boolean letter(String s, int i) {
            char c = s.charAt(i);
            return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
        }

        private static boolean digits(String s, int from, int count) {
            for (int i = from; i < from + count; i++) {
                if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                    return false;
                }
            }
            return true;
        }

        private static int number(String s, int from, int count) {
            int value = 0;
            for (int i = from; i < from + count; i++) {
                value = value * 10 + s.charAt(i) - '0';
            }
            return value;
        }
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
