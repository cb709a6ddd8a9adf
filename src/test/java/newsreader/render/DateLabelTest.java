package newsreader.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DateLabelTest {
    /** The default pattern is written without the formatter: it must give the formatter's text, offsets changing included. */
    @Test
    void theDefaultPatternWritesWhatTheFormatterWrites() {
        DateTimeFormatter formatter = DateTimeFormatter.ofPattern(DateLabel.DEFAULT_PATTERN, Locale.ROOT);
        Random random = new Random(15);
        for (String zoneName : new String[] {"Asia/Shanghai", "UTC", "America/New_York", "Europe/London",
            "Asia/Kathmandu", "Australia/Lord_Howe", "America/St_Johns"}) {
            ZoneId zone = ZoneId.of(zoneName);
            DateLabel label = new DateLabel(zone);
            long at = Instant.parse("2019-01-01T00:00:00Z").getEpochSecond();
            for (int i = 0; i < 5_000; i++) {
                // Mostly nearby instants (a list's neighbours, across midnights and clock changes), some far away.
                at = i % 100 == 0 ? random.nextLong(-62_135_596_800L, 253_402_300_799L) : at + random.nextInt(-7_200, 7_200);
                Instant instant = Instant.ofEpochSecond(at, random.nextInt(1_000_000_000));
                assertThat(label.of(instant)).as("%s in %s", instant, zone).isEqualTo(formatter.format(instant.atZone(zone)));
            }
        }
    }
}
