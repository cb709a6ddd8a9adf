package newsreader.search;

import static newsreader.search.OpenIndex.paths;
import static newsreader.search.PostFolder.day;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two readers on one folder (two SSH sessions): the second cannot write the index, so it searches what the first
 * committed, and takes over writing once the first has closed. Lucene's lock is per process and per JVM alike, so
 * two instances in this JVM stand for two processes.
 */
class SharedIndexTest {
    @TempDir
    Path scratch;

    @Test
    void theSecondOpenerSearchesReadOnlyAndTakesOverWhenTheFirstCloses() throws IOException {
        PostFolder posts = new PostFolder(scratch.resolve("posts"));
        Path cache = scratch.resolve("cache");
        posts.write("a.md", "第一篇", day(1), "<p>苹果发布了新手机。</p>");
        SearchIndex first = OpenIndex.open(posts.root(), cache);
        try (SearchIndex second = OpenIndex.open(posts.root(), cache)) {
            assertThat(first.isReadOnly()).isFalse();
            assertThat(second.isReadOnly()).isTrue();
            assertThat(paths(second, "手机")).as("nothing committed yet").isEmpty();

            OpenIndex.update(first, posts.scan());
            assertThat(paths(second, "手机")).containsExactly("a.md");

            posts.write("b.md", "第二篇", day(2), "<p>谷歌更新了浏览器。</p>");
            UpdateReport readOnly = OpenIndex.update(second, posts.scan());
            assertThat(readOnly.readOnly()).isTrue();
            assertThat(readOnly.indexed()).isZero();
            assertThat(paths(second, "浏览器")).isEmpty();

            first.close();
            UpdateReport takenOver = OpenIndex.update(second, posts.scan());
            assertThat(second.isReadOnly()).isFalse();
            assertThat(takenOver).extracting(UpdateReport::readOnly, UpdateReport::indexed, UpdateReport::unchanged)
                    .containsExactly(false, 1, 1);
            assertThat(paths(second, "浏览器")).containsExactly("b.md");
        } finally {
            first.close();
        }
    }

    @Test
    void anIndexOpenedOnlyToSearchSeesWhatWasCommittedAndHoldsNoLock() throws IOException {
        PostFolder posts = new PostFolder(scratch.resolve("posts"));
        Path cache = scratch.resolve("cache");
        posts.write("a.md", "第一篇", day(1), "<p>苹果发布了新手机。</p>");
        try (SearchIndex writer = OpenIndex.open(posts.root(), cache)) {
            OpenIndex.update(writer, posts.scan());
        }
        try (SearchIndex searching = SearchIndex.openReadOnly(posts.root(), cache)) {
            assertThat(searching.isReadOnly()).isTrue();
            assertThat(paths(searching, "手机")).containsExactly("a.md");
            try (SearchIndex writer = OpenIndex.open(posts.root(), cache)) {
                assertThat(writer.isReadOnly()).as("a search alone does not keep the index from its writer").isFalse();
            }
        }
    }
}
