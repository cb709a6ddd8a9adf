package newsreader.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CategoryPathsTest {
    @Test
    void chineseNamesSortByPinyinNotByCodePoint() {
        List<String> names = new ArrayList<>(List.of("今日推荐 / 精选", "编程", "阿里巴巴", "游戏"));
        names.sort(CategoryPaths.NAME_ORDER);
        // By code point 今 (U+4ECA) would come first and 阿 (U+963F) last.
        assertThat(names).containsExactly("阿里巴巴", "编程", "今日推荐 / 精选", "游戏");
    }

    @Test
    void aParentComesBeforeItsChildrenAndNamesThatCollateAlikeStayApart() {
        List<List<String>> paths = new ArrayList<>(List.of(List.of("编程", "资讯"), List.of("编程"), List.of("Blog"),
                List.of("blog")));
        paths.sort(CategoryPaths.PATH_ORDER);
        // Chinese collation (CLDR's zh) puts Han names before Latin ones, and lower case before upper.
        assertThat(paths).containsExactly(List.of("编程"), List.of("编程", "资讯"), List.of("blog"), List.of("Blog"));
        assertThat(CategoryPaths.NAME_ORDER.compare("Blog", "blog")).isNotZero();
    }

    @Test
    void namesAreCleanedButNeverCut() {
        assertThat(CategoryPaths.names(Arrays.asList(" 今日推荐 / 精选 ", "", null, "a\u001b[31mb")))
                .containsExactly("今日推荐 / 精选", "a[31mb");
        assertThat(CategoryPaths.label(List.of("新媒体", "cnBeta"))).isEqualTo("新媒体 › cnBeta");
    }
}
