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
        // called for every line of every front matter a scan reads: no stripping copy, no stream
        int end = line.length();
        while (end > 0 && (line.charAt(end - 1) == ' ' || line.charAt(end - 1) == '\t' || line.charAt(end - 1) == '\r')) {
            end--;
        }
        if (end < 3) {
            return null;
        }
        for (FrontMatterSyntax syntax : VALUES) {
            if (repeats(line, end, syntax.delimiter)) {
                return syntax;
            }
        }
        return null;
    }

    private static final FrontMatterSyntax[] VALUES = values();

    private static boolean repeats(String line, int end, char c) {
        for (int i = 0; i < end; i++) {
            if (line.charAt(i) != c) {
                return false;
            }
        }
        return true;
    }
}
