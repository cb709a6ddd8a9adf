package newsreader.line;

import java.util.OptionalInt;

/** A post number as typed: ASCII or full-width digits (a Chinese input method types １２), counted from 1. */
final class PostNumber {
    private static final int MAX_DIGITS = 9;

    private PostNumber() {
    }

    /** Whether the text is only digits (then it means "open that post", even when it is out of range). */
    static boolean looksLikeOne(String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The number, or empty when the text is not one; too many digits reads as a very large number. */
    static OptionalInt parse(String text) {
        String digits = text.strip();
        if (!looksLikeOne(digits)) {
            return OptionalInt.empty();
        }
        if (digits.length() > MAX_DIGITS) {
            return OptionalInt.of(Integer.MAX_VALUE);
        }
        int value = 0;
        for (int i = 0; i < digits.length(); i++) {
            value = value * 10 + Character.digit(digits.charAt(i), 10);
        }
        return OptionalInt.of(value);
    }
}
