package newsreader.reading;

import static org.assertj.core.api.Assertions.assertThat;

import newsreader.post.PostMeta;
import newsreader.testing.Posts;
import org.junit.jupiter.api.Test;

class TitleQueryTest {
    private final PostMeta spring = Posts.post("Spring Boot 启动优化");
    private final PostMeta deepLearning = Posts.post("深度学习入门指南");

    @Test
    void aChineseWordIsFoundAnywhereInATitle() {
        assertThat(TitleQuery.of("学习").matches(deepLearning)).isTrue();
        assertThat(TitleQuery.of("入门").matches(deepLearning)).isTrue();
        assertThat(TitleQuery.of("学问").matches(deepLearning)).isFalse();
    }

    @Test
    void everyWordMustBeThereInAnyOrderCaseOrWidth() {
        assertThat(TitleQuery.of("启动 spring").matches(spring)).isTrue();
        assertThat(TitleQuery.of("ＢＯＯＴ").matches(spring)).isTrue();
        assertThat(TitleQuery.of("spring\u3000优化").matches(spring)).isTrue();
        assertThat(TitleQuery.of("spring 学习").matches(spring)).isFalse();
    }

    @Test
    void traditionalAndSimplifiedChineseFindEachOther() {
        PostMeta traditional = Posts.post("經濟發展報告");
        assertThat(TitleQuery.of("发展").matches(traditional)).isTrue();
        assertThat(TitleQuery.of("發展").matches(Posts.post("经济发展报告"))).isTrue();
        assertThat(TitleQuery.of("经济 報告").matches(traditional)).isTrue();
        assertThat(TitleQuery.of("发明").matches(traditional)).isFalse();
    }

    @Test
    void wordsTheScriptsWriteWithOtherCharactersFindEachOther() {
        assertThat(TitleQuery.of("什么").matches(Posts.post("為甚麼要做計畫"))).isTrue();
        assertThat(TitleQuery.of("甚麼 計畫").matches(Posts.post("为什么要做计划"))).isTrue();
        assertThat(TitleQuery.of("什么").matches(Posts.post("甚至"))).isFalse();
    }

    @Test
    void quotedTextIsOneWordWithItsSpaces() {
        assertThat(TitleQuery.of("\"boot 启动\"").matches(spring)).isTrue();
        assertThat(TitleQuery.of("\"spring 启动\"").matches(spring)).isFalse();
        assertThat(TitleQuery.of("'Spring Boot'").typed()).isEqualTo("'Spring Boot'");
    }

    @Test
    void blankOrEmptyQuotesAreNoSearch() {
        assertThat(TitleQuery.of("  ").isEmpty()).isTrue();
        assertThat(TitleQuery.of("\" \"").isEmpty()).isTrue();
    }
}
