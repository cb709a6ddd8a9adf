package newsreader.search;

import static newsreader.search.PostFolder.day;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import newsreader.testing.ThreadPriorities;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An index opened in the background builds on threads at the lowest CPU priority, as Linux sees it, and leaves the
 * caller's own threads as they were; one opened for a command keeps the normal priority.
 */
class LowPriorityTest {
    @TempDir
    Path scratch;

    @Test
    void aThreadThatLowersItselfRunsAtNiceNineteenAndTheOthersDoNot() throws Exception {
        CompletableFuture<Integer> lowered = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            LowPriority.lowerThisThread();
            lowered.complete(ThreadPriorities.ofThisThread());
        }, "lowered-in-test");
        thread.start();
        assertThat(lowered.get(30, TimeUnit.SECONDS)).isEqualTo(LowPriority.NICE);
        assertThat(ThreadPriorities.ofThisThread()).isZero();
    }

    @Test
    void anIndexOpenedInTheBackgroundIndexesOnLowPriorityThreadsAndStillFindsThePosts() throws Exception {
        PostFolder posts = writePosts();
        try (SearchIndex index = SearchIndex.openInBackground(posts.root(), scratch.resolve("cache"))) {
            UpdateReport report = OpenIndex.update(index, posts.scan());
            assertThat(report.indexed()).isEqualTo(3);
            assertThat(OpenIndex.paths(index, "浏览器")).containsExactly("b.md");
            // Threads of an index an earlier test closed may still be ending: wait for them to go.
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            List<Integer> all = ThreadPriorities.ofThreadsNamed("search-index");
            while (all.stream().anyMatch(nice -> nice != LowPriority.NICE) && System.nanoTime() < deadline) {
                Thread.sleep(50);
                all = ThreadPriorities.ofThreadsNamed("search-index");
            }
            assertThat(ThreadPriorities.ofThreadsNamed("search-index-reader")).as("the threads that read and index posts")
                    .isNotEmpty().containsOnly(LowPriority.NICE);
            assertThat(all).as("every thread of the index").containsOnly(LowPriority.NICE);
        }
        assertThat(ThreadPriorities.ofThisThread()).as("the caller's thread").isZero();
    }

    @Test
    void anIndexOpenedForACommandKeepsTheNormalPriority() throws Exception {
        PostFolder posts = writePosts();
        try (SearchIndex index = SearchIndex.open(posts.root(), scratch.resolve("cache"))) {
            OpenIndex.update(index, posts.scan());
            assertThat(ThreadPriorities.ofThreadsNamed("search-index-reader")).contains(0);
        }
    }

    private PostFolder writePosts() {
        PostFolder posts = new PostFolder(scratch.resolve("posts"));
        posts.write("a.md", "第一篇", day(1), "<p>苹果发布了新手机。</p>");
        posts.write("b.md", "第二篇", day(2), "<p>谷歌更新了浏览器。</p>");
        posts.write("c.md", "第三篇", day(3), "<p>微软修复了漏洞。</p>");
        return posts;
    }
}
