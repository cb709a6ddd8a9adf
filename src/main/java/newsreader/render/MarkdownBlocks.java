package newsreader.render;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Markdown bodies: CommonMark with GFM tables and {@code ~~strikethrough~~} (two tildes only: a single {@code ~}
 * is a range in Chinese text, {@code 3~5天}), footnotes ({@link MarkdownFootnotes}), rendered to HTML and then walked by {@link HtmlBlocks}, so raw HTML
 * inside Markdown and the Markdown itself end in one document model. Hexo's common tag plugins are read first.
 */
final class MarkdownBlocks {
    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(),
            StrikethroughExtension.builder().requireTwoTildes(true).build());
    private static final Pattern ASSET_IMG = Pattern.compile("\\{%\\s*(?:asset_img|img)\\s+(\\S+)([^%]*)%\\}");
    private static final Pattern CODEBLOCK = Pattern.compile(
            "\\{%\\s*codeblock[^%]*%\\}\\n?(.*?)\\{%\\s*endcodeblock\\s*%\\}", Pattern.DOTALL);

    private final Parser parser = Parser.builder().extensions(EXTENSIONS).inlineParserFactory(new InlineBudget()).build();
    private final HtmlRenderer renderer = HtmlRenderer.builder().extensions(EXTENSIONS).build();
    private final HtmlBlocks html;
    /** The heading of the section that holds a post's footnotes. */
    private final String notesHeading;

    MarkdownBlocks(References references, ArticleWords words) {
        this.html = new HtmlBlocks(references, words);
        this.notesHeading = words.notes;
    }

    List<Block> parse(String markdown) {
        MarkdownFootnotes.Split split = MarkdownFootnotes.of(hexoTags(markdown));
        List<Block> blocks = new ArrayList<>(html.parse(renderer.render(parser.parse(split.body()))));
        if (!split.notes().isEmpty()) {
            blocks.add(new Block.Heading(2, notesHeading));
            for (MarkdownFootnotes.Note note : split.notes()) {
                blocks.addAll(note(note));
            }
        }
        return blocks;
    }

    /** A note's blocks, its number leading its first paragraph as the marker in the text reads: {@code [^1] …}. */
    private List<Block> note(MarkdownFootnotes.Note note) {
        String marker = "[^" + note.number() + "]";
        List<Block> blocks = new ArrayList<>(html.parse(renderer.render(parser.parse(note.markdown()))));
        if (!blocks.isEmpty() && blocks.get(0) instanceof Block.Paragraph p) {
            blocks.set(0, new Block.Paragraph(marker + " " + p.text()));
        } else {
            blocks.add(0, new Block.Paragraph(marker));
        }
        return blocks;
    }

    /** Hexo tag plugins that carry content: {@code {% asset_img x.png title %}} and {@code {% codeblock %}}. */
    static String hexoTags(String markdown) {
        if (markdown.indexOf("{%") < 0) {
            return markdown;
        }
        String withImages = ASSET_IMG.matcher(markdown).replaceAll(m ->
                Matcher.quoteReplacement("![" + m.group(2).strip().replace("]", "") + "](" + m.group(1) + ")"));
        return CODEBLOCK.matcher(withImages).replaceAll(m ->
                Matcher.quoteReplacement("\n```\n" + m.group(1) + "\n```\n"));
    }
}
