package newsreader.line;

/** What a user typed after a command, as JLine's completion may have written it. */
final class TypedText {
    private TypedText() {
    }

    /**
     * Drops backslashes that escape the next character ({@code Hacker\ News}, as completion types it) and quotes
     * around the whole argument.
     */
    static String unescape(String typed) {
        String text = typed.strip();
        if (text.length() >= 2 && (text.charAt(0) == '"' || text.charAt(0) == '\'')
                && text.charAt(text.length() - 1) == text.charAt(0)) {
            return text.substring(1, text.length() - 1);
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                c = text.charAt(++i);
            }
            out.append(c);
        }
        return out.toString();
    }
}
