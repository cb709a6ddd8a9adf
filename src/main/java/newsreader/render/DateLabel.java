package newsreader.render;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import newsreader.post.PostMeta;

/** How dates are shown in lists and headers: {@code 2022-02-22 11:33} in the reader's zone, or "undated". */
public final class DateLabel {
    public static final String UNDATED = "undated";
    public static final String DEFAULT_PATTERN = "yyyy-MM-dd HH:mm";

    private final ZoneId zone;
    private final DateTimeFormatter format;
    private final int width;

    public DateLabel(ZoneId zone) {
        this(zone, DEFAULT_PATTERN);
    }

    /** @param pattern a {@link DateTimeFormatter} pattern */
    public DateLabel(ZoneId zone, String pattern) {
        this.zone = zone;
        this.format = DateTimeFormatter.ofPattern(pattern, Locale.ROOT);
        this.width = widest();
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

    /** The widest label this format gives (ASCII patterns: one cell a character), "undated" included. */
    public int width() {
        return width;
    }

    private int widest() {
        int widest = UNDATED.length();
        for (int month = 1; month <= 12; month++) {
            String label = format.format(LocalDateTime.of(2022, month, 28, 23, 59, 59).atZone(zone));
            widest = Math.max(widest, label.length());
        }
        return widest;
    }
}
