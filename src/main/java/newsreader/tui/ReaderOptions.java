package newsreader.tui;

import java.nio.file.Path;
import java.util.Map;
import newsreader.open.GraphicsMode;
import newsreader.open.OpenSettings;
import newsreader.post.PlaceholderImages;
import newsreader.reading.ChineseScript;
import newsreader.reading.ListChoice;
import newsreader.reading.TextMeasure;
import newsreader.render.DateLabel;

/**
 * How the full-screen reader runs.
 *
 * @param ambiguousWidth         1 or 2: cells the terminal gives East Asian ambiguous characters; 0 to find out
 *                               (narrow inside tmux and screen, else the terminal is asked at start-up)
 * @param color                  false for monochrome (bold, underline, reverse video only); {@code NO_COLOR} in the
 *                               environment also turns colour off
 * @param dataDirectory          where read state is kept; null for {@code $XDG_DATA_HOME/newsreader} (tests pass a
 *                               temp dir)
 * @param viewer                 the configured image viewer command ({@code feh --scale-down {file}}); null to find
 *                               one (mailcap, $BROWSER, xdg-open)
 * @param viewerTerminal         the configured viewer draws in the terminal (chafa, timg) rather than in a window
 * @param downloadMaxBytes       largest image download
 * @param downloadTimeoutSeconds connect and request timeout of image downloads
 * @param keys                   remapped keys: action name (as in the config, {@code next-unread}) to key
 *                               ({@code N}, {@code C-n}), as the config's check passed them; empty for the defaults
 * @param graphics               how pictures are drawn when no viewer shows them (AUTO: kitty's protocol in kitty,
 *                               else half blocks)
 * @param dates                  how dates are shown in lists and headers; null for the local zone and the default
 *                               format
 * @param placeholders           header images that are random placeholders: the header says so and {@code o} opens
 *                               the post's own picture; null for the documented services only
 * @param script                 the script Chinese is shown in at start ({@code C} switches); null for as written
 * @param listChoice             which posts the list shows and in what order, as the settings say; what the keys
 *                               chose last ({@code ListChoiceFile}) wins over it; null for every post, newest first
 * @param textMeasure            how wide articles are laid out and where they stand; null for the default measure
 */
public record ReaderOptions(int ambiguousWidth, boolean color, Path dataDirectory, String viewer,
                            boolean viewerTerminal, long downloadMaxBytes, int downloadTimeoutSeconds,
                            Map<String, String> keys, GraphicsMode graphics, DateLabel dates,
                            PlaceholderImages placeholders, ChineseScript script,
                            ListChoice listChoice, TextMeasure textMeasure) {
    public ReaderOptions {
        if (ambiguousWidth < 0 || ambiguousWidth > 2) {
            throw new IllegalArgumentException("ambiguous width must be 0 (detect), 1 or 2, not " + ambiguousWidth);
        }
        if (downloadMaxBytes <= 0 || downloadTimeoutSeconds <= 0) {
            throw new IllegalArgumentException("download limits must be positive");
        }
        keys = keys == null ? Map.of() : Map.copyOf(keys);
        graphics = graphics == null ? GraphicsMode.AUTO : graphics;
        dates = dates == null ? DateLabel.local() : dates;
        placeholders = placeholders == null ? PlaceholderImages.defaults() : placeholders;
        script = script == null ? ChineseScript.ORIGINAL : script;
        listChoice = listChoice == null ? ListChoice.defaults() : listChoice;
        textMeasure = textMeasure == null ? TextMeasure.defaults() : textMeasure;
    }

    public ReaderOptions(int ambiguousWidth, boolean color, Path dataDirectory) {
        this(ambiguousWidth, color, dataDirectory, null, false, OpenSettings.DEFAULT_MAX_BYTES,
                (int) OpenSettings.DEFAULT_TIMEOUT.toSeconds(), Map.of(), GraphicsMode.AUTO, null, null, null, null, null);
    }

    public ReaderOptions(int ambiguousWidth, boolean color) {
        this(ambiguousWidth, color, null);
    }

    public static ReaderOptions defaults() {
        return new ReaderOptions(1, true, null);
    }

    /** The same with the viewer and download limits of the user's settings. */
    public ReaderOptions withOpening(String viewerCommand, boolean inTerminal, long maxBytes, int timeoutSeconds) {
        return new ReaderOptions(ambiguousWidth, color, dataDirectory, viewerCommand, inTerminal, maxBytes,
                timeoutSeconds, keys, graphics, dates, placeholders, script, listChoice, textMeasure);
    }

    /** The same with remapped keys (action name to key). */
    public ReaderOptions withKeys(Map<String, String> remapped) {
        return new ReaderOptions(ambiguousWidth, color, dataDirectory, viewer, viewerTerminal, downloadMaxBytes,
                downloadTimeoutSeconds, remapped, graphics, dates, placeholders, script, listChoice, textMeasure);
    }

    /** The same with a way of drawing pictures. */
    public ReaderOptions withGraphics(GraphicsMode mode) {
        return new ReaderOptions(ambiguousWidth, color, dataDirectory, viewer, viewerTerminal, downloadMaxBytes,
                downloadTimeoutSeconds, keys, mode, dates, placeholders, script, listChoice, textMeasure);
    }

    /** The same with dates in another format or zone (the settings' {@code date-format} and {@code time-zone}). */
    public ReaderOptions withDates(DateLabel label) {
        return new ReaderOptions(ambiguousWidth, color, dataDirectory, viewer, viewerTerminal, downloadMaxBytes,
                downloadTimeoutSeconds, keys, graphics, label, placeholders, script, listChoice, textMeasure);
    }

    /** The same with the placeholder images the settings add to the documented services. */
    public ReaderOptions withPlaceholders(PlaceholderImages images) {
        return new ReaderOptions(ambiguousWidth, color, dataDirectory, viewer, viewerTerminal, downloadMaxBytes,
                downloadTimeoutSeconds, keys, graphics, dates, images, script, listChoice, textMeasure);
    }

    /** The same with the settings' {@code sort} and {@code unread-only}. */
    public ReaderOptions withListChoice(ListChoice choice) {
        return new ReaderOptions(ambiguousWidth, color, dataDirectory, viewer, viewerTerminal, downloadMaxBytes,
                downloadTimeoutSeconds, keys, graphics, dates, placeholders, script, choice, textMeasure);
    }

    /** The same with the settings' {@code text-width} and {@code text-align}. */
    public ReaderOptions withTextMeasure(TextMeasure measure) {
        return new ReaderOptions(ambiguousWidth, color, dataDirectory, viewer, viewerTerminal, downloadMaxBytes,
                downloadTimeoutSeconds, keys, graphics, dates, placeholders, script, listChoice, measure);
    }

    /** The same with Chinese shown in {@code chinese} at start. */
    public ReaderOptions withScript(ChineseScript chinese) {
        return new ReaderOptions(ambiguousWidth, color, dataDirectory, viewer, viewerTerminal, downloadMaxBytes,
                downloadTimeoutSeconds, keys, graphics, dates, placeholders, chinese, listChoice, textMeasure);
    }

    OpenSettings openSettings(Path postsFolder) {
        return OpenSettings.of(postsFolder, viewer, viewerTerminal, downloadMaxBytes, downloadTimeoutSeconds)
                .withGraphics(graphics).withPlaceholders(placeholders);
    }
}
