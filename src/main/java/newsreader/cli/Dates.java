package newsreader.cli;

import newsreader.config.Settings;
import newsreader.render.DateLabel;

/** Date labels as the settings ask for them. */
final class Dates {
    private Dates() {
    }

    static DateLabel of(Settings settings) {
        return new DateLabel(settings.timeZone(), settings.dateFormat());
    }
}
