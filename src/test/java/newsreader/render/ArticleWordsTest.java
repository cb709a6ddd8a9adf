package newsreader.render;

import static newsreader.config.InterfaceLanguage.ENGLISH;
import static newsreader.config.InterfaceLanguage.SIMPLIFIED_CHINESE;
import static newsreader.config.InterfaceLanguage.TRADITIONAL_CHINESE;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import newsreader.config.InterfaceLanguage;
import newsreader.messages.Messages;
import newsreader.post.BodyFormat;
import newsreader.post.Post;
import newsreader.post.PostMeta;
import newsreader.text.CellWidth;
import org.junit.jupiter.api.Test;

/**
 * The article's fixed words speak the interface's language: header labels, markers, the references and the notes,
 * "undated"; a Chinese label takes two cells a character and the value's next lines still start under the value.
 */
class ArticleWordsTest {
    private static final CellWidth WIDTHS = CellWidth.standard();
    private static final String BODY = "正文提到[一篇报道](https://news.example/a)。\n\n![网络结构](https://img.example/net.png)\n\n"
            + "<video src=\"https://v.example/clip.mp4\"></video>\n\n有注释[^1]。\n\n[^1]: 注释的内容。\n";

    private final ArticleRenderer renderer = new ArticleRenderer(WIDTHS, new DateLabel(ZoneOffset.ofHours(8)));

    private List<String> lines(InterfaceLanguage language, Post post, int width) {
        try (var speaking = Messages.speaking(language)) {
            return renderer.render(post, width).lines().stream().map(StyledLine::text).toList();
        }
    }

    private static Post post() {
        return new Post(Posts.meta("标题", BodyFormat.MARKDOWN), BODY);
    }

    @Test
    void simplifiedChineseLabelsTheHeaderAndMarksPicturesAndMedia() {
        List<String> lines = lines(SIMPLIFIED_CHINESE, post(), 80);
        assertThat(lines).startsWith("标题", "====", "日期：2022-02-22 11:33", "作者：cnBeta",
                "分类：新媒体 › cnBeta › 最新", "头图：https://img.example/head.webp", "");
        assertThat(lines).contains("正文提到一篇报道[1]。", "[图片 2：网络结构]", "[视频 3]", "注释", "[^1] 注释的内容。");
        assertThat(lines.subList(lines.indexOf("链接与图片"), lines.size())).containsExactly("链接与图片",
                "[1] https://news.example/a", "[2] 图片：https://img.example/net.png", "[3] https://v.example/clip.mp4");
        assertThat(String.join("\n", lines)).doesNotContain("Date", "image", "References", "Notes", "video");
    }

    @Test
    void traditionalChineseHasItsOwnWords() {
        List<String> lines = lines(TRADITIONAL_CHINESE, post(), 80);
        assertThat(lines).contains("日期：2022-02-22 11:33", "分類：新媒体 › cnBeta › 最新",
                "頭圖：https://img.example/head.webp", "[圖片 2：网络结构]", "[影片 3]",
                "註釋", "連結與圖片", "[2] 圖片：https://img.example/net.png");
    }

    @Test
    void englishIsUnchanged() {
        List<String> lines = lines(ENGLISH, post(), 80);
        assertThat(lines).startsWith("标题", "====", "Date: 2022-02-22 11:33", "Author: cnBeta",
                "Category: 新媒体 › cnBeta › 最新", "Image: https://img.example/head.webp", "");
        assertThat(lines).contains("[image 2: 网络结构]", "[video 3]", "Notes", "References", "[2] image: https://img.example/net.png");
    }

    @Test
    void aWrappedValueLinesUpUnderItselfAfterAWideLabel() {
        PostMeta meta = new PostMeta(Path.of("/p/a.md"), "a.md", "A", null, "Invalid Date", null,
                List.of(List.of("很长的分类名称", "又一个很长的分类名称", "第三层分类")), List.of(), "一位名字很长很长的作者和他的合作者们",
                null, BodyFormat.MARKDOWN, 0L, 0L, Map.of());
        List<String> lines = lines(SIMPLIFIED_CHINESE, new Post(meta, "x"), 30);
        assertThat(lines).contains("日期：无日期（“Invalid Date”）");
        int author = lines.indexOf(lines.stream().filter(l -> l.startsWith("作者：")).findFirst().orElseThrow());
        String next = lines.get(author + 1);
        assertThat(next).as("the author's second line starts under the value: six cells").startsWith("      ")
                .doesNotStartWith("       ");
        assertThat(lines).allSatisfy(line -> assertThat(WIDTHS.of(line)).isLessThanOrEqualTo(30));
    }

    @Test
    void aPlaceholderImageAndAnUndatedListDateSayItInTheLanguage() {
        PostMeta meta = new PostMeta(Path.of("/p/a.md"), "a.md", "A", null, null, null, List.of(), List.of(), null,
                "https://picsum.photos/800/600", BodyFormat.MARKDOWN, 0L, 0L, Map.of());
        assertThat(lines(TRADITIONAL_CHINESE, new Post(meta, "x"), 80)).contains("日期：無日期", "頭圖：（佔位圖）");
        DateLabel dates = new DateLabel(ZoneOffset.UTC);
        try (var simplified = Messages.speaking(SIMPLIFIED_CHINESE)) {
            assertThat(dates.of(meta)).isEqualTo("无日期");
            assertThat(dates.width(WIDTHS)).isEqualTo("2022-02-22 11:33".length());
        }
        assertThat(dates.of(meta)).isEqualTo("undated");
    }

    @Test
    void theSearchIndexReadsArticlesWithEnglishMarkersWhateverTheInterfaceSpeaks() {
        ArticleRenderer english = renderer.inLanguage(ENGLISH);
        try (var simplified = Messages.speaking(SIMPLIFIED_CHINESE)) {
            assertThat(english.parse(post()).blocks()).extracting(Object::toString)
                    .anySatisfy(block -> assertThat(block).contains("[image 2: 网络结构]"))
                    .noneSatisfy(block -> assertThat(block).contains("图片"));
        }
    }
}
