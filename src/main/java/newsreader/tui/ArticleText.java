package newsreader.tui;

import java.util.LinkedHashMap;
import java.util.Map;
import newsreader.post.PostMeta;
import newsreader.render.StyledLine;

/**
 * The open article as plain text, for {@code |} and {@code S}: the lines {@code show} prints for it (header, body,
 * numbered references) at the width it is laid out at, and what a command may want to know about the post.
 */
final class ArticleText {
    /** Front-matter fields that hold the post's address on the web, in the order they are trusted. */
    private static final String[] ADDRESS_FIELDS = {"permalink", "url", "link", "source"};

    private ArticleText() {
    }

    static String of(OpenArticle article) {
        StringBuilder text = new StringBuilder();
        for (StyledLine line : article.lines) {
            text.append(line.text()).append('\n');
        }
        return text.toString();
    }

    /**
     * The title, file and address of the post, for a piped command's environment: never spliced into its command
     * line, where a title's quote or {@code $(…)} would be shell syntax.
     */
    static Map<String, String> environment(PostMeta meta) {
        Map<String, String> environment = new LinkedHashMap<>();
        if (meta == null) {
            return environment;
        }
        environment.put("NEWSREADER_TITLE", meta.title());
        environment.put("NEWSREADER_PATH", meta.path().toAbsolutePath().toString());
        String address = address(meta);
        if (address != null) {
            environment.put("NEWSREADER_URL", address);
        }
        return environment;
    }

    private static String address(PostMeta meta) {
        if (meta.extra() == null) {
            return null;
        }
        for (String field : ADDRESS_FIELDS) {
            Object value = meta.extra().get(field);
            if (value instanceof String text && (text.startsWith("http://") || text.startsWith("https://"))) {
                return text.strip();
            }
        }
        return null;
    }

    /** The file name {@code S} offers: the post's own name with {@code .txt}, in the current directory. */
    static String defaultSaveName(PostMeta meta) {
        if (meta == null) {
            return "article.txt";
        }
        String name = meta.path().getFileName().toString();
        int dot = name.lastIndexOf('.');
        return (dot > 0 ? name.substring(0, dot) : name) + ".txt";
    }
}
