package newsreader.render;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import newsreader.post.PostMeta;
import newsreader.text.CellWidth;

/** How dates are shown in lists and headers: {@code 2022-02-22 11:33} in the reader's zone, or "undated". */
public final class DateLabel {
    public static final String DEFAULT_PATTERN = "yyyy-MM-dd HH:mm";

    private final ZoneId zone;
    private final DateTimeFormatter format;
    /** Whether the pattern is {@link #DEFAULT_PATTERN}, which {@link #ofDefault} writes without the formatter. */
    private final boolean defaultPattern;
    /** The last day {@link #ofDefault} wrote; replaced whole, so any thread sees a day and its text together. */
    private DayText lastDay = new DayText(Long.MIN_VALUE, "");

    /** A day since the epoch in the zone, and its {@code yyyy-MM-dd } text. */
    private record DayText(long day, String text) {
    }

    public DateLabel(ZoneId zone) {
        this(zone, DEFAULT_PATTERN);
    }

    /** @param pattern a {@link DateTimeFormatter} pattern */
    public DateLabel(ZoneId zone, String pattern) {
        this.zone = zone;
        this.format = DateTimeFormatter.ofPattern(pattern, Locale.ROOT);
        this.defaultPattern = DEFAULT_PATTERN.equals(pattern);
    }

    public static DateLabel local() {
        return new DateLabel(ZoneId.systemDefault());
    }

    public String of(Instant instant) {
        if (instant == null) {
            return ArticleWords.spoken().undated();
        }
        return defaultPattern ? ofDefault(instant) : format.format(instant.atZone(zone));
    }

    /**
     * The default pattern written by hand: {@code list} writes a million dates, and the formatter took most of the
     * time of each row. The same text as the formatter's (the offset in force at the instant, four-digit years;
     * others go to the formatter).
     */
    private String ofDefault(Instant instant) {
        long local = instant.getEpochSecond() + zone.getRules().getOffset(instant).getTotalSeconds();
        long day = Math.floorDiv(local, 86_400);
        int minute = (int) Math.floorMod(local, 86_400) / 60;
        DayText known = lastDay;
        if (known.day() != day) {
            LocalDate date = LocalDate.ofEpochDay(day);
            if (date.getYear() < 1000 || date.getYear() > 9999) {
                return format.format(instant.atZone(zone));
            }
            known = new DayText(day, format.format(date.atStartOfDay()).substring(0, 11));
            lastDay = known;
        }
        int hour = minute / 60;
        int minutes = minute % 60;
        return new StringBuilder(16).append(known.text())
                .append((char) ('0' + hour / 10)).append((char) ('0' + hour % 10)).append(':')
                .append((char) ('0' + minutes / 10)).append((char) ('0' + minutes % 10)).toString();
    }

    /** The post's date, or "undated". */
    public String of(PostMeta meta) {
        return of(meta.date());
    }

    /** The widest label in cells where ambiguous characters take one cell. */
    public int width() {
        return width(CellWidth.standard());
    }

    /**
     * The widest label this format gives, in cells, "undated" included: a column of dates is this wide. Measured in
     * cells, not characters: {@code yyyy年M月d日 EEE} gives 16 characters but 19 cells.
     */
    public int width(CellWidth widths) {
        int widest = widths.of(ArticleWords.spoken().undated());
        // Day 28 of every month: two-digit days, every month name, and (in 2022) all seven weekdays.
        for (int month = 1; month <= 12; month++) {
            String label = format.format(LocalDateTime.of(2022, month, 28, 23, 59, 59).atZone(zone));
            widest = Math.max(widest, widths.of(label));
        }
        return widest;
    }
}
