package newsreader.post;

import java.math.BigDecimal;

/** Front matter values where text is expected: numbers and booleans count as their text, lists and maps do not. */
final class Scalars {
    private Scalars() {
    }

    /** The value as trimmed text, or null when it is absent, blank or not a single value. */
    static String text(Object value) {
        String text;
        if (value instanceof String s) {
            text = s;
        } else if ((value instanceof Double || value instanceof Float) && Double.isFinite(((Number) value).doubleValue())) {
            // 2022.10 should not come back as 2022.1E0 or lose its written form more than needed
            text = new BigDecimal(value.toString()).toPlainString();
        } else if (value instanceof Number || value instanceof Boolean) {
            text = value.toString();
        } else {
            return null;
        }
        String trimmed = text.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }
}
