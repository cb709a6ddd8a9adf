package newsreader.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import newsreader.post.PostMeta;
import newsreader.post.PostProblem;

/**
 * {@code list --json}: one JSON object a line. Values are the post's data unchanged; characters that a terminal
 * could act on (C0, DEL, C1, bidi controls, line separators) are written as {@code \\uXXXX} escapes so that the bytes
 * are safe to print.
 */
final class JsonLines {
    private final ObjectMapper mapper = new ObjectMapper();
    private final PrintWriter out;

    JsonLines(PrintWriter out) {
        this.out = out;
        mapper.getFactory().setCharacterEscapes(new ControlEscapes());
    }

    void post(PostMeta post) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("path", post.path().toString());
        row.put("title", post.title());
        row.put("date", post.date() == null ? null : post.date().toString());
        row.put("undated", post.undated());
        row.put("categories", post.categories());
        row.put("tags", post.tags());
        row.put("author", post.author());
        row.put("image", post.image());
        row.put("problem", null);
        write(row);
    }

    void problem(PostProblem problem) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("path", problem.path().toString());
        row.put("title", null);
        row.put("date", null);
        row.put("undated", true);
        row.put("categories", List.of());
        row.put("tags", List.of());
        row.put("author", null);
        row.put("image", null);
        row.put("problem", problem.reason());
        write(row);
    }

    private void write(Map<String, Object> row) {
        try {
            out.println(mapper.writeValueAsString(row));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON for " + row.get("path"), e);
        }
    }

    /** Escapes what must never reach a terminal raw; leaves CJK and other text readable. */
    private static final class ControlEscapes extends CharacterEscapes {
        private final int[] ascii;

        ControlEscapes() {
            ascii = standardAsciiEscapesForJSON();
            ascii[0x7f] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            boolean dangerous = (ch >= 0x80 && ch <= 0x9f) || (ch >= 0x202a && ch <= 0x202e)
                    || (ch >= 0x2066 && ch <= 0x2069) || ch == 0x200e || ch == 0x200f || ch == 0x061c
                    || ch == 0x2028 || ch == 0x2029;
            return dangerous ? new com.fasterxml.jackson.core.io.SerializedString(String.format("\\u%04x", ch)) : null;
        }
    }
}
