package newsreader.line;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LineOptionsTest {
    @Test
    void defaultsAskTheTerminalAndTheXdgPlaces() {
        LineOptions defaults = LineOptions.defaults();

        assertThat(defaults.ambiguousWidth()).isEqualTo(1);
        assertThat(defaults.width()).isZero();
        assertThat(defaults.pageSize()).isZero();
        assertThat(defaults.dataDirectory()).isNull();
        assertThat(defaults.historyFile()).isNull();
        assertThat(defaults.plainInput()).isFalse();
    }

    @Test
    void withersChangeOneSettingOnly() {
        LineOptions options = LineOptions.defaults().withAmbiguousWidth(2).withWidth(40).withPageSize(5)
                .withDataDirectory(Path.of("/d")).withHistoryFile(Path.of("/h")).withPlainInput(true);

        assertThat(options).isEqualTo(new LineOptions(2, 40, 5, Path.of("/d"), Path.of("/h"), null, null, true, null, null, null, null));
    }

    @Test
    void datesFollowTheZoneAndPatternGiven() {
        LineOptions options = LineOptions.defaults().withDates(ZoneOffset.ofHours(8), "yyyy/MM/dd");

        assertThat(options.dateLabel().of(Instant.parse("2024-05-02T20:00:00Z"))).isEqualTo("2024/05/03");
    }

    @Test
    void emacsShellBuffersAreRecognisedByInsideEmacs() {
        assertThat(LineMode.insideEmacs(Map.of("INSIDE_EMACS", "29.1,comint"))).isTrue();
        assertThat(LineMode.insideEmacs(Map.of("INSIDE_EMACS", ""))).isFalse();
        assertThat(LineMode.insideEmacs(Map.of("TERM", "dumb"))).isFalse();
    }

    @Test
    void impossibleValuesAreRefused() {
        assertThatThrownBy(() -> LineOptions.defaults().withAmbiguousWidth(3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LineOptions.defaults().withWidth(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LineOptions.defaults().withPageSize(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
