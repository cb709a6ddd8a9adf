package newsreader.line;

import java.nio.file.Path;
import java.time.ZoneId;
import newsreader.post.PlaceholderImages;
import newsreader.reading.ChineseScript;
import newsreader.reading.ListChoice;
import newsreader.reading.ListChoiceFile;
import newsreader.reading.TextMeasure;
import newsreader.render.DateLabel;

/**
 * How line mode runs.
 *
 * @param ambiguousWidth 1 or 2: cells the terminal gives East Asian ambiguous characters
 * @param width          cells a line may take; 0 to ask the terminal (then {@code COLUMNS}, then 80)
 * @param pageSize       posts a {@code list} page shows; 0 for the terminal's height less two lines (20 when unknown)
 * @param dataDirectory  where read state is kept; null for {@code $XDG_DATA_HOME/newsreader}, shared with the
 *                       full-screen reader
 * @param historyFile    the prompt's history; null for {@code $XDG_STATE_HOME/newsreader/line-history}
 * @param zone           the zone dates are shown in; null for the machine's
 * @param datePattern    a {@link java.time.format.DateTimeFormatter} pattern for dates; null for
 *                       {@value DateLabel#DEFAULT_PATTERN}
 * @param plainInput     read typed lines as they come, without JLine's editing, echo, history and completion: for
 *                       terminals that edit lines themselves (Emacs's shell buffer, which {@link LineMode#run(Path,
 *                       LineOptions)} recognises by {@code INSIDE_EMACS})
 * @param placeholders   header images that are random placeholders (the header says so); null for the documented
 *                       services only
 * @param script         the script Chinese is shown in; null for as written
 * @param listChoice     which posts the lists show and in what order, as the settings say; what the reader's keys
 *                       chose last ({@link ListChoiceFile}) wins over it; null for every post, newest first
 * @param textMeasure    the reading measure: articles are printed no wider than its width; null for the default
 */
public record LineOptions(int ambiguousWidth, int width, int pageSize, Path dataDirectory, Path historyFile,
                          ZoneId zone, String datePattern, boolean plainInput, PlaceholderImages placeholders,
                          ChineseScript script, ListChoice listChoice, TextMeasure textMeasure) {
    public LineOptions {
        placeholders = placeholders == null ? PlaceholderImages.defaults() : placeholders;
        script = script == null ? ChineseScript.ORIGINAL : script;
        listChoice = listChoice == null ? ListChoice.defaults() : listChoice;
        textMeasure = textMeasure == null ? TextMeasure.defaults() : textMeasure;
        if (ambiguousWidth != 1 && ambiguousWidth != 2) {
            throw new IllegalArgumentException("ambiguous width must be 1 or 2, not " + ambiguousWidth);
        }
        if (width < 0) {
            throw new IllegalArgumentException("width must be 0 (the terminal's) or more, not " + width);
        }
        if (pageSize < 0) {
            throw new IllegalArgumentException("page size must be 0 (from the terminal) or more, not " + pageSize);
        }
    }

    /** Line editing on (line mode still turns it off by itself inside Emacs). */
    public LineOptions(int ambiguousWidth, int width, int pageSize, Path dataDirectory, Path historyFile,
                       ZoneId zone, String datePattern) {
        this(ambiguousWidth, width, pageSize, dataDirectory, historyFile, zone, datePattern, false, null, null, null, null);
    }

    /** Ambiguous characters narrow, sizes from the terminal, files in the XDG places, dates in the machine's zone. */
    public static LineOptions defaults() {
        return new LineOptions(1, 0, 0, null, null, null, null, false, null, null, null, null);
    }

    public LineOptions withAmbiguousWidth(int cells) {
        return new LineOptions(cells, width, pageSize, dataDirectory, historyFile,
                zone, datePattern, plainInput, placeholders, script, listChoice, textMeasure);
    }

    public LineOptions withWidth(int cells) {
        return new LineOptions(ambiguousWidth, cells, pageSize, dataDirectory, historyFile,
                zone, datePattern, plainInput, placeholders, script, listChoice, textMeasure);
    }

    public LineOptions withPageSize(int posts) {
        return new LineOptions(ambiguousWidth, width, posts, dataDirectory, historyFile,
                zone, datePattern, plainInput, placeholders, script, listChoice, textMeasure);
    }

    public LineOptions withDataDirectory(Path directory) {
        return new LineOptions(ambiguousWidth, width, pageSize, directory, historyFile,
                zone, datePattern, plainInput, placeholders, script, listChoice, textMeasure);
    }

    public LineOptions withHistoryFile(Path file) {
        return new LineOptions(ambiguousWidth, width, pageSize, dataDirectory, file,
                zone, datePattern, plainInput, placeholders, script, listChoice, textMeasure);
    }

    public LineOptions withDates(ZoneId dateZone, String pattern) {
        return new LineOptions(ambiguousWidth, width, pageSize, dataDirectory, historyFile,
                dateZone, pattern, plainInput, placeholders, script, listChoice, textMeasure);
    }

    public LineOptions withPlainInput(boolean plain) {
        return new LineOptions(ambiguousWidth, width, pageSize, dataDirectory, historyFile,
                zone, datePattern, plain, placeholders, script, listChoice, textMeasure);
    }

    /** The same with the placeholder images the settings add to the documented services. */
    public LineOptions withPlaceholders(PlaceholderImages images) {
        return new LineOptions(ambiguousWidth, width, pageSize, dataDirectory, historyFile,
                zone, datePattern, plainInput, images, script, listChoice, textMeasure);
    }

    /** The same with the settings' {@code sort} and {@code unread-only}. */
    public LineOptions withListChoice(ListChoice choice) {
        return new LineOptions(ambiguousWidth, width, pageSize, dataDirectory, historyFile,
                zone, datePattern, plainInput, placeholders, script, choice, textMeasure);
    }

    /** The same with the settings' {@code text-width}. */
    public LineOptions withTextMeasure(TextMeasure measure) {
        return new LineOptions(ambiguousWidth, width, pageSize, dataDirectory, historyFile,
                zone, datePattern, plainInput, placeholders, script, listChoice, measure);
    }

    /** The same with Chinese shown in {@code chinese}. */
    public LineOptions withScript(ChineseScript chinese) {
        return new LineOptions(ambiguousWidth, width, pageSize, dataDirectory, historyFile,
                zone, datePattern, plainInput, placeholders, chinese, listChoice, textMeasure);
    }

    /** How dates are shown under these options. */
    DateLabel dateLabel() {
        return new DateLabel(zone != null ? zone : ZoneId.systemDefault(),
                datePattern != null ? datePattern : DateLabel.DEFAULT_PATTERN);
    }
}
