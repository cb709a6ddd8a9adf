package newsreader.post;

/**
 * The control characters a front matter may hold by mistake (an ESC pasted into a title by a feed converter, a NUL,
 * a C1 byte read as Latin-1). SnakeYAML refuses a document holding any of them, and Jackson a JSON string, which would
 * turn the whole post into a problem for one stray character; the terminal would never be shown them anyway
 * ({@code SafeText} drops them). A post is never lost for a stray byte.
 *
 * <p>They are not simply deleted before parsing: {@code title: ESC[31mRed} would become {@code title: [31mRed}, a flow
 * list, and fail. Each is replaced by {@link #MARK}, a Unicode noncharacter (reserved for a program's internal use,
 * never in a real post, and a plain character to YAML and JSON), and the mark is removed from every value and key once
 * parsed ({@link FieldValues}). Tab and line breaks are the syntax's own and stay, so error messages still name the
 * file's lines; every other check (size, nesting, aliases, tags) is unchanged.
 */
final class StrayControls {
    static final char MARK = '\uFDD0';

    private StrayControls() {
    }

    /** {@code text} with each C0 control other than tab, line feed and carriage return, DEL and C1 control marked. */
    static String marked(String text) {
        char[] chars = null;
        for (int i = 0; i < text.length(); i++) {
            if (isStray(text.charAt(i))) {
                if (chars == null) {
                    chars = text.toCharArray();
                }
                chars[i] = MARK;
            }
        }
        return chars == null ? text : new String(chars);
    }

    /** A parsed value without the marks {@link #marked} left. */
    static String unmarked(String value) {
        return value.indexOf(MARK) < 0 ? value : value.replace(String.valueOf(MARK), "");
    }

    private static boolean isStray(char c) {
        return c < 0x20 ? c != '\t' && c != '\n' && c != '\r' : c == 0x7f || c >= 0x80 && c <= 0x9f;
    }
}
