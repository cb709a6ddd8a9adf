package newsreader.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import newsreader.post.PostException;
import newsreader.post.PostMeta;
import newsreader.post.PostReader;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The real archive posts of {@code ../shared/corpus/real}: a Chinese word finds exactly the posts whose title or
 * text holds it, judged independently by jsoup's plain text of each body, never the posts that hold its characters
 * apart. The folder is only read; the index goes to a scratch cache.
 */
class RealCorpusSearchTest {
    private static final Path CORPUS = Path.of("../shared/corpus/real");

    @TempDir
    static Path cache;

    private static SearchIndex index;
    private static List<PostMeta> posts;
    /** The oracle: each post's title and jsoup's plain text of its body, by relative path. */
    private static Map<String, String> texts;

    @BeforeAll
    static void indexCorpus() throws IOException {
        assumeThat(Files.isDirectory(CORPUS)).as("shared corpus missing at " + CORPUS.toAbsolutePath().normalize() + ", skipped")
                .isTrue();
        posts = new newsreader.post.PostScanner().scan(CORPUS).posts();
        texts = posts.stream().collect(Collectors.toMap(PostMeta::relativePath, RealCorpusSearchTest::oracleText));
        index = OpenIndex.open(CORPUS, cache);
        UpdateReport report = OpenIndex.update(index, posts);
        assertThat(report.indexed()).isEqualTo(posts.size());
    }

    @AfterAll
    static void close() throws IOException {
        if (index != null) {
            index.close();
        }
    }

    private static String oracleText(PostMeta meta) {
        try {
            return meta.title() + "\n" + Jsoup.parse(new PostReader().read(meta.path(), CORPUS).body()).text();
        } catch (PostException e) {
            throw new AssertionError(meta.path() + ": " + e.getMessage(), e);
        }
    }

    private static TreeSet<String> holding(String word) {
        return texts.entrySet().stream().filter(e -> e.getValue().contains(word)).map(Map.Entry::getKey)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static TreeSet<String> holdingApart(String word) {
        return texts.entrySet().stream()
                .filter(e -> !e.getValue().contains(word) && e.getValue().indexOf(word.charAt(0)) >= 0 && e.getValue().indexOf(word.charAt(1)) >= 0)
                .map(Map.Entry::getKey).collect(Collectors.toCollection(TreeSet::new));
    }

    private static TreeSet<String> found(String word) throws IOException {
        return index.search(word, 1000).stream().map(SearchHit::relativePath).collect(Collectors.toCollection(TreeSet::new));
    }

    @ParameterizedTest
    @ValueSource(strings = {"芯片", "漏洞", "黑客", "模型", "系统", "内存", "性能", "开源", "升级", "容器", "前端", "手机", "数据", "攻击", "闪电贷", "以太坊", "英伟达"})
    void aChineseWordFindsExactlyThePostsHoldingIt(String word) throws IOException {
        TreeSet<String> expected = holding(word);
        assertThat(expected).as("the corpus holds " + word).isNotEmpty();
        assertThat(found(word)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"模型", "内存", "性能", "容器", "前端", "数据"})
    void postsHoldingTheTwoCharactersApartAreNotHits(String word) throws IOException {
        TreeSet<String> apart = holdingApart(word);
        assertThat(apart).as("some post holds the characters of " + word + " apart").isNotEmpty();
        assertThat(found(word)).doesNotContainAnyElementsOf(apart);
    }

    /** The corpus is written in Simplified Chinese: each word typed in Traditional finds exactly the same posts. */
    @ParameterizedTest
    @ValueSource(strings = {"發展", "開發", "數據", "系統", "問題", "網絡", "發佈", "顯卡", "蘋果", "電腦"})
    void aWordInTraditionalFindsWhatItsSimplifiedFormFinds(String traditional) throws IOException {
        String simplified = com.ibm.icu.text.Transliterator.getInstance("Hant-Hans").transliterate(traditional);
        assertThat(simplified).isNotEqualTo(traditional);
        TreeSet<String> expected = holding(simplified);
        assertThat(expected).as("the corpus holds " + simplified).isNotEmpty();
        assertThat(found(traditional)).isEqualTo(found(simplified)).isEqualTo(expected);
    }

    @Test
    void aTitleMatchLeads() throws IOException {
        // r012's title names 芯片; r004 mentions it only in its text.
        assertThat(index.search("芯片", 10)).extracting(SearchHit::relativePath).startsWith("r012.md");
    }

    @Test
    void englishProductNamesAreFoundWhateverTheCase() throws IOException {
        assertThat(found("docker")).contains("r050.md", "r051.md");
        assertThat(found("DOCKER")).isEqualTo(found("docker"));
        assertThat(found("kubernetes")).contains("r051.md");
    }

    @Test
    void everyHitMarksTheWordInItsSnippetOrTitle() throws IOException {
        for (SearchHit hit : index.search("漏洞", 100)) {
            List<String> marked = new java.util.ArrayList<>();
            hit.highlights().forEach(h -> marked.add(hit.snippet().substring(h.start(), h.end())));
            hit.titleHighlights().forEach(h -> marked.add(hit.title().substring(h.start(), h.end())));
            assertThat(marked).as(hit.relativePath()).isNotEmpty().allSatisfy(m -> assertThat(m).isEqualTo("漏洞"));
        }
    }
}
