package newsreader.search;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsreader.config.InterfaceLanguage;
import newsreader.post.Post;
import newsreader.render.ArticleRenderer;
import newsreader.render.Block;
import newsreader.text.CellWidth;
import newsreader.text.SafeText;

/**
 * A post's body as one line of plain text: what the reader shows, with the same parser, so that search finds what
 * the user sees (HTML and Markdown alike, entities decoded, scripts and styles gone) and a snippet reads like the
 * article. The reference markers the renderer puts into running text ({@code [3]}, {@code [image 4: alt]}) are taken
 * out, keeping an image's alt text, so that the word "image" does not match every post with a picture.
 */
final class ArticleText {
    /** The renderer's markers for links, images and embedded media; group 1 is an image's alt text. */
    private static final Pattern MARKER = Pattern.compile("\\[(?:(?:image|embed|video|audio|object) )?\\d+(?:: ([^\\]]*))?\\]");

    /** Always the English markers, whatever the interface speaks: they are the ones {@link #MARKER} takes out. */
    private final ArticleRenderer renderer = new ArticleRenderer(CellWidth.standard()).inLanguage(InterfaceLanguage.ENGLISH);

    /** The body's text, safe to show (no control characters) and with runs of white space made one space. */
    String of(Post post) {
        StringBuilder out = new StringBuilder(post.body().length() / 2 + 16);
        for (Block block : renderer.parse(post).blocks()) {
            append(block, out);
        }
        String text = withoutMarkers(out);
        return singleSpaced(SafeText.line(text)).strip();
    }

    /**
     * Runs of spaces made one. A safe line has no other white space that {@code \s} matches (tabs and line breaks
     * became spaces, the rest of the control characters went): one pass, where a regular expression cost as much
     * as the rest of the cleaning.
     */
    private static String singleSpaced(String line) {
        if (!line.contains("  ")) {
            return line;
        }
        StringBuilder out = new StringBuilder(line.length());
        char previous = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c != ' ' || previous != ' ') {
                out.append(c);
            }
            previous = c;
        }
        return out.toString();
    }

    private static void append(Block block, StringBuilder out) {
        if (block instanceof Block.Paragraph p) {
            part(out, p.text());
        } else if (block instanceof Block.Heading h) {
            part(out, h.text());
        } else if (block instanceof Block.Caption c) {
            part(out, c.text());
        } else if (block instanceof Block.Code c) {
            part(out, c.text());
        } else if (block instanceof Block.Quote q) {
            appendAll(q.blocks(), out);
        } else if (block instanceof Block.Indented d) {
            appendAll(d.blocks(), out);
        } else if (block instanceof Block.ListBlock l) {
            l.items().forEach(item -> appendAll(item, out));
        } else if (block instanceof Block.Table t) {
            t.rows().forEach(row -> row.forEach(cell -> part(out, cell)));
        }
        // A rule has no words.
    }

    private static void appendAll(List<Block> blocks, StringBuilder out) {
        for (Block block : blocks) {
            append(block, out);
        }
    }

    /** Blocks are kept apart by a space so that the last word of one does not run into the first of the next. */
    private static void part(StringBuilder out, String text) {
        if (!text.isEmpty()) {
            out.append(text).append(' ');
        }
    }

    private static String withoutMarkers(StringBuilder text) {
        if (text.indexOf("[") < 0) {
            return text.toString();
        }
        Matcher marker = MARKER.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (marker.find()) {
            String alt = marker.group(1);
            marker.appendReplacement(out, alt == null ? "" : Matcher.quoteReplacement(alt));
        }
        marker.appendTail(out);
        return out.toString();
    }
}
