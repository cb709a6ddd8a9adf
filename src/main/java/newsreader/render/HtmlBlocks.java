package newsreader.render;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import newsreader.text.SafeText;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Walks an HTML body with jsoup and turns it into {@link Block}s. The walk is iterative (jsoup's
 * {@link NodeTraversor}), so 100,000 nested {@code <div>}s cannot overflow the stack; containers deeper than
 * {@link #MAX_NESTING} are flattened.
 */
final class HtmlBlocks {
    static final int MAX_NESTING = 40;

    private static final Set<String> DROPPED = Set.of(
            "script", "style", "noscript", "template", "head", "title", "meta", "link", "svg", "math",
            "canvas", "object", "param", "select", "option", "datalist", "input", "textarea", "map", "area",
            "base", "dialog");
    private static final Set<String> EMBEDS = Set.of("iframe", "video", "audio", "embed", "source");
    private static final Set<String> BLOCKS = Set.of(
            "p", "div", "section", "article", "header", "footer", "main", "aside", "nav", "address",
            "center", "details", "summary", "fieldset", "form", "legend", "dl", "dt", "body", "html",
            "hgroup", "picture");
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    /**
     * Elements a {@code <pre>} may hold that make it a page of blocks rather than preformatted text (and a
     * {@code <del>} a deletion of blocks rather than of words).
     */
    /**
     * Blocks that make a {@code <pre>} a feed's whole article wrapped by mistake rather than code. Lines of
     * highlighted code are often {@code <div>}s or {@code <span>}s, so those do not count.
     */
    private static final Set<String> BLOCKS_IN_PRE = Set.of(
            "p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table", "blockquote", "figure", "section",
            "article", "dl", "hr");
    private static final Pattern CAPTION_CLASS = Pattern.compile(
            "(?i)(^|[\\s_-])(caption|img-?desc|image-?desc|pic-?desc|image-?note|img-?note)($|[\\s_-])|wp-caption-text");
    private static final Set<String> DELETIONS = Set.of("del", "s", "strike");

    private final References references;
    private final ArticleWords words;

    HtmlBlocks(References references, ArticleWords words) {
        this.references = references;
        this.words = words;
    }

    /** Parses an HTML fragment (a post body) into blocks. */
    List<Block> parse(String html) {
        Document doc = Jsoup.parseBodyFragment(html);
        Walker walker = new Walker();
        NodeTraversor.filter(walker, doc.body());
        return walker.finish();
    }

    /** What kind of container a part of the document is building. */
    private enum Kind { ROOT, LIST, ITEM, QUOTE, INDENT, FIGURE, CAPTION, HEADING, TABLE, CELL, PRE, FLAT }

    /** One open container: the blocks collected in it so far and the inline text not yet made a paragraph. */
    private static final class Container {
        final Kind kind;
        final Element element;
        final List<Block> blocks = new ArrayList<>();
        final InlineText inline = new InlineText();
        final StringBuilder pre = new StringBuilder();
        final List<List<Block>> items = new ArrayList<>();
        final List<List<String>> rows = new ArrayList<>();
        /** Per row: every cell so far was a {@code <th>} (or the row sits in {@code <thead>}). */
        final List<Boolean> headerRow = new ArrayList<>();
        /** A table's column alignments, from the first cell of each column that asks for one. */
        final List<Block.Alignment> alignments = new ArrayList<>();
        /** A list some item of which holds a paragraph of its own. */
        boolean loose;
        boolean rowOpen;

        Container(Kind kind, Element element) {
            this.kind = kind;
            this.element = element;
        }

        /** Inline-only containers take no blocks: block elements inside them only separate words. */
        boolean inlineOnly() {
            return kind == Kind.HEADING || kind == Kind.CELL || kind == Kind.CAPTION || kind == Kind.FLAT;
        }

        void flushParagraph() {
            if (!inline.isBlank()) {
                blocks.add(new Block.Paragraph(inline.take()));
            } else {
                inline.take();
            }
        }
    }

    private final class Walker implements NodeFilter {
        private final Deque<Container> open = new ArrayDeque<>();
        /** Links being walked, so that their marker follows their text. */
        private final Deque<Element> links = new ArrayDeque<>();

        Walker() {
            open.push(new Container(Kind.ROOT, null));
        }

        @Override
        public FilterResult head(Node node, int depth) {
            Container top = open.peek();
            if (node instanceof TextNode text) {
                String safe = SafeText.multiline(text.getWholeText());
                if (top.kind == Kind.PRE) {
                    top.pre.append(safe);
                } else {
                    top.inline.append(safe);
                }
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element el)) {
                return FilterResult.SKIP_ENTIRELY; // comments, doctypes, data nodes
            }
            String tag = el.normalName();
            if (DROPPED.contains(tag) || isHidden(el)) {
                return FilterResult.SKIP_ENTIRELY;
            }
            if (top.kind == Kind.PRE) {
                if (tag.equals("br")) {
                    top.pre.append('\n');
                } else if (tag.equals("a")) {
                    links.push(el);
                } else if (tag.equals("img")) {
                    top.pre.append(imageMarker(el));
                }
                return FilterResult.CONTINUE;
            }
            if ((tag.equals("sup") || tag.equals("sub")) && Scripts.canFlatten(el)) {
                top.inline.append(Scripts.flatten(el, tag.equals("sup")));
                return FilterResult.SKIP_ENTIRELY;
            }
            switch (tag) {
                case "br" -> top.inline.lineBreak();
                case "img" -> top.inline.appendAtom(imageMarker(el));
                case "a" -> links.push(el);
                case "hr" -> {
                    if (!top.inlineOnly()) {
                        top.flushParagraph();
                        top.blocks.add(new Block.Rule());
                    }
                }
                default -> {
                    if (EMBEDS.contains(tag)) {
                        embed(el, top);
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    if (isDeletionSpan(tag, el)) {
                        top.inline.open(DELETED_OPEN);
                        return FilterResult.CONTINUE;
                    }
                    openContainer(tag, el, top);
                }
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (!(node instanceof Element el)) {
                return FilterResult.CONTINUE;
            }
            Container top = open.peek();
            if (top.element == el) {
                closeContainer();
                return FilterResult.CONTINUE;
            }
            String tag = el.normalName();
            if (tag.equals("a") && !links.isEmpty() && links.peek() == el) {
                links.pop();
                linkMarker(el, top);
            } else if (top.kind == Kind.PRE) {
                return FilterResult.CONTINUE;
            } else if (isDeletionSpan(tag, el)) {
                top.inline.close(DELETED_CLOSE);
            } else if (tag.equals("tr") && top.kind == Kind.TABLE) {
                top.rowOpen = false;
            } else if (isBlockTag(tag)) {
                if (top.inlineOnly()) {
                    top.inline.separate();
                } else {
                    top.flushParagraph();
                }
            }
            return FilterResult.CONTINUE;
        }

        List<Block> finish() {
            while (open.size() > 1) {
                closeContainer();
            }
            Container root = open.peek();
            root.flushParagraph();
            return root.blocks;
        }

        private void openContainer(String tag, Element el, Container top) {
            Kind kind = kindOf(tag, el, top);
            if (kind == null) {
                if (isBlockTag(tag)) {
                    if (top.inlineOnly()) {
                        top.inline.separate();
                    } else {
                        top.flushParagraph();
                    }
                }
                return;
            }
            if (top.inlineOnly() || open.size() > MAX_NESTING) {
                // A block where only words can go, or nesting too deep to draw: keep the words, lose the shape.
                if (top.kind == Kind.FLAT || top.inlineOnly()) {
                    top.inline.separate();
                    return;
                }
                top.flushParagraph();
                open.push(new Container(Kind.FLAT, el));
                return;
            }
            top.flushParagraph();
            if (kind == Kind.CELL && !top.rowOpen) {
                top.rows.add(new ArrayList<>());
                top.headerRow.add(Boolean.TRUE);
                top.rowOpen = true;
            }
            if (kind == Kind.CELL) {
                alignment(el, top);
            }
            if (kind == Kind.ITEM && top.kind != Kind.LIST) {
                // A stray <li> outside a list: give it a list of its own.
                Container list = new Container(Kind.LIST, null);
                open.push(list);
            }
            open.push(new Container(kind, el));
        }

        private Kind kindOf(String tag, Element el, Container top) {
            if (!tag.equals("img") && isCaptionClass(el)) {
                return Kind.CAPTION;
            }
            if (HEADINGS.contains(tag)) {
                return Kind.HEADING;
            }
            return switch (tag) {
                case "ul", "ol", "menu", "dir" -> Kind.LIST;
                case "li" -> Kind.ITEM;
                case "blockquote" -> Kind.QUOTE;
                case "dd" -> Kind.INDENT;
                case "figure" -> Kind.FIGURE;
                case "figcaption" -> Kind.CAPTION;
                // A page wrapped whole in <pre> (with pre-wrap CSS) is laid out as the blocks it holds.
                case "pre", "xmp", "listing", "plaintext" -> holdsBlocks(el) ? null : Kind.PRE;
                case "table" -> Kind.TABLE;
                case "td", "th" -> top.kind == Kind.TABLE ? Kind.CELL : null;
                default -> null;
            };
        }

        private void closeContainer() {
            Container done = open.pop();
            Container parent = open.peek();
            // A stray <li>'s implicit list closes with it.
            boolean closeImplicitList = done.kind == Kind.ITEM && parent.kind == Kind.LIST && parent.element == null;
            switch (done.kind) {
                case HEADING -> {
                    String text = done.inline.take();
                    if (!text.isEmpty()) {
                        parent.blocks.add(new Block.Heading(level(done.element), text));
                    }
                }
                case CAPTION -> {
                    String text = done.inline.take();
                    if (!text.isEmpty()) {
                        parent.blocks.add(new Block.Caption(text));
                    }
                }
                case CELL -> {
                    int row = parent.rows.size() - 1;
                    parent.rows.get(row).add(done.inline.take());
                    boolean header = done.element.normalName().equals("th") || done.element.closest("thead") != null;
                    if (!header) {
                        parent.headerRow.set(row, Boolean.FALSE);
                    }
                }
                case PRE -> {
                    String code = trimBlankEdges(done.pre.toString());
                    if (!code.isBlank()) {
                        parent.blocks.add(new Block.Code(code));
                    }
                }
                case TABLE -> {
                    done.flushParagraph();
                    List<List<String>> rows = new ArrayList<>();
                    int headerRows = 0;
                    boolean leading = true;
                    for (int i = 0; i < done.rows.size(); i++) {
                        List<String> row = done.rows.get(i);
                        if (row.isEmpty()) {
                            continue;
                        }
                        rows.add(List.copyOf(row));
                        leading = leading && done.headerRow.get(i);
                        if (leading) {
                            headerRows++;
                        }
                    }
                    parent.blocks.addAll(done.blocks);
                    if (!rows.isEmpty()) {
                        // A table made only of heading cells has no heading row to set apart.
                        parent.blocks.add(new Block.Table(List.copyOf(rows), headerRows == rows.size() ? 0 : headerRows,
                                List.copyOf(done.alignments)));
                    }
                }
                case LIST -> {
                    done.flushParagraph();
                    if (!done.blocks.isEmpty()) {
                        done.items.add(List.copyOf(done.blocks));
                    }
                    if (!done.items.isEmpty()) {
                        parent.blocks.add(new Block.ListBlock(isOrdered(done.element), start(done.element),
                                List.copyOf(done.items), !done.loose));
                    }
                }
                case ITEM -> {
                    done.flushParagraph();
                    if (parent.kind == Kind.LIST) {
                        parent.loose |= holdsParagraph(done.element);
                        parent.items.add(List.copyOf(done.blocks));
                    } else {
                        parent.blocks.addAll(done.blocks);
                    }
                }
                case QUOTE -> {
                    done.flushParagraph();
                    if (!done.blocks.isEmpty()) {
                        parent.blocks.add(new Block.Quote(List.copyOf(done.blocks)));
                    }
                }
                case INDENT -> {
                    done.flushParagraph();
                    if (!done.blocks.isEmpty()) {
                        parent.blocks.add(new Block.Indented(List.copyOf(done.blocks)));
                    }
                }
                case FIGURE, FLAT, ROOT -> {
                    done.flushParagraph();
                    if (parent.inlineOnly()) {
                        for (Block b : done.blocks) {
                            parent.inline.separate();
                            parent.inline.append(BlockText.plain(b));
                        }
                    } else {
                        parent.blocks.addAll(done.blocks);
                    }
                }
            }
            if (closeImplicitList) {
                closeContainer();
            }
        }

        /** An image's marker, {@code [image 3: alt]}, its address numbered; empty for an image without one. */
        private String imageMarker(Element el) {
            String src = SafeText.line(firstNonBlank(el.attr("src"), el.attr("data-src"), el.attr("data-original"))).strip();
            if (src.isEmpty()) {
                return "";
            }
            String alt = ImageAlt.meaningful(SafeText.line(el.attr("alt")).strip(), src);
            int n = references.number(src, true, alt);
            return words.imageMarker(n, alt);
        }

        private void alignment(Element cell, Container table) {
            int column = table.rows.get(table.rows.size() - 1).size();
            while (table.alignments.size() <= column) {
                table.alignments.add(null);
            }
            if (table.alignments.get(column) == null) {
                table.alignments.set(column, alignmentOf(cell));
            }
        }

        private void embed(Element el, Container top) {
            String src = firstNonBlank(el.attr("src"), el.attr("data-src"), el.select("source[src]").attr("src"));
            if (src.isEmpty()) {
                return;
            }
            String what = el.normalName().equals("iframe") ? "embed" : el.normalName();
            int n = references.number(SafeText.line(src).strip(), false, what);
            top.inline.appendAtom(words.mediaMarker(what, n));
        }

        private void linkMarker(Element el, Container top) {
            String href = SafeText.line(el.attr("href")).strip();
            if (href.isEmpty() || href.startsWith("#") || href.toLowerCase(Locale.ROOT).startsWith("javascript:")) {
                return;
            }
            String text = SafeText.line(el.text()).strip();
            int n = references.number(href, false, text);
            if (top.kind == Kind.PRE || showsItsAddress(text, href)) {
                // The address is there to read (and the reader links it); its number is still in the references.
                return;
            }
            top.inline.appendAfterWord("[" + n + "]", text);
        }
    }

    static final String DELETED_OPEN = "[-";
    static final String DELETED_CLOSE = "-]";

    /** A link written as its own address ({@code <a href="https://x.example/">https://x.example/</a>}). */
    static boolean showsItsAddress(String text, String href) {
        if (text.isEmpty()) {
            return false;
        }
        String a = bare(text);
        String b = bare(href);
        return a.equalsIgnoreCase(b);
    }

    private static String bare(String address) {
        String s = address.replaceFirst("(?i)^(https?://|mailto:)", "");
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }

    /**
     * A block the site marks as a picture's caption ({@code <h4 class="img-desc">}, {@code <p class="wp-caption-text">}):
     * shown as a caption under the picture, not as a heading or paragraph of its own.
     */
    private static boolean isCaptionClass(Element el) {
        String classes = el.className();
        return !classes.isEmpty() && CAPTION_CLASS.matcher(classes).find()
                && (BLOCKS.contains(el.normalName()) || HEADINGS.contains(el.normalName()))
                && el.selectFirst("img") == null;
    }

    /** A deletion inside running text; one that holds whole blocks is walked as the blocks it holds. */
    private static boolean isDeletionSpan(String tag, Element el) {
        return DELETIONS.contains(tag) && !el.text().isBlank() && !holdsBlocks(el);
    }

    private static boolean holdsBlocks(Element pre) {
        for (Element e : pre.getAllElements()) {
            if (e != pre && BLOCKS_IN_PRE.contains(e.normalName())) {
                return true;
            }
        }
        return false;
    }

    /** An item ({@code <li>}) with a paragraph of its own, as Markdown writes the items of a loose list. */
    private static boolean holdsParagraph(Element item) {
        if (item == null) {
            return false;
        }
        for (Element child : item.children()) {
            if (child.normalName().equals("p")) {
                return true;
            }
        }
        return false;
    }

    private static Block.Alignment alignmentOf(Element cell) {
        String align = cell.attr("align").strip().toLowerCase(Locale.ROOT);
        String style = cell.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
        if (align.equals("center") || style.contains("text-align:center")) {
            return Block.Alignment.CENTER;
        }
        if (align.equals("right") || style.contains("text-align:right")) {
            return Block.Alignment.RIGHT;
        }
        return Block.Alignment.LEFT;
    }

    private static boolean isBlockTag(String tag) {
        return BLOCKS.contains(tag) || HEADINGS.contains(tag)
                || Set.of("ul", "ol", "li", "blockquote", "dd", "figure", "figcaption", "pre", "table", "tr", "td", "th",
                "thead", "tbody", "tfoot", "caption").contains(tag);
    }

    /** Elements a browser would not show. */
    private static boolean isHidden(Element el) {
        if (el.hasAttr("hidden")) {
            return true;
        }
        String style = el.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
        return style.contains("display:none") || style.contains("visibility:hidden");
    }

    private static int level(Element heading) {
        return heading.normalName().charAt(1) - '0';
    }

    private static boolean isOrdered(Element list) {
        return list != null && list.normalName().equals("ol");
    }

    private static int start(Element list) {
        if (list == null) {
            return 1;
        }
        try {
            return Integer.parseInt(list.attr("start").strip());
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return "";
    }

    /** Drops the blank lines at the start and end of a {@code <pre>} (the newline after the tag is markup). */
    private static String trimBlankEdges(String text) {
        String[] lines = text.split("\n", -1);
        int from = 0;
        int to = lines.length;
        while (from < to && lines[from].isBlank()) {
            from++;
        }
        while (to > from && lines[to - 1].isBlank()) {
            to--;
        }
        StringBuilder out = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (i > from) {
                out.append('\n');
            }
            out.append(stripTrailing(lines[i]));
        }
        return out.toString();
    }

    private static String stripTrailing(String line) {
        int end = line.length();
        while (end > 0 && (line.charAt(end - 1) == ' ' || line.charAt(end - 1) == '\t')) {
            end--;
        }
        return line.substring(0, end);
    }
}
