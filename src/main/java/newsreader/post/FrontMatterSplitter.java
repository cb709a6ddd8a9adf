package newsreader.post;

import java.util.regex.Pattern;

/**
 * Finds where a post's front matter is in its text (BOM already removed), without parsing it.
 *
 * <p>Forms: a {@code ---}, {@code +++} or {@code ;;;} line, the front matter, the same line again (blank lines may come
 * first: the RSS-to-Hexo archives start every file with one). Hexo also accepts front matter without the opening line:
 * YAML or JSON from the first line up to a {@code ---} or {@code ;;;} line. That form is only a candidate here (the
 * first line must look like {@code key:} or start a JSON object); it counts only if it then parses as a set of fields,
 * which is the caller's decision, because a Markdown post may well contain a {@code ---} rule.
 */
final class FrontMatterSplitter {
    /** A YAML key at the start of a line ({@code title:}), the only way a headless YAML front matter can begin. */
    private static final Pattern YAML_KEY_LINE = Pattern.compile("[A-Za-z_][\\w.-]*[ \\t]*:(?:[ \\t\\r].*|)", Pattern.DOTALL);

    private final int maxContentChars;

    /** @param maxContentChars front matter longer than this is refused, whether or not it closes later */
    FrontMatterSplitter(int maxContentChars) {
        this.maxContentChars = maxContentChars;
    }

    /** The outcome of looking for front matter. */
    sealed interface Split permits Found, Absent, Incomplete {
    }

    /**
     * Front matter was found.
     *
     * @param content    the text between the delimiters
     * @param firstLine  the 1-based line of the file where {@code content} starts (for error messages)
     * @param bodyStart  index in the text where the body starts (after the closing line)
     * @param delimited  false for the headless form (no opening line), which is only a candidate
     */
    record Found(FrontMatterSyntax syntax, String content, int firstLine, int bodyStart, boolean delimited) implements Split {
    }

    /** The text has no front matter: it is all body. */
    record Absent() implements Split {
    }

    /** More text is needed to decide; {@code opened} when an opening delimiter was seen (so it may be too long). */
    record Incomplete(boolean opened) implements Split {
    }

    /**
     * @param text     the post's text, or the head of it
     * @param complete whether {@code text} is the whole file (else a missing closing line may simply lie further on)
     * @throws PostException when a complete text opens a front matter and never closes it, or when an opened front
     *                       matter runs longer than the limit (the same answer for a head as for the whole file)
     */
    Split split(String text, boolean complete) throws PostException {
        Lines lines = new Lines(text);
        String first;
        do {
            first = lines.next();
            if (first == null || !lines.lineComplete(complete)) {
                return complete ? new Absent() : new Incomplete(false);
            }
        } while (first.isBlank());
        int contentStart = lines.position();
        int firstLine = lines.number() + 1;

        FrontMatterSyntax opening = FrontMatterSyntax.ofDelimiter(first);
        if (opening != null) {
            return findClosing(lines, contentStart, firstLine, opening, complete, text, maxContentChars);
        }
        boolean headlessCandidate = YAML_KEY_LINE.matcher(first).matches() || first.startsWith("{") || first.startsWith("\"");
        if (!headlessCandidate) {
            return new Absent();
        }
        int headlessStart = lines.startOfLast();
        for (String line = lines.next(); line != null && lines.lineComplete(complete); line = lines.next()) {
            if (lines.startOfLast() - headlessStart > maxContentChars) {
                return new Absent(); // too long to be front matter, so it never was
            }
            FrontMatterSyntax closing = FrontMatterSyntax.ofDelimiter(line);
            if (closing == FrontMatterSyntax.YAML || closing == FrontMatterSyntax.JSON) {
                String content = text.substring(headlessStart, lines.startOfLast());
                return new Found(closing, content, firstLine - 1, lines.position(), false);
            }
        }
        return complete ? new Absent() : new Incomplete(false);
    }

    private static Split findClosing(Lines lines, int contentStart, int firstLine, FrontMatterSyntax syntax,
                                     boolean complete, String text, int maxContentChars) throws PostException {
        for (String line = lines.next(); line != null && lines.lineComplete(complete); line = lines.next()) {
            if (lines.startOfLast() - contentStart > maxContentChars) {
                throw FrontMatterParser.tooLarge(maxContentChars);
            }
            if (FrontMatterSyntax.ofDelimiter(line) == syntax) {
                return new Found(syntax, text.substring(contentStart, lines.startOfLast()), firstLine, lines.position(), true);
            }
        }
        if (!complete) {
            return new Incomplete(true);
        }
        throw new PostException(ProblemReason.of("front-matter.not-closed", syntax.delimiterLine()));
    }

    /** Walks the lines of a text; CR before LF stays in the line, where delimiter matching ignores it. */
    private static final class Lines {
        private final String text;
        private int position;
        private int startOfLast;
        private int number;
        private boolean lastEndedWithNewline;

        Lines(String text) {
            this.text = text;
        }

        String next() {
            if (position >= text.length()) {
                return null;
            }
            startOfLast = position;
            int newline = text.indexOf('\n', position);
            number++;
            if (newline < 0) {
                position = text.length();
                lastEndedWithNewline = false;
                return text.substring(startOfLast);
            }
            position = newline + 1;
            lastEndedWithNewline = true;
            return text.substring(startOfLast, newline);
        }

        /** In a head (not the whole file) the last line may be cut short, so it cannot be judged yet. */
        boolean lineComplete(boolean textComplete) {
            return textComplete || lastEndedWithNewline;
        }

        int position() {
            return position;
        }

        int startOfLast() {
            return startOfLast;
        }

        /** The 1-based number of the line last returned. */
        int number() {
            return number;
        }
    }
}
