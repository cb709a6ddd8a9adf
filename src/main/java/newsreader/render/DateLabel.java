package newsreader.render;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import newsreader.post.PostMeta;

/** How dates are shown in lists and headers: {@code 2022-02-22 11:33} in the reader's zone, or "undated". */
public final class DateLabel {
    public static final String UNDATED = "undated";
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ZoneId zone;

    public DateLabel(ZoneId zone) {
        this.zone = zone;
    }

    public static DateLabel local() {
        return new DateLabel(ZoneId.systemDefault());
    }

    public String of(Instant instant) {
        return instant == null ? UNDATED : FORMAT.format(instant.atZone(zone));
    }

    /** The post's date, or "undated" — with what the file said, when it said something unreadable. */
    public String of(PostMeta meta) {
        if (!meta.undated()) {
            return of(meta.date());
        }
        return UNDATED;
    }

    /** Width in cells of a date label: every label is ASCII and this wide. */
    public static int width() {
        return "yyyy-MM-dd HH:mm".length();
    }
}
