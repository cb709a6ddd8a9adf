package newsreader.post;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class DateReaderTest {
    /** A zone that is never UTC, so a date wrongly read as UTC shows. */
    private final DateReader shanghai = new DateReader(ZoneId.of("Asia/Shanghai"));

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Thu, 22 Sep 2022 08:01:12 GMT      | 2022-09-22T08:01:12Z",
            "Thu, 30 Nov 2017 01:13:11 GMT      | 2017-11-30T01:13:11Z",
            "Fri, 1 Jul 2022 23:44:55 +0800     | 2022-07-01T15:44:55Z",
            "Mon, 24 Jan 2022 07:16 GMT         | 2022-01-24T07:16:00Z",
            "Sat, 23 Oct 21 08:01:00 EST        | 2021-10-23T13:01:00Z",
            "Wed, 22 Sep 2022 08:01:12 GMT      | 2022-09-22T08:01:12Z",
            "22 Sep 2022 08:01:12 UT            | 2022-09-22T08:01:12Z",
            "2022-09-22T08:01:12+08:00          | 2022-09-22T00:01:12Z",
            "2022-09-22T08:01:12.000Z           | 2022-09-22T08:01:12Z",
            "2022-09-22T08:01:12.5-0330         | 2022-09-22T11:31:12.500Z",
            "2022-09-22 08:01:12 +08            | 2022-09-22T00:01:12Z",
            "Thu Sep 22 2022 08:01:12 GMT+0800 (China Standard Time) | 2022-09-22T00:01:12Z",
    })
    void readsDatesWithAZone(String written, String expected) {
        assertThat(shanghai.read(written)).isEqualTo(Instant.parse(expected));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "2021-10-10 11:06:15     | 2021-10-10T03:06:15Z",
            "2022-01-13 05:12:08     | 2022-01-12T21:12:08Z",
            "2021/10/10 11:06        | 2021-10-10T03:06:00Z",
            "2021-10-10              | 2021-10-09T16:00:00Z",
            "2021/1/5                | 2021-01-04T16:00:00Z",
            "2022-09-22T08:01:12     | 2022-09-22T00:01:12Z",
            "2022-09-22T08:01:12.250 | 2022-09-22T00:01:12.250Z",
    })
    void readsDatesWithoutAZoneAsLocalTime(String written, String expected) {
        assertThat(shanghai.read(written)).isEqualTo(Instant.parse(expected));
    }

    @Test
    void theLocalZoneIsTheOneGiven() {
        assertThat(new DateReader(ZoneId.of("UTC")).read("2021-10-10 11:06:15")).isEqualTo(Instant.parse("2021-10-10T11:06:15Z"));
        assertThat(new DateReader(ZoneId.of("America/New_York")).read("2021-10-10 11:06:15"))
                .isEqualTo(Instant.parse("2021-10-10T15:06:15Z"));
    }

    @Test
    void epochSecondsAndMillisecondsAreRead() {
        assertThat(shanghai.read(1663833672)).isEqualTo(Instant.parse("2022-09-22T08:01:12Z"));
        assertThat(shanghai.read(1663833672000L)).isEqualTo(Instant.parse("2022-09-22T08:01:12Z"));
        assertThat(shanghai.read("1663833672")).isEqualTo(Instant.parse("2022-09-22T08:01:12Z"));
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"Invalid Date", "", "   ", "yesterday", "2021-13-01", "2021-02-30 10:00", "2021-10-10 25:00",
            "Thu, 22 Foo 2022 08:01:12 GMT", "20210101", "2022-09-22T08:01:12+25:00", "NaN"})
    void unreadableDatesAreUndated(String written) {
        assertThat(shanghai.read(written)).isNull();
    }

    @Test
    void nonDateValuesAreUndated() {
        assertThat(shanghai.read(null)).isNull();
        assertThat(shanghai.read(20210101)).isNull();
        assertThat(shanghai.read(true)).isNull();
        assertThat(shanghai.read(java.util.List.of("2021-10-10"))).isNull();
    }

    @Test
    void theQuickRfc1123WayReadsWhatThePatternsRead() {
        String[] months = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "JAN", "sep",
            "Foo", "Sept"};
        newsreader.testing.Property.forAll("RFC 1123 quick way agrees with the patterns", 3000, random -> String.format(
                "%s, %02d %s %04d %02d:%02d:%02d GMT",
                new String[]{"Thu", "Mon", "xyz", "THU"}[random.nextInt(4)], random.nextInt(33),
                months[random.nextInt(months.length)], 1900 + random.nextInt(200), random.nextInt(26), random.nextInt(61),
                random.nextInt(61)), text -> {
                    if (text.length() == 29) {
                        assertThat(DateReader.Rfc1123.matches(text)).as(text).isTrue();
                    }
                    assertThat(shanghai.read(text)).as(text).isEqualTo(shanghai.readByPatterns(text));
                });
        assertThat(shanghai.read("Thu, 22 Sep 2022 08:01:12 GMT")).isEqualTo(Instant.parse("2022-09-22T08:01:12Z"));
        assertThat(shanghai.read("Thu, 31 Feb 2022 08:01:12 GMT")).isNull();
        assertThat(shanghai.read("Invalid Date")).isNull();
        assertThat(shanghai.readByPatterns("Invalid Date")).isNull();
        assertThat(DateReader.Rfc1123.matches("Thu, 22 Sep 2022 08:01:12 UTC")).isFalse(); // the patterns read it
        assertThat(shanghai.read("Thu, 22 Sep 2022 08:01:12 UTC")).isEqualTo(Instant.parse("2022-09-22T08:01:12Z"));
    }
}
