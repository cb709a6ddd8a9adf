package newsreader.render;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import newsreader.post.PostMeta;
import newsreader.text.CellWidth;

/** How dates are shown in lists and headers: {@code 2022-02-22 11:33} in the reader's zone, or "undated". */
public final class DateLabel {
    public static final String UNDATED = "undated";
    public static final String DEFAULT_PATTERN = "yyyy-MM-dd HH:mm";

    private final ZoneId zone;
    private final DateTimeFormatter format;

    public DateLabel(ZoneId zone) {
        this(zone, DEFAULT_PATTERN);
    }

    /** @param pattern a {@link DateTimeFormatter} pattern */
    public DateLabel(ZoneId zone, String pattern) {
        this.zone = zone;
        this.format = DateTimeFormatter.ofPattern(pattern, Locale.ROOT);
    }

    public static DateLabel local() {
        return new DateLabel(ZoneId.systemDefault());
    }

    public String of(Instant instant) {
        return instant == null ? UNDATED : format.format(instant.atZone(zone));
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
        int widest = widths.of(UNDATED);
        // Day 28 of every month: two-digit days, every month name, and (in 2022) all seven weekdays.
        for (int month = 1; month <= 12; month++) {
            String label = format.format(LocalDateTime.of(2022, month, 28, 23, 59, 59).atZone(zone));
            widest = Math.max(widest, widths.of(label));
        }
        return widest;
    }
}
