package newsreader.cli;

import java.nio.file.Path;
import java.util.Map;
import newsreader.config.Settings;
import newsreader.line.LineMode;
import newsreader.line.LineOptions;
import newsreader.open.GraphicsMode;
import newsreader.reading.ChineseScript;
import newsreader.reading.Reading;
import newsreader.tui.FullScreenReader;
import newsreader.tui.ReaderOptions;

/** Starts the reader on a folder with the settings in force: the full screen, or line mode where a screen can't serve. */
final class ReaderLauncher {
    private ReaderLauncher() {
    }

    /** @param folder a folder, as {@link NewsreaderCommand#postsFolder} chose and checked it */
    static int launch(Path folder, Settings settings, boolean lineMode, Console console) {
        console.err().flush();
        console.out().flush();
        if (lineMode || (System.console() != null && isDumb(System.getenv()))) {
            return LineMode.run(folder, lineOptions(settings));
        }
        return FullScreenReader.run(folder, readerOptions(settings, System.getenv()));
    }

    /** Every setting line mode uses, from the settings in force. */
    static LineOptions lineOptions(Settings settings) {
        // Line mode prints plain text and cannot ask the terminal: "auto" is taken as narrow there.
        int ambiguous = settings.ambiguousWidth() == 2 ? 2 : 1;
        return new LineOptions(ambiguous, 0, 0, null, null, settings.timeZone(), settings.dateFormat())
                .withPlaceholders(Reading.placeholders(settings))
                .withScript(ChineseScript.of(settings))
                .withListChoice(Reading.listChoice(settings))
                .withTextMeasure(Reading.textMeasure(settings));
    }

    /** Every setting the full-screen reader uses, from the settings in force. */
    static ReaderOptions readerOptions(Settings settings, Map<String, String> environment) {
        // 0 ("auto") lets the full-screen reader measure the terminal with a cursor position report.
        return new ReaderOptions(settings.ambiguousWidth(), settings.useColor(environment), null)
                .withOpening(settings.viewer(), settings.viewerTerminal(), settings.downloadMaxBytes(), settings.downloadTimeoutSeconds())
                .withKeys(settings.keys())
                .withGraphics(GraphicsMode.valueOf(settings.graphics().toUpperCase(java.util.Locale.ROOT).replace('-', '_')))
                .withDates(Reading.dates(settings))
                .withPlaceholders(Reading.placeholders(settings))
                .withScript(ChineseScript.of(settings))
                .withListChoice(Reading.listChoice(settings))
                .withTextMeasure(Reading.textMeasure(settings));
    }

    /** Emacs shell buffers and serial consoles say TERM=dumb: a full screen would be garbage there. */
    static boolean isDumb(Map<String, String> env) {
        String term = env.get("TERM");
        return term != null && term.equals("dumb");
    }
}
