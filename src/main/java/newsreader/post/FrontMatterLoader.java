package newsreader.post;

import java.util.Map;

/** Parses the text of one front matter into its fields. */
interface FrontMatterLoader {
    /**
     * @param content   the front matter text, without delimiters
     * @param firstLine the file's line number where {@code content} starts, so errors can name the file's line
     * @throws PostException with a one-line reason when the text is not valid or not a set of fields
     */
    Map<String, Object> load(String content, int firstLine) throws PostException;
}
