package newsreader.post;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads the YAML front matter that nearly every post holds without SnakeYAML, which costs most of a scan: top-level
 * {@code key: value} lines whose values are plain, single-quoted or simple double-quoted scalars on one line, or a
 * block list of such scalars ({@code categories:} then {@code  - name} lines).
 *
 * <p>Gives exactly what SnakeYAML with {@link HexoLikeResolver} gives for what it accepts (scalars are resolved by the
 * same resolver), and null for anything else, however ordinary (a comment after a value, a multi-line or escaped
 * string, a flow list, a nested map, an anchor, a tab, a control character, a repeated key, a number that is not a
 * plain decimal integer): SnakeYAML then reads it, with its safety limits and its error messages. A property test
 * holds the two to agreeing. Thread-safe.
 */
final class SimpleYaml {
    /** Resolutions remembered: keys and many values ({@code false}, an author) recur in every post. */
    private static final int MAX_REMEMBERED = 4096;
    private static final int MAX_REMEMBERED_LENGTH = 40;

    private final HexoLikeResolver resolver = new HexoLikeResolver();
    private final Map<String, Tag> resolved = new ConcurrentHashMap<>();

    /** The fields, in file order, or null when the text is not in the simple form. */
    Map<String, Object> read(String content) {
        if (!printable(content)) {
            return null;
        }
        List<String> lines = lines(content);
        if (lines == null) {
            return null;
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        int i = 0;
        while (i < lines.size()) {
            String line = lines.get(i++);
            if (skippable(line)) {
                continue;
            }
            int colon = keyEnd(line);
            if (colon < 0) {
                return null;
            }
            String key = line.substring(0, colon);
            if (!Tag.STR.equals(resolve(key)) || fields.containsKey(key)) {
                return null;
            }
            String rest = stripSpaces(line.substring(colon + 1));
            Object value;
            if (rest.isEmpty()) {
                int next = i;
                while (next < lines.size() && skippable(lines.get(next))) {
                    next++;
                }
                if (next < lines.size() && isListItem(lines.get(next))) {
                    List<Object> items = new ArrayList<>();
                    int indent = indentOf(lines.get(next));
                    for (i = next; i < lines.size(); i++) {
                        String item = lines.get(i);
                        if (skippable(item)) {
                            continue;
                        }
                        if (!isListItem(item)) {
                            break;
                        }
                        if (indentOf(item) != indent) {
                            return null;
                        }
                        String text = stripSpaces(item.substring(indent + 1));
                        Object scalar = text.isEmpty() ? null : scalar(text);
                        if (scalar == NOT_SIMPLE) {
                            return null;
                        }
                        items.add(scalar);
                    }
                    value = items;
                } else {
                    value = null;
                }
            } else {
                value = scalar(rest);
                if (value == NOT_SIMPLE) {
                    return null;
                }
            }
            fields.put(key, value);
        }
        return fields.isEmpty() ? null : fields;
    }

    private static final Object NOT_SIMPLE = new Object();

    /** A scalar on one line: quoted, or plain and resolved as SnakeYAML would; {@link #NOT_SIMPLE} otherwise. */
    private Object scalar(String text) {
        char first = text.charAt(0);
        if (first == '\'') {
            return singleQuoted(text);
        }
        if (first == '"') {
            int close = text.indexOf('"', 1);
            if (close < 0 || close != text.length() - 1 || text.indexOf('\\') >= 0) {
                return NOT_SIMPLE;
            }
            return text.substring(1, close);
        }
        if ("-?:,[]{}#&*!|>%@`".indexOf(first) >= 0 || text.contains(": ") || text.endsWith(":")
                || text.contains(" #")) {
            return NOT_SIMPLE;
        }
        Tag tag = resolve(text);
        if (Tag.STR.equals(tag)) {
            return text;
        }
        if (Tag.NULL.equals(tag)) {
            return null;
        }
        if (Tag.BOOL.equals(tag)) {
            return Boolean.valueOf(text.equalsIgnoreCase("true"));
        }
        if (Tag.INT.equals(tag) && isPlainDecimal(text)) {
            return integer(text);
        }
        return NOT_SIMPLE;
    }

    /** The tag SnakeYAML's resolver gives a plain scalar; its regular expressions are the costly part, so remember. */
    private Tag resolve(String plain) {
        Tag tag = resolved.get(plain);
        if (tag == null) {
            tag = resolver.resolve(NodeId.scalar, plain, true);
            if (plain.length() <= MAX_REMEMBERED_LENGTH && resolved.size() < MAX_REMEMBERED) {
                resolved.put(plain, tag);
            }
        }
        return tag;
    }

    /** {@code 'it''s'} is {@code it's}; the closing quote must end the text. */
    private static Object singleQuoted(String text) {
        StringBuilder value = new StringBuilder(text.length());
        int i = 1;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\'') {
                if (i + 1 < text.length() && text.charAt(i + 1) == '\'') {
                    value.append('\'');
                    i += 2;
                    continue;
                }
                return i == text.length() - 1 ? value.toString() : NOT_SIMPLE;
            }
            value.append(c);
            i++;
        }
        return NOT_SIMPLE; // not closed on this line: a multi-line string, folded by rules SnakeYAML knows
    }

    private static boolean isPlainDecimal(String text) {
        int start = text.charAt(0) == '-' ? 1 : 0;
        if (start == text.length() || text.charAt(start) == '0' && text.length() > start + 1) {
            return false;
        }
        for (int i = start; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** As SnakeYAML builds it: the smallest of Integer, Long and BigInteger that holds it. */
    private static Object integer(String text) {
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException notInt) {
            try {
                return Long.valueOf(text);
            } catch (NumberFormatException notLong) {
                return new BigInteger(text);
            }
        }
    }

    /** The lines, a CR before each LF dropped; null for a lone CR, a tab or a document marker. */
    private static List<String> lines(String content) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        while (start < content.length()) {
            int newline = content.indexOf('\n', start);
            int end = newline < 0 ? content.length() : newline;
            int stop = end > start && content.charAt(end - 1) == '\r' ? end - 1 : end;
            String line = content.substring(start, stop);
            if (line.indexOf('\r') >= 0 || line.indexOf('\t') >= 0 || line.startsWith("---") || line.startsWith("...")) {
                return null;
            }
            lines.add(line);
            start = end + 1;
        }
        return lines;
    }

    /** YAML separates with spaces only: an ideographic space is part of a value. */
    private static String stripSpaces(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && text.charAt(start) == ' ') {
            start++;
        }
        while (end > start && text.charAt(end - 1) == ' ') {
            end--;
        }
        return text.substring(start, end);
    }

    private static boolean skippable(String line) {
        return stripSpaces(line).isEmpty() || line.charAt(0) == '#';
    }

    /** Where the colon of a {@code key: value} line is: the key plain ASCII from the first column; else -1. */
    private static int keyEnd(String line) {
        char first = line.charAt(0);
        if (!(first == '_' || first >= 'A' && first <= 'Z' || first >= 'a' && first <= 'z')) {
            return -1;
        }
        int i = 1;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == ':') {
                return i + 1 == line.length() || line.charAt(i + 1) == ' ' ? i : -1;
            }
            if (!(c == '_' || c == '-' || c == '.' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z')) {
                return -1;
            }
            i++;
        }
        return -1;
    }

    private static boolean isListItem(String line) {
        int indent = indentOf(line);
        return indent < line.length() && line.charAt(indent) == '-'
                && (indent + 1 == line.length() || line.charAt(indent + 1) == ' ');
    }

    private static int indentOf(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /** YAML allows only printable characters; SnakeYAML names the culprit and its line, so it reads such text. */
    private static boolean printable(String content) {
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            // NEL, LS and PS are line breaks to YAML 1.1: leave them to SnakeYAML too
            if (c < 0x20 ? c != '\n' && c != '\r' : c >= 0x7F && c < 0xA0 || c == 0x2028 || c == 0x2029 || c == 0xFEFF || c >= 0xFFFE
                    || Character.isSurrogate(c) && !validPair(content, i)) {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                i++;
            }
        }
        return true;
    }

    private static boolean validPair(String content, int i) {
        return Character.isHighSurrogate(content.charAt(i)) && i + 1 < content.length()
                && Character.isLowSurrogate(content.charAt(i + 1));
    }
}
