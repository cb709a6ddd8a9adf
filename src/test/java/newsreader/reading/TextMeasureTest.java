package newsreader.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import newsreader.config.Settings;
import org.junit.jupiter.api.Test;

class TextMeasureTest {
    @Test
    void theWidthIsAtMostTheMeasureAndCentringSplitsWhatIsLeft() {
        TextMeasure left = new TextMeasure(86, false);
        assertThat(left.widthIn(158)).isEqualTo(86);
        assertThat(left.widthIn(60)).isEqualTo(60);
        assertThat(left.offsetIn(158, 86)).isZero();
        assertThat(new TextMeasure(86, true).offsetIn(158, 86)).isEqualTo(36);
        assertThat(new TextMeasure(86, true).offsetIn(60, 60)).isZero();
    }

    @Test
    void theSettingsDefaultIsTheMeasuresAndBadWidthsAreRefused() {
        assertThat(Settings.DEFAULT_TEXT_WIDTH).isEqualTo(TextMeasure.DEFAULT_WIDTH);
        assertThat(Reading.textMeasure(Settings.defaults())).isEqualTo(TextMeasure.defaults());
        assertThatThrownBy(() -> new TextMeasure(5, false)).isInstanceOf(IllegalArgumentException.class);
    }
}
