package newsreader.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import newsreader.post.PostMeta;
import org.junit.jupiter.api.Test;

class CategoryTreeTest {
    @Test
    void nestedPathsCountEveryPostOncePerEntry() {
        CategoryTree tree = CategoryTree.of(TestPosts.sample());
        CategoryNode media = tree.find(CategoryNode.categoryKey(List.of("新媒体")));
        assertThat(media.posts()).containsExactly(0, 2, 3);
        assertThat(tree.find(CategoryNode.categoryKey(List.of("新媒体", "cnBeta"))).posts()).containsExactly(0, 2);
        assertThat(tree.root().posts()).hasSize(5);
    }

    @Test
    void aPostInTwoPathsUnderOneParentCountsOnceThere() {
        PostMeta p = TestPosts.withCategories(TestPosts.post("x.md", "t", "2024-01-01T00:00:00Z"),
                List.of(List.of("新媒体", "A"), List.of("新媒体", "B")));
        CategoryTree tree = CategoryTree.of(TestPosts.library(List.of(p)));
        assertThat(tree.find(CategoryNode.categoryKey(List.of("新媒体"))).posts()).containsExactly(0);
        assertThat(tree.find(CategoryNode.categoryKey(List.of("新媒体", "B"))).posts()).containsExactly(0);
    }

    @Test
    void onlyExpandedEntriesShowTheirChildren() {
        CategoryTree tree = CategoryTree.of(TestPosts.sample());
        assertThat(tree.visibleRows(Set.of()).stream().map(CategoryNode::name))
                .containsExactly("All posts", "编程", "随笔", "新媒体", "Starred", "Undated", "Problems");
        assertThat(tree.visibleRows(Set.of(CategoryNode.categoryKey(List.of("新媒体")))).stream().map(CategoryNode::name))
                .containsExactly("All posts", "编程", "随笔", "新媒体", "cnBeta", "IT之家", "Starred", "Undated", "Problems");
    }

    @Test
    void postsWithoutCategoryGetAnUncategorizedEntryAndUndatedOnesAnUndatedEntry() {
        CategoryTree tree = CategoryTree.of(TestPosts.library(List.of(
                TestPosts.post("a.md", "a", "2024-01-01T00:00:00Z", "X"),
                TestPosts.post("b.md", "b", null))));
        assertThat(tree.find("UNCATEGORIZED").posts()).containsExactly(1);
        assertThat(tree.find("UNDATED").posts()).containsExactly(1);
    }

    @Test
    void controlCharactersInCategoryNamesAreRemoved() {
        CategoryTree tree = CategoryTree.of(TestPosts.library(List.of(
                TestPosts.post("a.md", "a", "2024-01-01T00:00:00Z", "新\u001b[2J闻\u009b"))));
        assertThat(tree.root().children()).singleElement()
                .satisfies(n -> assertThat(n.name()).isEqualTo("新[2J闻"));
    }
}
