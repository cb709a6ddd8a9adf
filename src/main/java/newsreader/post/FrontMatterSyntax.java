package newsreader.post;

/** The language a front matter is written in, told by its delimiter line. */
enum FrontMatterSyntax {
    YAML('-'),
    JSON(';'),
    TOML('+');

    private final char delimiter;

    FrontMatterSyntax(char delimiter) {
        this.delimiter = delimiter;
    }

    /** The delimiter line as written, e.g. {@code ---}. */
    String delimiterLine() {
        return String.valueOf(delimiter).repeat(3);
    }

    /** The syntax whose delimiter is {@code line} (three or more of its character, trailing blanks allowed), or null. */
    static FrontMatterSyntax ofDelimiter(String line) {
        String trimmed = stripTrailing(line);
        if (trimmed.length() < 3) {
            return null;
        }
        for (FrontMatterSyntax syntax : values()) {
            if (trimmed.chars().allMatch(c -> c == syntax.delimiter)) {
                return syntax;
            }
        }
        return null;
    }

    private static String stripTrailing(String line) {
        int end = line.length();
        while (end > 0 && (line.charAt(end - 1) == ' ' || line.charAt(end - 1) == '\t' || line.charAt(end - 1) == '\r')) {
            end--;
        }
        return line.substring(0, end);
    }
}
