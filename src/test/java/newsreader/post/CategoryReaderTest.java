package newsreader.post;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CategoryReaderTest {
    @Test
    void aStringIsOneCategoryKeptWhole() {
        assertThat(CategoryReader.read("今日推荐 / 精选")).containsExactly(List.of("今日推荐 / 精选"));
        assertThat(CategoryReader.read("  Diary  ")).containsExactly(List.of("Diary"));
    }

    @Test
    void aListIsOnePathInOrder() {
        assertThat(CategoryReader.read(List.of("新媒体", "cnBeta", "最新"))).containsExactly(List.of("新媒体", "cnBeta", "最新"));
    }

    @Test
    void aListOfListsIsSeveralPaths() {
        assertThat(CategoryReader.read(List.of(List.of("Diary", "PlayStation"), List.of("Diary", "Games"), List.of("Life"))))
                .containsExactly(List.of("Diary", "PlayStation"), List.of("Diary", "Games"), List.of("Life"));
    }

    @Test
    void aListMixingNamesAndListsIsOneFlattenedPath() {
        assertThat(CategoryReader.read(List.of("新媒体", "36kr", List.of("资讯")))).containsExactly(List.of("新媒体", "36kr", "资讯"));
    }

    @Test
    void blankNamesAndEmptyPathsAreDroppedAndNamesTrimmed() {
        assertThat(CategoryReader.read(Arrays.asList(" a ", "  ", null, "b"))).containsExactly(List.of("a", "b"));
        assertThat(CategoryReader.read(List.of(List.of(" "), List.of("x")))).containsExactly(List.of("x"));
        assertThat(CategoryReader.read("   ")).isEmpty();
        assertThat(CategoryReader.read(List.of())).isEmpty();
        assertThat(CategoryReader.read(null)).isEmpty();
    }

    @Test
    void numbersAndBooleansAreNames() {
        assertThat(CategoryReader.read(List.of(2022, true, 1.5))).containsExactly(List.of("2022", "true", "1.5"));
        assertThat(CategoryReader.read(2022)).containsExactly(List.of("2022"));
    }

    @Test
    void mapsAreNotCategories() {
        assertThat(CategoryReader.read(Map.of("a", "b"))).isEmpty();
    }
}
