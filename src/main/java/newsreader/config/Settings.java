package newsreader.config;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * Every setting of newsreader, with its default; read from the config file, then overridden by the command line.
 *
 * @param posts           the folder {@code newsreader}, {@code list} and {@code search} read when given none (null:
 *                        the current folder)
 * @param ambiguousWidth  cells for East Asian ambiguous characters: 1, 2, or 0 for "ask the terminal"
 * @param color           whether to use colours: {@code auto} (unless NO_COLOR is set), {@code always}, {@code never}
 * @param dateFormat      java.time pattern for dates in lists and headers
 * @param timeZone        the zone dates are shown in
 * @param viewer          command that opens images, with {@code {url}} or {@code {file}} placeholders; null to find one
 * @param viewerTerminal  the viewer runs inside the terminal (e.g. chafa) rather than in a window
 * @param downloadMaxBytes largest image download
 * @param downloadTimeoutSeconds connect and read timeout of an image download
 * @param keys            remapped keys: action name to key
 * @param graphics        how images are drawn in the terminal: {@code auto}, {@code half-blocks}, {@code sixel},
 *                        {@code kitty}
 * @param placeholderImages hosts, or hosts with a path prefix, whose header images are random placeholders, besides
 *                        the documented ones ({@code newsreader.post.PlaceholderImages})
 * @param chinese         the script Chinese is shown in: as written, Simplified or Traditional (display only)
 * @param sort            the order lists start in: {@code newest}, {@code oldest}, {@code source}, {@code title}
 *                        ({@code newsreader.reading.ListOrder})
 * @param unreadOnly      lists start showing unread posts only
 * @param textWidth       the most cells a line of an article takes ({@code newsreader.reading.TextMeasure})
 * @param textCentred     articles narrower than the screen stand in its middle ({@code text-align: center}) rather
 *                        than at its left
 * @param language        the interface's language as the config names it ({@code en}, {@code zh-Hans}, {@code zh-Hant}
 *                        or a locale name); null for the environment's ({@link InterfaceLanguage#choose})
 */
public record Settings(
        ConfiguredFolder posts,
        int ambiguousWidth,
        ColorMode color,
        String dateFormat,
        ZoneId timeZone,
        String viewer,
        boolean viewerTerminal,
        long downloadMaxBytes,
        int downloadTimeoutSeconds,
        Map<String, String> keys,
        String graphics,
        List<String> placeholderImages,
        Chinese chinese,
        String sort,
        boolean unreadOnly,
        int textWidth,
        boolean textCentred,
        String language) {

    public Settings {
        placeholderImages = List.copyOf(placeholderImages);
        chinese = chinese == null ? Chinese.ORIGINAL : chinese;
        sort = sort == null ? DEFAULT_SORT : sort;
    }

    /** The names {@code sort} accepts, as {@code newsreader.reading.ListOrder} spells them (a test keeps them equal). */
    public static final List<String> SORT_NAMES = List.of("newest", "oldest", "source", "title");
    public static final String DEFAULT_SORT = "newest";
    /** The reading measure's default, as {@code newsreader.reading.TextMeasure} has it (a test keeps them equal). */
    public static final int DEFAULT_TEXT_WIDTH = 86;

    public static final String DEFAULT_DATE_FORMAT = "yyyy-MM-dd HH:mm";

    /** The settings when there is no config file. */
    public static Settings defaults() {
        return new Settings(null, 1, ColorMode.AUTO, DEFAULT_DATE_FORMAT, ZoneId.systemDefault(), null, false,
                20L * 1024 * 1024, 10, Map.of(), "auto", List.of(), Chinese.ORIGINAL, DEFAULT_SORT, false, DEFAULT_TEXT_WIDTH, false, null);
    }

    public Settings withAmbiguousWidth(int width) {
        return new Settings(posts, width, color, dateFormat, timeZone, viewer, viewerTerminal, downloadMaxBytes,
                downloadTimeoutSeconds, keys, graphics, placeholderImages, chinese, sort, unreadOnly, textWidth, textCentred, language);
    }

    public Settings withColor(ColorMode mode) {
        return new Settings(posts, ambiguousWidth, mode, dateFormat, timeZone, viewer, viewerTerminal, downloadMaxBytes,
                downloadTimeoutSeconds, keys, graphics, placeholderImages, chinese, sort, unreadOnly, textWidth, textCentred, language);
    }

    public Settings withViewer(String command) {
        return new Settings(posts, ambiguousWidth, color, dateFormat, timeZone, command, viewerTerminal, downloadMaxBytes,
                downloadTimeoutSeconds, keys, graphics, placeholderImages, chinese, sort, unreadOnly, textWidth, textCentred, language);
    }

    public Settings withChinese(Chinese script) {
        return new Settings(posts, ambiguousWidth, color, dateFormat, timeZone, viewer, viewerTerminal, downloadMaxBytes,
                downloadTimeoutSeconds, keys, graphics, placeholderImages, script, sort, unreadOnly, textWidth, textCentred, language);
    }

    /** Whether colours are wanted, given the environment ({@code NO_COLOR} set and not empty turns them off). */
    public boolean useColor(Map<String, String> env) {
        return switch (color) {
            case ALWAYS -> true;
            case NEVER -> false;
            case AUTO -> {
                String noColor = env.get("NO_COLOR");
                yield noColor == null || noColor.isEmpty();
            }
        };
    }

    /** How colours are chosen. */
    public enum ColorMode {
        AUTO,
        ALWAYS,
        NEVER
    }

    /** The script Chinese text is shown in; {@code newsreader.reading.ChineseScript} converts. */
    public enum Chinese {
        ORIGINAL,
        SIMPLIFIED,
        TRADITIONAL;

        /** The setting's word ({@code original}, {@code simplified}, {@code traditional}). */
        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        /** The value for a word of the config or the command line, ignoring case; null when it is none of them. */
        public static Chinese of(String word) {
            for (Chinese script : values()) {
                if (script.word().equalsIgnoreCase(word == null ? "" : word.strip())) {
                    return script;
                }
            }
            return null;
        }
    }
}
