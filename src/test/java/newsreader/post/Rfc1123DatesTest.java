package newsreader.post;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Rfc1123DatesTest {
    private static final DateTimeFormatter FEED_FORM =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    @Test
    void theFormIsWhatFeedsWrite() {
        Random random = new Random(15);
        for (int i = 0; i < 5_000; i++) {
            Instant when = Instant.ofEpochSecond(random.nextLong(-30_610_224_000L, 253_402_300_799L));
            String written = FEED_FORM.format(when);
            assertThat(Rfc1123Dates.format(when)).as("%s", when).isEqualTo(written);
            assertThat(Rfc1123Dates.isFormOf(written, when)).isTrue();
        }
    }

    @Test
    void anyOtherSpellingIsNotTheForm() {
        Instant when = Instant.parse("2019-10-04T23:18:04Z");
        assertThat(Rfc1123Dates.isFormOf("Fri, 04 Oct 2019 23:18:04 GMT", when)).isTrue();
        for (String other : List.of("Fri, 4 Oct 2019 23:18:04 GMT", "Fri, 04 Oct 2019 23:18:04 +0000",
                "Fri, 04 Oct 2019 23:18:05 GMT", "fri, 04 Oct 2019 23:18:04 GMT", "Fri, 04 Oct 2019 23:18:04 UTC",
                "2019-10-04T23:18:04Z", "Invalid Date", "")) {
            assertThat(Rfc1123Dates.isFormOf(other, when)).as(other).isFalse();
        }
        assertThat(Rfc1123Dates.isFormOf("Fri, 04 Oct 2019 23:18:04 GMT", null)).isFalse();
        assertThat(Rfc1123Dates.isFormOf("Fri, 04 Oct 2019 23:18:04 GMT", when.plusMillis(1))).isFalse();
    }

    @Test
    void aPostGivesBackItsRawDateAsWrittenWhetherKeptOrMadeAgain() {
        Instant when = Instant.parse("2019-10-04T23:18:04Z");
        for (String raw : new String[] {"Fri, 04 Oct 2019 23:18:04 GMT", "Fri, 4 Oct 2019 23:18:04 GMT", null,
            "2019-10-05 07:18:04"}) {
            PostMeta post = new PostMeta(Path.of("/p/a.md"), "a.md", "t", when, raw, null, List.of(), List.of(), null,
                    null, BodyFormat.MARKDOWN, 0, 0, Map.of());
            PostMeta same = new PostMeta(Path.of("/p/a.md"), "a.md", "t", when, raw == null ? null : new String(raw),
                    null, List.of(), List.of(), null, null, BodyFormat.MARKDOWN, 0, 0, Map.of());
            assertThat(post.rawDate()).isEqualTo(raw);
            assertThat(post).isEqualTo(same).hasSameHashCodeAs(same);
        }
    }
}
