package newsreader.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The benchmark's article is what its name says: the size asked for, the same every time. */
class ChineseArticleTest {
    @Test
    void theArticleHasTheRequestedSizeAndIsDeterministic() {
        String article = ChineseArticle.ofSize(100_000, 42);
        int bytes = article.getBytes(StandardCharsets.UTF_8).length;
        assertThat(bytes).isBetween(100_000, 102_000);
        assertThat(article).isEqualTo(ChineseArticle.ofSize(100_000, 42));
        assertThat(article.chars().filter(c -> c == '\n').count()).isGreaterThan(50);
        assertThat(article).contains("。", "，", "——", "……", "“", "\u3000\u3000");
    }
}
