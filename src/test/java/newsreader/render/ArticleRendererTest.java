package newsreader.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import newsreader.post.BodyFormat;
import newsreader.post.Post;
import newsreader.post.PostMeta;
import newsreader.text.CellWidth;
import org.junit.jupiter.api.Test;

class ArticleRendererTest {
    private final CellWidth widths = CellWidth.standard();
    private final ArticleRenderer renderer = new ArticleRenderer(widths, new DateLabel(ZoneOffset.ofHours(8)));

    private List<String> body(Post post, int width) {
        RenderedArticle article = renderer.render(post, width);
        List<String> lines = article.lines().stream().map(StyledLine::text).collect(Collectors.toList());
        int start = lines.indexOf("") + 1; // the header ends at the first blank line
        int refs = lines.lastIndexOf("References");
        return lines.subList(start, refs > 0 ? refs - 1 : lines.size());
    }

    private String bodyText(Post post, int width) {
        return String.join("\n", body(post, width));
    }

    @Test
    void newlineBetweenTwoCjkCharactersDisappears() {
        assertThat(bodyText(Posts.html("<p>中文\n报道，English\nwords</p>"), 80)).isEqualTo("中文报道，English words");
    }

    @Test
    void whiteSpaceRunsCollapseAndEdgesAreTrimmed() {
        assertThat(bodyText(Posts.html("<div>   \n   hello    <b>big</b>   world  </div>   "), 80))
                .isEqualTo("hello big world");
    }

    @Test
    void lineBreakTagsForceLineBreaks() {
        assertThat(body(Posts.html("第一行<br>第二行<br/>  third"), 80)).containsExactly("第一行", "第二行", "third");
    }

    @Test
    void scriptsStylesCommentsAndHiddenElementsAreDropped() {
        String html = "<p>看得见</p><script>alert(1)</script><style>p{color:red}</style><!-- secret -->"
                + "<p hidden>hidden</p><p style=\"display: none\">none</p><noscript>ns</noscript>";
        assertThat(bodyText(Posts.html(html), 80)).isEqualTo("看得见");
    }

    @Test
    void entitiesAreDecoded() {
        assertThat(bodyText(Posts.html("<p>&#123;a&#125; &amp; &lt;b&gt; &quot;x&quot;</p>"), 80)).isEqualTo("{a} & <b> \"x\"");
    }

    @Test
    void controlCharactersFromTheBodyNeverSurvive() {
        String text = bodyText(Posts.html("<p>a&#27;]52;c;ZXZpbA==&#7;b\u009b2Jc\u202Ed</p>"), 80);
        assertThat(text).doesNotContain("\u001b", "\u0007", "\u009b", "\u202e").contains("a]52;c;ZXZpbA==b2Jcd");
    }

    @Test
    void linksAndImagesBecomeNumberedReferencesListedAfterTheBody() {
        Post post = Posts.html("<p>看<a href=\"https://a.example/x\">这里</a>和<img src=\"https://i.example/p.webp\" alt=\"雪山\">"
                + "再看<a href=\"https://a.example/x\">这里</a></p>");
        RenderedArticle article = renderer.render(post, 80);
        List<String> lines = article.lines().stream().map(StyledLine::text).collect(Collectors.toList());
        assertThat(lines).contains("看这里[1]和[image 2: 雪山]再看这里[1]");
        assertThat(lines.subList(lines.indexOf("References"), lines.size()))
                .containsExactly("References", "[1] https://a.example/x", "[2] image: https://i.example/p.webp");
        assertThat(article.references()).extracting(Reference::image).containsExactly(false, true);
    }

    @Test
    void fragmentAndScriptLinksGetNoNumber() {
        RenderedArticle article = renderer.render(Posts.html("<p><a href=\"#top\">top</a> <a href=\"javascript:x()\">js</a></p>"), 80);
        assertThat(article.references()).isEmpty();
    }

    @Test
    void headingsListsAndQuotes() {
        String html = "<h2>小标题</h2><ul><li>一</li><li>二<ol start=\"9\"><li>nine</li><li>ten</li></ol></li></ul>"
                + "<blockquote><p>引用的话</p><p>second</p></blockquote><hr>";
        assertThat(body(Posts.html(html), 40)).containsExactly(
                "小标题", "------", "",
                "- 一", "- 二", "  9.  nine", "  10. ten", "",
                "> 引用的话", ">", "> second", "",
                "----------------------------------------");
    }

    @Test
    void aPreAroundAWholeArticleIsLaidOutAsTheArticle() {
        // A feed wrapped its article, pictures and all, in one <pre> (a real post does).
        RenderedArticle article = renderer.render(Posts.html("<pre><style>.a{}</style><p>第一段。</p><h1>标题</h1>"
                + "<p><img src=\"https://img.example/a.png\" alt=\"图\"></p><p>第二段。</p></pre>"), 40);
        assertThat(article.references()).extracting(Reference::url).containsExactly("https://img.example/a.png");
        assertThat(article.lines()).extracting(StyledLine::text).contains("第一段。", "第二段。")
                .noneMatch(line -> line.startsWith(newsreader.text.Preformatted.CONTINUATION));
    }

    @Test
    void preformattedTextKeepsItsLinesAndSpacingAndFoldsVisibly() {
        String html = "<pre><code>if (x) {\n    return  y;\n}\n" + "a".repeat(30) + "</code></pre>";
        assertThat(body(Posts.html(html), 20)).containsExactly(
                "    if (x) {", "        return  y;", "    }", "    " + "a".repeat(16), "    ↪ " + "a".repeat(14));
    }

    @Test
    void styleSheetsInsidePreAreNotShown() {
        assertThat(bodyText(Posts.html("<pre><style>.a{color:red}</style>code()</pre>"), 40)).isEqualTo("    code()");
    }

    @Test
    void tableColumnsAlignInCellsWhateverTheScript() {
        String html = "<table><tr><th>名称</th><th>value</th></tr><tr><td>中文名字</td><td>1</td></tr>"
                + "<tr><td>ab</td><td>22</td></tr></table>";
        assertThat(body(Posts.html(html), 80)).containsExactly(
                "名称     | value", "---------+------", "中文名字 | 1", "ab       | 22");
    }

    @Test
    void tablesTooWideForTheLineWrapInsideTheirColumns() {
        String html = "<table><tr><td>" + "很长的单元格内容".repeat(4) + "</td><td>b</td></tr></table>";
        List<String> lines = body(Posts.html(html), 20);
        assertThat(lines).hasSizeGreaterThan(1);
        assertThat(lines).allSatisfy(l -> assertThat(widths.of(l)).isLessThanOrEqualTo(20));
        assertThat(lines.get(0)).endsWith("| b");
    }

    @Test
    void figuresKeepTheirCaption() {
        String html = "<figure><img src=\"https://i.example/a.jpg\"><figcaption>图一：说明</figcaption></figure>";
        assertThat(body(Posts.html(html), 80)).containsExactly("[image 1]", "图一：说明");
    }

    @Test
    void markdownBodiesRenderHeadingsListsCodeAndTables() {
        String md = "# 标题\n\n一段*强调*和`code`的文字，[链接](https://l.example)。\n\n"
                + "- 一\n  - 二\n\n```\ncode  keeps\n```\n\n| 列 | b |\n|---|---|\n| 值 | 2 |\n\n<p>raw <b>html</b></p>\n";
        assertThat(body(Posts.markdown(md), 80)).containsExactly(
                "标题", "====", "",
                "一段强调和code的文字，链接[1]。", "",
                "- 一", "  - 二", "",
                "    code  keeps", "",
                "列 | b", "---+--", "值 | 2", "",
                "raw html");
    }

    @Test
    void hexoAssetImagesBecomeImages() {
        RenderedArticle article = renderer.render(Posts.markdown("看图\n\n{% asset_img pic.png 一张图 %}\n"), 80);
        assertThat(article.references()).extracting(Reference::url).containsExactly("pic.png");
    }

    @Test
    void archiveMarkdownFilesHoldingOneHtmlDivAreReadAsHtml() {
        String body = "\n<div>   \n<div class=\"content\">\n\n        <p>缩进的段落</p>\n\n    <p>第二段</p>\n</div>\n</div>   ";
        assertThat(body(Posts.markdown(body), 80)).containsExactly("缩进的段落", "", "第二段");
    }

    @Test
    void headerShowsTitleDateAuthorCategoriesAndImage() {
        List<String> lines = renderer.render(Posts.html("<p>x</p>"), 80).lines().stream().map(StyledLine::text).toList();
        assertThat(lines).startsWith("标题", "====", "Date: 2022-02-22 11:33", "Author: cnBeta",
                "Category: 新媒体 › cnBeta › 最新", "Image: https://img.example/head.webp", "");
    }

    @Test
    void undatedPostsSayUndatedAndWhatTheFileSaid() {
        PostMeta meta = new PostMeta(Path.of("/p/a.md"), "a.md", "A", null, "Invalid Date", null, List.of(), List.of(),
                null, null, BodyFormat.MARKDOWN, 0L, 0L, Map.of());
        List<String> lines = renderer.render(new Post(meta, "x"), 80).lines().stream().map(StyledLine::text).toList();
        assertThat(lines).contains("Date: undated (\"Invalid Date\")");
    }

    @Test
    void noLineIsWiderThanTheWidthAtAnyWidthButAWholeAddress() {
        String html = "<h1>一个很长的标题，包含English words和数字12345</h1><p>" + "中文段落，含有标点符号。".repeat(20)
                + "</p><ul><li><ul><li><ul><li>深层列表项目的内容比较长，需要换行。</li></ul></li></ul></li></ul>"
                + "<pre>\tTAB\t" + "宽".repeat(50) + "</pre><p>https://example.com/" + "x".repeat(200) + "</p>";
        for (int width = 2; width <= 120; width++) {
            for (StyledLine line : renderer.render(Posts.html(html), width).lines()) {
                if (newsreader.text.Addresses.isWholeAddressLine(line.text())) {
                    continue; // the one line that may be wider (cjk-typography.md §2)
                }
                assertThat(widths.of(line.text())).as("width %d: %s", width, line.text()).isLessThanOrEqualTo(width);
            }
        }
    }

    @Test
    void deeplyNestedMarkupNeitherCrashesNorLosesText() {
        String html = "<div>".repeat(100_000) + "深处的文字" + "</div>".repeat(100_000);
        assertThat(bodyText(Posts.html(html), 80)).isEqualTo("深处的文字");
    }

    @Test
    void datesAreShownInTheGivenZone() {
        assertThat(new DateLabel(ZoneOffset.UTC).of(Instant.parse("2022-02-22T03:33:04Z"))).isEqualTo("2022-02-22 03:33");
    }

    @Test
    void aParagraphWithMoreInlineMarkupThanTheBudgetIsKeptAsPlainTextAndTheRestIsStillMarkdown() {
        String bomb = "x*y_".repeat(InlineBudget.MARKUP_CHARACTERS_PER_DOCUMENT / 2 + 1);
        List<String> lines = body(Posts.markdown(bomb + "\n\nThe *next* paragraph."), 80);
        String kept = String.join("", lines.subList(0, lines.size() - 2));
        assertThat(kept.equals(bomb)).as("the paragraph's text as written, markers kept: %s…",
                kept.substring(0, Math.min(40, kept.length()))).isTrue();
        assertThat(lines.get(lines.size() - 1)).as("emphasis parsed, its markers gone").isEqualTo("The next paragraph.");
    }
}
