package newsreader.render;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import newsreader.config.InterfaceLanguage;
import newsreader.post.BodyFormat;
import newsreader.post.PlaceholderImages;
import newsreader.post.Post;
import newsreader.post.PostMeta;
import newsreader.text.CellWidth;
import newsreader.text.SafeText;

/** Turns a post into lines of text at a width: header, body blocks, numbered references. */
public final class ArticleRenderer {
    /** Bodies larger than this are cut before parsing, with a note, so one huge post cannot stall the reader. */
    public static final int MAX_BODY_CHARS = 2 * 1024 * 1024;

    private final CellWidth widths;
    private final DateLabel dates;
    /**
     * Which header image addresses are random placeholders, shown as {@code Image: (placeholder)}. A plain predicate
     * because the list comes from the settings, which {@code reading} turns into a recogniser; render must not depend
     * on {@code reading} or {@code open}, which use the same recogniser for the {@code o} key.
     */
    private final Predicate<String> placeholder;
    /** What the reader's chosen Chinese script makes of shown text (the title, categories, tags and body). */
    private final UnaryOperator<String> shown;
    /** The article's fixed words; null for those of the language the interface speaks when an article is made. */
    private final ArticleWords words;

    public ArticleRenderer(CellWidth widths) {
        this(widths, DateLabel.local());
    }

    public ArticleRenderer(CellWidth widths, DateLabel dates) {
        this(widths, dates, PlaceholderImages.defaults());
    }

    public ArticleRenderer(CellWidth widths, DateLabel dates, Predicate<String> placeholder) {
        this(widths, dates, placeholder, UnaryOperator.identity());
    }

    /** @param shown the conversion of shown text to the reader's Chinese script, decided by the reading core */
    public ArticleRenderer(CellWidth widths, DateLabel dates, Predicate<String> placeholder, UnaryOperator<String> shown) {
        this(widths, dates, placeholder, shown, null);
    }

    private ArticleRenderer(CellWidth widths, DateLabel dates, Predicate<String> placeholder, UnaryOperator<String> shown,
            ArticleWords words) {
        this.widths = widths;
        this.dates = dates;
        this.placeholder = placeholder;
        this.shown = shown;
        this.words = words;
    }

    /**
     * This renderer with the fixed words of {@code language} whatever the interface speaks: the search index reads
     * articles in one language, so that the markers it takes out are always the same.
     */
    public ArticleRenderer inLanguage(InterfaceLanguage language) {
        return new ArticleRenderer(widths, dates, placeholder, shown, ArticleWords.in(language));
    }

    private ArticleWords words() {
        return words != null ? words : ArticleWords.spoken();
    }

    /** Parses a post's body once; the result can be laid out at any width. */
    public ParsedArticle parse(Post post) {
        References references = new References();
        String body = post.body();
        boolean cut = body.length() > MAX_BODY_CHARS;
        if (cut) {
            body = body.substring(0, MAX_BODY_CHARS);
        }
        ArticleWords said = words();
        List<Block> blocks = new ArrayList<>(isHtml(post.meta(), body)
                ? new HtmlBlocks(references, said).parse(body)
                : new MarkdownBlocks(references, said).parse(body));
        if (cut) {
            blocks.add(new Block.Paragraph(said.bodyCut(MAX_BODY_CHARS / (1024 * 1024))));
        }
        return new ParsedArticle(post.meta(), List.copyOf(new ShownText(shown).blocks(blocks)), references.all());
    }

    public RenderedArticle render(Post post, int width) {
        return layout(parse(post), width);
    }

    /**
     * For a screen that cuts lines at its edge (the full-screen reader): as {@link #render}, with lines that hold a
     * whole address wider than the width folded, each piece marked as part of that address ({@link ScreenFold}).
     */
    public RenderedArticle renderForScreen(Post post, int width) {
        return new ScreenFold(widths).fold(render(post, width));
    }

    /**
     * Lays a parsed article out at {@code width} cells: no line is wider, except a line that is one address, which
     * stands whole so that it can be copied or clicked.
     */
    public RenderedArticle layout(ParsedArticle article, int width) {
        int w = Math.max(1, width);
        ArticleWords said = words();
        BlockLayout layout = new BlockLayout(widths, said);
        List<StyledLine> lines = new ArrayList<>(header(article.meta(), w, layout, said));
        lines.add(StyledLine.blank());
        lines.addAll(layout.layout(article.blocks(), w));
        if (!article.references().isEmpty()) {
            lines.add(StyledLine.blank());
            lines.addAll(layout.wrapped(said.references, w, LineStyle.HEADING));
            for (Reference ref : article.references()) {
                String label = "[" + ref.number() + "] ";
                String text = ref.image() ? said.referencedImage(ref.url()) : ref.url();
                lines.addAll(layout.labelled(label, text, w, LineStyle.REFERENCE));
            }
        }
        return new RenderedArticle(List.copyOf(lines), article.references(), w);
    }

    /** Each label is measured in cells where it is laid out, so a Chinese label's value lines up under it too. */
    private List<StyledLine> header(PostMeta meta, int width, BlockLayout layout, ArticleWords said) {
        List<StyledLine> out = new ArrayList<>(layout.title(shown.apply(SafeText.line(meta.title()).strip()), width));
        out.addAll(layout.labelled(said.date, dateText(meta, said), width, LineStyle.META));
        if (meta.updated() != null) {
            out.addAll(layout.labelled(said.updated, dates.of(meta.updated()), width, LineStyle.META));
        }
        if (meta.author() != null && !meta.author().isBlank()) {
            out.addAll(layout.labelled(said.author, SafeText.line(meta.author()).strip(), width, LineStyle.META));
        }
        for (List<String> path : meta.categories()) {
            out.addAll(layout.labelled(said.category, shown.apply(CategoryPath.of(path)), width, LineStyle.META));
        }
        if (!meta.tags().isEmpty()) {
            out.addAll(layout.labelled(said.tags, shown.apply(SafeText.line(String.join(", ", meta.tags()))), width, LineStyle.META));
        }
        if (meta.image() != null && !meta.image().isBlank()) {
            // A random picsum.photos picture says nothing about the post: its address would only invite opening it.
            String image = placeholder.test(meta.image()) ? said.placeholder : SafeText.line(meta.image()).strip();
            out.addAll(layout.labelled(said.image, image, width, LineStyle.META));
        }
        return out;
    }

    private String dateText(PostMeta meta, ArticleWords said) {
        if (!meta.undated()) {
            return dates.of(meta.date());
        }
        String raw = meta.rawDate() == null ? "" : SafeText.line(meta.rawDate()).strip();
        return raw.isEmpty() ? said.undated() : said.undated(raw);
    }

    /**
     * RSS-to-Hexo archives keep the feed item's HTML in a {@code .md} file as one {@code <div>}. CommonMark would end
     * that HTML block at its first blank line and read the indented lines after it as code, so such a body is
     * read as HTML, which is what it is.
     */
    static boolean isHtml(PostMeta meta, String body) {
        if (meta.format() == BodyFormat.HTML) {
            return true;
        }
        String trimmed = body.strip();
        return trimmed.regionMatches(true, 0, "<div", 0, 4) && trimmed.regionMatches(true, trimmed.length() - 6, "</div>", 0, 6);
    }
}
