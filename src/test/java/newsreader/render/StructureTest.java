package newsreader.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import newsreader.post.Post;
import newsreader.post.PostException;
import newsreader.post.PostReader;
import newsreader.text.CellWidth;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * The structure of a page kept in plain text: pages wrapped in {@code <pre>}, nested lists, Markdown's
 * strikethrough, footnotes, table alignment and code, and the small marks (captions, link markers, alt texts,
 * superscripts, definitions, spacer paragraphs, the title, a narrow header).
 */
class StructureTest {
    private static final Path CORPUS = Path.of("../shared/corpus/real");
    private final CellWidth widths = CellWidth.standard();
    private final ArticleRenderer renderer = new ArticleRenderer(widths, new DateLabel(ZoneOffset.ofHours(8)));

    private List<String> lines(Post post, int width) {
        return renderer.render(post, width).lines().stream().map(StyledLine::text).toList();
    }

    /** The body's lines: after the header's blank line, before the references. */
    private List<String> body(Post post, int width) {
        List<String> lines = lines(post, width);
        int start = lines.indexOf("") + 1;
        int refs = lines.lastIndexOf("References");
        return lines.subList(start, refs > 0 ? refs - 1 : lines.size());
    }

    private static Post real(String name) throws IOException, PostException {
        assumeTrue(Files.isDirectory(CORPUS), "the real corpus is missing at " + CORPUS.toAbsolutePath() + ": skipped");
        return new PostReader().read(CORPUS.resolve(name), CORPUS);
    }

    // Point 1: a page wrapped in <pre>

    @Test
    void aPreHoldingParagraphsHeadingsAndImagesIsLaidOutAsThoseBlocks() {
        String html = "<pre><style>p{margin:0}</style><p>第一段</p><h1>标题</h1><p><img src=\"https://i.example/a.jpg\" alt=\"流程图\">"
                + "</p><p>第二段</p></pre>";
        assertThat(body(Posts.html(html), 40)).containsExactly("第一段", "", "标题", "====", "", "[image 1: 流程图]", "", "第二段");
    }

    @Test
    void anImageInsidePreformattedTextIsStillReferenced() {
        RenderedArticle article = renderer.render(Posts.html("<pre>run(x)\n<img src=\"https://i.example/out.png\"></pre>"), 40);
        assertThat(article.references()).extracting(Reference::url).containsExactly("https://i.example/out.png");
        assertThat(body(Posts.html("<pre>run(x)\n<img src=\"https://i.example/out.png\"></pre>"), 40))
                .containsExactly("    run(x)", "    [image 1]");
    }

    @Test
    void theRealArticleWrappedInPreShowsItsHeadingsAndEveryImage() throws Exception {
        Post post = real("r010.md");
        RenderedArticle article = renderer.render(post, 80);
        List<String> text = article.lines().stream().map(StyledLine::text).toList();
        long images = Jsoup.parseBodyFragment(post.body()).select("img[src]").stream().map(e -> e.attr("src")).distinct().count();
        assertThat(images).isEqualTo(7);
        assertThat(article.references()).filteredOn(Reference::image).hasSize(7);
        for (int n = 1; n <= article.references().size(); n++) {
            int number = n;
            if (article.references().get(n - 1).image()) {
                assertThat(text).as("image %d has its marker", n).anyMatch(l -> l.contains("[image " + number + "]"));
            }
        }
        assertThat(text).contains("第一步：需求收集分析", "第二步：设计指标");
        assertThat(article.lines()).filteredOn(l -> l.style() == LineStyle.HEADING).hasSizeGreaterThanOrEqualTo(14);
        assertThat(article.lines()).noneMatch(l -> l.style() == LineStyle.CODE);
    }

    // Point 2: nested lists

    @Test
    void aTightListHasNoBlankLineBeforeOrAfterItsSubList() {
        String md = "- 写作前\n  - 确定主题\n  - 准备配图\n    - 统一宽度\n- 写作中\n- 发布后\n\n后文\n";
        assertThat(body(Posts.markdown(md), 40)).containsExactly(
                "- 写作前", "  - 确定主题", "  - 准备配图", "    - 统一宽度", "- 写作中", "- 发布后", "", "后文");
    }

    @Test
    void aLooseListKeepsABlankLineBetweenItsItemsAndBeforeAndAfterASubList() {
        String html = "<ul><li><p>一</p><ul><li>甲</li><li>乙</li></ul></li><li><p>二</p></li></ul>";
        assertThat(body(Posts.html(html), 40)).containsExactly("- 一", "", "  - 甲", "  - 乙", "", "- 二");
    }

    @Test
    void theRealNestedListAndTheMarkdownGuideHaveNoBlankLineInsideTheirTightLists() throws Exception {
        List<String> r003 = body(real("r003.md"), 80);
        int at = r003.indexOf("- 测试机器");
        assertThat(r003.subList(at, at + 4)).containsExactly(
                "- 测试机器", "  - CPU: Intel(R) Xeon(R) CPU E5-2682 v4 @ 2.50GHz 64逻辑核", "  - server cmdline添加：mitigation=on",
                "- nginx配置");
        Post guide = new PostReader().read(Path.of("sample-posts/markdown-features-guide.md"), Path.of("sample-posts"));
        List<String> lines = body(guide, 80);
        int from = lines.indexOf("- 写作前");
        assertThat(lines.subList(from, from + 9)).doesNotContain("").last().isEqualTo("  - 检查移动端显示效果");
    }

    // Point 5: Markdown

    @Test
    void strikethroughIsShownAsADeletionAndASingleTildeStaysARange() {
        assertThat(body(Posts.markdown("原价~~99 元~~，现价 49 元，3~5 天到货。"), 80))
                .containsExactly("原价[-99 元-]，现价 49 元，3~5 天到货。");
        assertThat(body(Posts.html("<p>old <del>price</del> <s>gone</s></p>"), 80)).containsExactly("old [-price-] [-gone-]");
        assertThat(body(Posts.html("<del><p>整段删除</p></del><p>后文</p>"), 80)).containsExactly("整段删除", "", "后文");
    }

    @Test
    void footnotesKeepTheirMarkersAndAreListedAsNotesNotAmongTheLinks() {
        String md = "正文有注释[^a]，还有第二个[^b]。\n\n[^b]: 第二条注释。\n[^a]: 见[文档](https://d.example/x)。\n";
        RenderedArticle article = renderer.render(Posts.markdown(md), 80);
        assertThat(body(Posts.markdown(md), 80)).containsExactly(
                "正文有注释[^1]，还有第二个[^2]。", "", "Notes", "-----", "", "[^1] 见文档[1]。", "", "[^2] 第二条注释。");
        assertThat(article.references()).extracting(Reference::url).containsExactly("https://d.example/x");
    }

    @Test
    void tableColumnsAreAlignedAsTheirDelimiterRowAsks() {
        String md = "| 左 | 中 | 右 |\n|:---|:---:|---:|\n| a | b | c |\n| 长的内容 | 长的内容 | 长的内容 |\n";
        assertThat(body(Posts.markdown(md), 80)).containsExactly(
                "左       |    中    |       右",
                "---------+----------+---------",
                "a        |    b     |        c",
                "长的内容 | 长的内容 | 长的内容");
    }

    @Test
    void codeIsSetInFromTheProseInMarkdownAndHtmlAndStaysInsideAListItem() {
        assertThat(body(Posts.markdown("文字\n\n```\nx = 1\n```\n"), 40)).containsExactly("文字", "", "    x = 1");
        assertThat(body(Posts.html("<ol><li><pre>make</pre></li></ol>"), 40)).containsExactly("1.     make");
    }

    // Point 6: small things

    @Test
    void aCaptionStaysUnderItsPicture() {
        String html = "<figure><img src=\"https://i.example/a.jpg\" alt=\"雪山\"><figcaption>图一：远处的雪山</figcaption></figure><p>正文</p>";
        assertThat(body(Posts.html(html), 40)).containsExactly("[image 1: 雪山]", "图一：远处的雪山", "", "正文");
    }

    @Test
    void aBlockTheSiteMarksAsACaptionStaysUnderItsPictureInARealPost() throws Exception {
        List<String> lines = body(real("r043.md"), 80);
        int at = lines.indexOf("OneDrive");
        assertThat(at).isPositive();
        assertThat(lines.get(at - 1)).startsWith("[image ");
        assertThat(lines.get(at + 1)).isEmpty();
        assertThat(body(Posts.html("<p><img src=\"https://i.example/a.jpg\"></p><h4 class=\"img-desc\">说明</h4><p>正文</p>"), 40))
                .containsExactly("[image 1]", "说明", "", "正文");
    }

    @Test
    void aLinkMarkerFollowsTheWholeWordNotThePartThatWasLinked() {
        assertThat(body(Posts.html("<p>英特尔酷睿<a href=\"https://a.example/\">芯</a>片的性能</p>"), 80).get(0))
                .isEqualTo("英特尔酷睿芯片[1]的性能");
        assertThat(body(Posts.html("<p>看<a href=\"https://a.example/\">这里</a>和那里</p>"), 80)).containsExactly("看这里[1]和那里");
        assertThat(body(Posts.html("<p>Google <a href=\"https://f.example/\">Fuchsia</a>OS ships.</p>"), 80))
                .containsExactly("Google FuchsiaOS[1] ships.");
        assertThat(body(Posts.html("<p>见<a href=\"https://a.example/\">官网</a>。</p>"), 80)).containsExactly("见官网[1]。");
    }

    @Test
    void aLinkShowingItsOwnAddressGetsNoMarkerButKeepsItsReference() {
        String html = "<p>地址：<a href=\"https://a.example/doc\">https://a.example/doc</a> 和 <a href=\"https://b.example/\">b.example</a></p>";
        RenderedArticle article = renderer.render(Posts.html(html), 80);
        assertThat(body(Posts.html(html), 80)).containsExactly("地址：https://a.example/doc 和 b.example");
        assertThat(article.references()).extracting(Reference::url).containsExactly("https://a.example/doc", "https://b.example/");
    }

    @Test
    void altTextsThatSayNothingAreDropped() {
        String html = "<p><img src=\"https://i.example/1.png\" alt=\"1.png\"><img src=\"https://i.example/2.png\" alt=\"img\">"
                + "<img src=\"https://i.example/6e2c7129eefd-picture\" alt=\"6e2c7129eefd-picture\"><img src=\"https://i.example/4.png\" alt=\"山间小路\">"
                + "<img src=\"https://i.example/5.png\" alt=\"image-20210828161222795\"><img src=\"https://i.example/6.png\" alt=\"MDF整体架构.png\"></p>";
        assertThat(body(Posts.html(html), 80)).containsExactly("[image 1][image 2][image 3][image 4: 山间小路][image 5][image 6: MDF整体架构]");
    }

    @Test
    void superscriptsAndSubscriptsReadAsThemselves() {
        assertThat(body(Posts.html("<p>E=mc<sup>2</sup>，H<sub>2</sub>O，x<sup>n+1</sup>，1<sup>st</sup>，a<sub>max</sub>，"
                + "e<sup>i·π</sup></p>"), 80)).containsExactly("E=mc²，H₂O，xⁿ⁺¹，1^st，a_max，e^(i·π)");
        assertThat(lines(Posts.html("<p>注<sup><a href=\"https://n.example/\">1</a></sup></p>"), 80)).contains("[1] https://n.example/");
    }

    @Test
    void definitionsAreSetInUnderTheirTerm() {
        assertThat(body(Posts.html("<dl><dt>io_uring</dt><dd>异步 IO 接口</dd><dt>epoll</dt><dd>事件通知</dd></dl>"), 40))
                .containsExactly("io_uring", "    异步 IO 接口", "", "epoll", "    事件通知");
    }

    @Test
    void aParagraphOfOnlyANoBreakSpaceLeavesNoLine() {
        assertThat(body(Posts.html("<p>上</p><p>&nbsp;</p><p> &nbsp; </p><p>下</p>"), 40)).containsExactly("上", "", "下");
    }

    @Test
    void theTitleIsUnderlinedAsABodyHeadingIs() {
        RenderedArticle article = renderer.render(Posts.html("<h1>正文标题</h1>"), 40);
        assertThat(article.lines().subList(0, 2)).extracting(StyledLine::text).containsExactly("标题", "====");
        assertThat(article.lines().subList(0, 2)).extracting(StyledLine::style).containsOnly(LineStyle.TITLE);
        assertThat(body(Posts.html("<h1>正文标题</h1>"), 40)).containsExactly("正文标题", "========");
    }

    @Test
    void atTwentyColumnsHeaderValuesGoUnderTheirLabels() {
        List<String> header = lines(Posts.html("<p>x</p>"), 20);
        assertThat(header.subList(2, 9)).containsExactly("Date:", "  2022-02-22 11:33", "Author: cnBeta", "Category:",
                "  新媒体 › cnBeta ›", "  最新", "Image:");
        assertThat(header).filteredOn(l -> !newsreader.text.Addresses.isWholeAddressLine(l))
                .allSatisfy(l -> assertThat(widths.of(l)).isLessThanOrEqualTo(20));
        assertThat(lines(Posts.html("<p>x</p>"), 80)).contains("Date: 2022-02-22 11:33", "Category: 新媒体 › cnBeta › 最新");
    }
}
