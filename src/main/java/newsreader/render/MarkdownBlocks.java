package newsreader.render;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Markdown bodies: CommonMark with GFM tables, rendered to HTML and then walked by {@link HtmlBlocks}, so raw HTML
 * inside Markdown and the Markdown itself end in one document model. Hexo's common tag plugins are read first.
 */
final class MarkdownBlocks {
    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Pattern ASSET_IMG = Pattern.compile("\\{%\\s*(?:asset_img|img)\\s+(\\S+)([^%]*)%\\}");
    private static final Pattern CODEBLOCK = Pattern.compile(
            "\\{%\\s*codeblock[^%]*%\\}\\n?(.*?)\\{%\\s*endcodeblock\\s*%\\}", Pattern.DOTALL);

    private final Parser parser = Parser.builder().extensions(EXTENSIONS).inlineParserFactory(new InlineBudget()).build();
    private final HtmlRenderer renderer = HtmlRenderer.builder().extensions(EXTENSIONS).build();
    private final HtmlBlocks html;

    MarkdownBlocks(References references) {
        this.html = new HtmlBlocks(references);
    }

    List<Block> parse(String markdown) {
        return html.parse(renderer.render(parser.parse(hexoTags(markdown))));
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
