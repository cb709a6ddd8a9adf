package newsreader.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;

/**
 * JSON Lines for the commands' {@code --json}: values are the posts' data unchanged, but characters a terminal could
 * act on (C0, DEL, C1, bidi controls, line separators) are written as {@code \\uXXXX} escapes, so the bytes are safe
 * to print; CJK and other text stay readable.
 */
final class SafeJson {
    private final ObjectMapper mapper = new ObjectMapper();

    SafeJson() {
        mapper.getFactory().setCharacterEscapes(new ControlEscapes());
    }

    /** One JSON object on one line, without the line break. */
    String line(Map<String, Object> row) {
        try {
            return mapper.writeValueAsString(row);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON for " + row.get("path"), e);
        }
    }

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
            return dangerous ? new SerializedString(String.format("\\u%04x", ch)) : null;
        }
    }
}
