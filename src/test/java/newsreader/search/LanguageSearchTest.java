package newsreader.search;

import static newsreader.search.OpenIndex.paths;
import static newsreader.search.PostFolder.day;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Words of Chinese, Japanese, Korean and English find the posts that hold them, and only those. */
class LanguageSearchTest {
    @TempDir
    static Path scratch;

    private static SearchIndex index;

    @BeforeAll
    static void indexPosts() {
        PostFolder posts = new PostFolder(scratch.resolve("posts"));
        posts.write("zh/chip.md", "英伟达新品发布", day(1), "<p>英伟达新一代GPU芯片面积创下纪录。</p>");
        posts.write("zh/apart.md", "水果", day(2), "<p>这颗橙子的果芯很甜，切成薄片以后更好吃。</p>");
        posts.write("zh/reversed.md", "药品", day(3), "<p>药片的片芯含有有效成分。</p>");
        posts.write("zh/cat.md", "宠物", day(4), "<p>我家的猫喜欢睡觉。</p>");
        posts.write("ja/weather.md", "天気予報", day(5), "<p>東京都の天気予報によると、明日は雨です。</p>");
        posts.write("ja/apart.md", "夜空", day(6), "<p>天の川が見える気がする。</p>");
        posts.write("ja/computer.md", "買い物", day(7), "<p>新しいコンピュータを買いました。</p>");
        posts.write("ko/search.md", "테스트", day(8), "<p>한국어 검색 엔진을 테스트합니다.</p>");
        posts.write("ko/apart.md", "색깔", day(9), "<p>검은 색의 고양이가 있습니다.</p>");
        posts.write("en/chips.md", "Hardware news", day(10), "<p>The new Chips are FASTER than last year's.</p>");
        posts.write("en/chipset.md", "Boards", day(11), "<p>A chipset for every board.</p>");
        posts.write("en/wide.md", "全角", day(12), "<p>全角で書いたＧＰＵの話。</p>");
        posts.write("en/accents.md", "Café", day(13), "<p>Un café à Hà Nội.</p>");
        index = OpenIndex.open(posts.root(), scratch.resolve("cache"));
        OpenIndex.update(index, posts.scan());
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    @Test
    void twoChineseCharactersFindTheWordNotTheCharactersApart() {
        assertThat(paths(index, "芯片")).containsExactly("zh/chip.md");
    }

    @Test
    void oneChineseCharacterFindsEveryPostHoldingIt() {
        assertThat(paths(index, "芯")).containsExactlyInAnyOrder("zh/chip.md", "zh/apart.md", "zh/reversed.md");
        assertThat(paths(index, "猫")).containsExactly("zh/cat.md");
    }

    @Test
    void longerChineseWordsMustAppearInOrder() {
        assertThat(paths(index, "新一代")).containsExactly("zh/chip.md");
        assertThat(paths(index, "一代新")).isEmpty();
        assertThat(paths(index, "纪录 芯片")).containsExactly("zh/chip.md");
        assertThat(paths(index, "纪录 橙子")).isEmpty();
    }

    @Test
    void japaneseWordsAreFound() {
        assertThat(paths(index, "天気")).containsExactly("ja/weather.md");
        assertThat(paths(index, "コンピュータ")).containsExactly("ja/computer.md");
        assertThat(paths(index, "買い")).containsExactly("ja/computer.md");
        assertThat(paths(index, "東京都")).containsExactly("ja/weather.md");
    }

    @Test
    void koreanWordsAreFoundInsideLongerWords() {
        assertThat(paths(index, "검색")).containsExactly("ko/search.md");
        assertThat(paths(index, "엔진")).containsExactly("ko/search.md");
        assertThat(paths(index, "한국어")).containsExactly("ko/search.md");
    }

    @Test
    void englishWordsIgnoreCaseAndPlurals() {
        assertThat(paths(index, "chip")).containsExactly("en/chips.md");
        assertThat(paths(index, "CHIPS")).containsExactly("en/chips.md");
        assertThat(paths(index, "faster")).containsExactly("en/chips.md");
        assertThat(paths(index, "year")).containsExactly("en/chips.md");
        assertThat(paths(index, "chipset")).containsExactly("en/chipset.md");
    }

    @Test
    void latinNextToChineseIsAWordOfItsOwn() {
        assertThat(paths(index, "gpu")).containsExactlyInAnyOrder("zh/chip.md", "en/wide.md");
        assertThat(paths(index, "GPU芯片")).containsExactly("zh/chip.md");
    }

    @Test
    void accentsAreIgnored() {
        assertThat(paths(index, "cafe")).containsExactly("en/accents.md");
        assertThat(paths(index, "CAFÉ")).containsExactly("en/accents.md");
        assertThat(paths(index, "noi")).containsExactly("en/accents.md");
    }

    @Test
    void fullWidthLatinMatchesHalfWidth() {
        assertThat(paths(index, "ＧＰＵ")).containsExactlyInAnyOrder("zh/chip.md", "en/wide.md");
    }

    @Test
    void quotedPhrasesMatchWordsSideBySide() {
        assertThat(paths(index, "\"new chips\"")).containsExactly("en/chips.md");
        assertThat(paths(index, "\"chips new\"")).isEmpty();
        assertThat(paths(index, "“一代GPU”")).containsExactly("zh/chip.md");
        assertThat(paths(index, "“GPU一代”")).isEmpty();
        assertThat(paths(index, "“一代 芯片”")).isEmpty();
    }

    @Test
    void titlePrefixSearchesTitlesOnly() {
        assertThat(paths(index, "天気")).containsExactly("ja/weather.md");
        assertThat(paths(index, "title:英伟达")).containsExactly("zh/chip.md");
        assertThat(paths(index, "title:芯片")).isEmpty();
        assertThat(paths(index, "TITLE：hardware")).containsExactly("en/chips.md");
    }

    @Test
    void minusExcludesAWord() {
        assertThat(paths(index, "芯 -芯片")).containsExactlyInAnyOrder("zh/apart.md", "zh/reversed.md");
    }
}
