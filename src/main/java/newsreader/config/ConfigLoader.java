package newsreader.config;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import newsreader.post.PlaceholderImages;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads {@code config.yaml} into {@link Settings}. Every key is checked: an unknown key or a bad value is an error
 * naming the file, the line and the key, never a silent default. The YAML is composed into nodes (no objects are
 * constructed from tags) so that each value keeps its line.
 */
public final class ConfigLoader {
    private static final newsreader.messages.Messages WORDS = newsreader.messages.Messages.of("config");
    private static final int MAX_CONFIG_CHARS = 256 * 1024;
    private static final Set<String> TOP_KEYS = new TreeSet<>(Set.of(
            "posts", "ambiguous-width", "color", "date-format", "time-zone", "viewer", "viewer-terminal", "download", "keys",
            "graphics", "placeholder-images", "chinese", "sort", "unread-only", "text-width", "text-align", "language"));
    private static final Set<String> DOWNLOAD_KEYS = new TreeSet<>(Set.of("max-size-mb", "timeout-seconds"));

    private final KeyCheck keyCheck;
    private final Path home;

    /**
     * @param keyCheck the reader's rules for the {@code keys} setting
     * @param home     what {@code ~} in a path stands for ({@link XdgDirectories#home})
     */
    public ConfigLoader(KeyCheck keyCheck, Path home) {
        this.keyCheck = keyCheck;
        this.home = home;
    }

    /** Loads the file at {@code file}; a missing file gives the defaults. */
    public Settings load(Path file) throws ConfigException {
        String text;
        try {
            if (Files.size(file) > MAX_CONFIG_CHARS) {
                throw problem("too-large", file.toString(), MAX_CONFIG_CHARS / 1024);
            }
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return Settings.defaults();
        } catch (IOException e) {
            throw problem("unreadable", file.toString(), String.valueOf(e.getMessage()));
        }
        return parse(text, file.toString());
    }

    /** Parses config text; {@code name} is how errors refer to it. */
    public Settings parse(String text, String name) throws ConfigException {
        Node root;
        try (Reader reader = new StringReader(text)) {
            LoaderOptions options = new LoaderOptions();
            options.setMaxAliasesForCollections(10);
            options.setNestingDepthLimit(10);
            options.setCodePointLimit(MAX_CONFIG_CHARS);
            root = new Yaml(new SafeConstructor(options)).compose(reader);
        } catch (YAMLException | IOException e) {
            throw problem("not-yaml", name, String.valueOf(e.getMessage()).replace('\n', ' '));
        }
        Settings settings = Settings.defaults();
        if (root == null) {
            return settings;
        }
        if (!(root instanceof MappingNode mapping)) {
            throw problem("not-a-mapping", name, String.valueOf(line(root)));
        }
        Builder b = new Builder(settings);
        for (NodeTuple tuple : mapping.getValue()) {
            String key = keyOf(tuple, name);
            Node value = tuple.getValueNode();
            Where where = new Where(name, line(tuple.getKeyNode()), key);
            switch (key) {
                case "posts" -> b.posts = nullable(value, where) == null ? null
                        : new ConfiguredFolder(expandHome(scalar(value, where)), where.toString());
                case "ambiguous-width" -> b.ambiguousWidth = ambiguous(value, where);
                case "color" -> b.color = color(value, where);
                case "date-format" -> b.dateFormat = dateFormat(value, where);
                case "time-zone" -> b.timeZone = zone(value, where);
                case "viewer" -> b.viewer = nullable(value, where);
                case "viewer-terminal" -> b.viewerTerminal = bool(value, where);
                case "download" -> download(value, where, b, name);
                case "keys" -> b.keys = keys(value, where, name);
                case "graphics" -> b.graphics = graphics(value, where);
                case "placeholder-images" -> b.placeholderImages = placeholderImages(value, where);
                case "chinese" -> b.chinese = chinese(value, where);
                case "sort" -> b.sort = sort(value, where);
                case "unread-only" -> b.unreadOnly = bool(value, where);
                case "text-width" -> b.textWidth = (int) between(value, where, 20, 1000);
                case "text-align" -> b.textCentred = align(value, where);
                case "language" -> b.language = language(value, where);
                default -> throw problem("unknown-setting", where, String.join(", ", TOP_KEYS));
            }
        }
        return b.build();
    }

    /** The place of a value, for messages: {@code file:line: key: }. */
    /**
     * A problem of the file in the interface's language: the fixed words from the {@code config} bundle, the file, line,
     * key and value in their places ({@code {0}} is where, as {@code config.yaml:2: colour: }).
     */
    private static ConfigException problem(String key, Object... places) {
        Object[] args = places.clone();
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof Where where) {
                args[i] = where.toString();
            }
        }
        return new ConfigException(WORDS.get(key, args));
    }

    private record Where(String file, int line, String key) {
        @Override
        public String toString() {
            return file + ":" + line + ": " + key + ": ";
        }
    }

    /** Settings being assembled. */
    private static final class Builder {
        ConfiguredFolder posts;
        int ambiguousWidth;
        Settings.ColorMode color;
        String dateFormat;
        ZoneId timeZone;
        String viewer;
        boolean viewerTerminal;
        long downloadMaxBytes;
        int downloadTimeoutSeconds;
        Map<String, String> keys;
        String graphics;
        List<String> placeholderImages;
        Settings.Chinese chinese;
        String sort;
        boolean unreadOnly;
        int textWidth;
        boolean textCentred;
        String language;

        Builder(Settings s) {
            posts = s.posts();
            ambiguousWidth = s.ambiguousWidth();
            color = s.color();
            dateFormat = s.dateFormat();
            timeZone = s.timeZone();
            viewer = s.viewer();
            viewerTerminal = s.viewerTerminal();
            downloadMaxBytes = s.downloadMaxBytes();
            downloadTimeoutSeconds = s.downloadTimeoutSeconds();
            keys = s.keys();
            graphics = s.graphics();
            placeholderImages = s.placeholderImages();
            chinese = s.chinese();
            sort = s.sort();
            unreadOnly = s.unreadOnly();
            textWidth = s.textWidth();
            textCentred = s.textCentred();
            language = s.language();
        }

        Settings build() {
            return new Settings(posts, ambiguousWidth, color, dateFormat, timeZone, viewer, viewerTerminal,
                    downloadMaxBytes, downloadTimeoutSeconds, Map.copyOf(keys), graphics, placeholderImages, chinese,
                    sort, unreadOnly, textWidth, textCentred, language);
        }
    }

    private static String keyOf(NodeTuple tuple, String name) throws ConfigException {
        if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
            throw problem("name-not-text", name, String.valueOf(line(tuple.getKeyNode())));
        }
        return key.getValue();
    }

    private static int line(Node node) {
        return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
    }

    private static String scalar(Node value, Where where) throws ConfigException {
        if (!(value instanceof ScalarNode s)) {
            throw problem("not-a-value", where);
        }
        return s.getValue();
    }

    private static String nullable(Node value, Where where) throws ConfigException {
        String text = scalar(value, where);
        boolean isNull = value.getTag().getValue().endsWith(":null") || text.isEmpty() || text.equals("~") || text.equals("null");
        return isNull ? null : text;
    }

    private static int ambiguous(Node value, Where where) throws ConfigException {
        String text = scalar(value, where).strip().toLowerCase(Locale.ROOT);
        return switch (text) {
            case "1" -> 1;
            case "2" -> 2;
            case "auto" -> 0;
            default -> throw problem("ambiguous-width", where, text);
        };
    }

    private static Settings.ColorMode color(Node value, Where where) throws ConfigException {
        String text = scalar(value, where).strip().toLowerCase(Locale.ROOT);
        return switch (text) {
            case "auto" -> Settings.ColorMode.AUTO;
            case "always", "true", "yes", "on" -> Settings.ColorMode.ALWAYS;
            case "never", "false", "no", "off" -> Settings.ColorMode.NEVER;
            default -> throw problem("color", where, text);
        };
    }

    private static String dateFormat(Node value, Where where) throws ConfigException {
        String text = scalar(value, where);
        try {
            DateTimeFormatter.ofPattern(text);
            return text;
        } catch (IllegalArgumentException e) {
            throw problem("date-format", where, text, String.valueOf(e.getMessage()));
        }
    }

    private static ZoneId zone(Node value, Where where) throws ConfigException {
        String text = scalar(value, where).strip();
        if (text.equalsIgnoreCase("local")) {
            return ZoneId.systemDefault();
        }
        try {
            return ZoneId.of(text);
        } catch (DateTimeException e) {
            throw problem("time-zone", where, text);
        }
    }

    private static String graphics(Node value, Where where) throws ConfigException {
        String text = scalar(value, where).strip().toLowerCase(Locale.ROOT);
        return switch (text) {
            case "auto", "half-blocks", "sixel", "kitty" -> text;
            default -> throw problem("graphics", where, text);
        };
    }

    private static Settings.Chinese chinese(Node value, Where where) throws ConfigException {
        String text = scalar(value, where);
        Settings.Chinese script = Settings.Chinese.of(text);
        if (script == null) {
            throw problem("chinese", where, text.strip());
        }
        return script;
    }

    /** {@code auto} (null: the environment's), {@code en}, {@code zh-Hans}, {@code zh-Hant}, or a locale name. */
    private static String language(Node value, Where where) throws ConfigException {
        String text = scalar(value, where).strip();
        if (text.equalsIgnoreCase("auto")) {
            return null;
        }
        if (!InterfaceLanguage.names(text)) {
            throw problem("language", where, text);
        }
        return text;
    }

    private static String sort(Node value, Where where) throws ConfigException {
        String text = scalar(value, where).strip().toLowerCase(Locale.ROOT);
        if (!Settings.SORT_NAMES.contains(text)) {
            throw problem("sort", where, String.join(", ", Settings.SORT_NAMES), text);
        }
        return text;
    }

    /** A list of hosts or hosts with a path prefix ({@code [picsum.photos, img.example.com/stock/]}). */
    private static List<String> placeholderImages(Node value, Where where) throws ConfigException {
        if (!(value instanceof SequenceNode list)) {
            throw problem("placeholder-images", where);
        }
        List<String> entries = new ArrayList<>();
        for (Node item : list.getValue()) {
            String entry = item instanceof ScalarNode scalar ? scalar.getValue() : null;
            String problem = PlaceholderImages.problem(entry);
            if (problem != null) {
                throw new ConfigException(where.file() + ":" + line(item) + ": " + where.key() + ": " + problem);
            }
            entries.add(entry);
        }
        return List.copyOf(entries);
    }

    private static boolean bool(Node value, Where where) throws ConfigException {
        String text = scalar(value, where).strip().toLowerCase(Locale.ROOT);
        return switch (text) {
            case "true", "yes", "on" -> true;
            case "false", "no", "off" -> false;
            default -> throw problem("boolean", where, text);
        };
    }

    private static boolean align(Node value, Where where) throws ConfigException {
        String text = scalar(value, where).strip().toLowerCase(Locale.ROOT);
        return switch (text) {
            case "left" -> false;
            case "center", "centre" -> true;
            default -> throw problem("text-align", where, text);
        };
    }

    private static long between(Node value, Where where, long min, long max) throws ConfigException {
        String text = scalar(value, where).strip();
        try {
            long n = Long.parseLong(text);
            if (n < min || n > max) {
                throw problem("between", where, String.valueOf(min), String.valueOf(max), String.valueOf(n));
            }
            return n;
        } catch (NumberFormatException e) {
            throw problem("whole-number", where, text);
        }
    }

    private static long positive(Node value, Where where, long max) throws ConfigException {
        return between(value, where, 1, max);
    }

    private static void download(Node value, Where where, Builder b, String name) throws ConfigException {
        if (!(value instanceof MappingNode mapping)) {
            throw problem("download", where, String.join(", ", DOWNLOAD_KEYS));
        }
        for (NodeTuple tuple : mapping.getValue()) {
            String key = keyOf(tuple, name);
            Where inner = new Where(name, line(tuple.getKeyNode()), "download." + key);
            switch (key) {
                case "max-size-mb" -> b.downloadMaxBytes = positive(tuple.getValueNode(), inner, 4096) * 1024 * 1024;
                case "timeout-seconds" -> b.downloadTimeoutSeconds = (int) positive(tuple.getValueNode(), inner, 600);
                default -> throw problem("unknown-download-setting", inner, String.join(", ", DOWNLOAD_KEYS));
            }
        }
    }

    private Map<String, String> keys(Node value, Where where, String name) throws ConfigException {
        if (value instanceof ScalarNode && nullable(value, where) == null) {
            return Map.of();
        }
        if (!(value instanceof MappingNode mapping)) {
            throw problem("keys", where);
        }
        Map<String, String> keys = new LinkedHashMap<>();
        Map<String, String> actionOfKey = new HashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            String action = keyOf(tuple, name);
            Where inner = new Where(name, line(tuple.getKeyNode()), "keys." + action);
            String key = scalar(tuple.getValueNode(), inner);
            String keyName;
            try {
                keyName = keyCheck.keyName(action, key);
            } catch (IllegalArgumentException e) {
                throw new ConfigException(inner + e.getMessage());
            }
            String earlier = actionOfKey.putIfAbsent(keyName, action);
            if (earlier != null && !earlier.equals(action)) {
                throw problem("key-taken", inner, keyName, earlier);
            }
            keys.put(action, key);
        }
        return keys;
    }

    /** A lone {@code ~} never gets here: YAML reads it as null. */
    private Path expandHome(String path) {
        return path.startsWith("~/") ? home.resolve(path.substring(2)) : Path.of(path);
    }
}
