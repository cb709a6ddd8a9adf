package newsreader.line;

import static org.assertj.core.api.Assertions.assertThat;

import newsreader.post.PostMeta;
import org.junit.jupiter.api.Test;

class TitleSearchTest {
    private final PostMeta spring = Posts.post("Spring Boot 启动优化");
    private final PostMeta deepLearning = Posts.post("深度学习入门指南");

    @Test
    void aChineseWordIsFoundAnywhereInATitle() {
        assertThat(TitleSearch.of("学习").matches(deepLearning)).isTrue();
        assertThat(TitleSearch.of("入门").matches(deepLearning)).isTrue();
        assertThat(TitleSearch.of("学问").matches(deepLearning)).isFalse();
    }

    @Test
    void everyWordMustBeThereInAnyOrderCaseOrWidth() {
        assertThat(TitleSearch.of("启动 spring").matches(spring)).isTrue();
        assertThat(TitleSearch.of("ＢＯＯＴ").matches(spring)).isTrue();
        assertThat(TitleSearch.of("spring\u3000优化").matches(spring)).isTrue();
        assertThat(TitleSearch.of("spring 学习").matches(spring)).isFalse();
    }

    @Test
    void quotedTextIsOneWordWithItsSpaces() {
        assertThat(TitleSearch.of("\"boot 启动\"").matches(spring)).isTrue();
        assertThat(TitleSearch.of("\"spring 启动\"").matches(spring)).isFalse();
        assertThat(TitleSearch.of("'Spring Boot'").typed()).isEqualTo("'Spring Boot'");
    }

    @Test
    void blankOrEmptyQuotesAreNoSearch() {
        assertThat(TitleSearch.of("  ").isEmpty()).isTrue();
        assertThat(TitleSearch.of("\" \"").isEmpty()).isTrue();
    }
}
