package newsreader.search;

import static newsreader.search.OpenIndex.paths;
import static newsreader.search.PostFolder.day;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An update reads only new and changed posts, removes deleted ones, and keeps its work across restarts. */
class IncrementalUpdateTest {
    @TempDir
    Path scratch;

    private PostFolder posts;
    private Path cache;

    @BeforeEach
    void writePosts() {
        posts = new PostFolder(scratch.resolve("posts"));
        cache = scratch.resolve("cache");
        posts.write("a.md", "第一篇", day(1), "<p>苹果发布了新手机。</p>");
        posts.write("b.md", "第二篇", day(2), "<p>谷歌更新了浏览器。</p>");
        posts.write("c.md", "第三篇", day(3), "<p>微软修复了漏洞。</p>");
    }

    @Test
    void aSecondUpdateWithNothingChangedReadsNothing() throws IOException {
        try (SearchIndex index = OpenIndex.open(posts.root(), cache)) {
            UpdateReport first = OpenIndex.update(index, posts.scan());
            assertThat(first).extracting(UpdateReport::posts, UpdateReport::indexed, UpdateReport::unchanged, UpdateReport::removed)
                    .containsExactly(3, 3, 0, 0);
            UpdateReport second = OpenIndex.update(index, posts.scan());
            assertThat(second).extracting(UpdateReport::indexed, UpdateReport::unchanged, UpdateReport::removed, UpdateReport::failed)
                    .containsExactly(0, 3, 0, 0);
        }
    }

    @Test
    void aChangedPostIsReindexedAloneItsNewWordsFoundAndItsOldWordsGone() throws IOException {
        try (SearchIndex index = OpenIndex.open(posts.root(), cache)) {
            OpenIndex.update(index, posts.scan());
            assertThat(paths(index, "浏览器")).containsExactly("b.md");
            posts.write("b.md", "第二篇", day(2), "<p>谷歌推出了量子芯片。</p>");
            UpdateReport report = OpenIndex.update(index, posts.scan());
            assertThat(report).extracting(UpdateReport::indexed, UpdateReport::unchanged, UpdateReport::removed)
                    .containsExactly(1, 2, 0);
            assertThat(paths(index, "量子芯片")).containsExactly("b.md");
            assertThat(paths(index, "浏览器")).isEmpty();
            assertThat(paths(index, "谷歌")).containsExactly("b.md");
        }
    }

    @Test
    void aDeletedPostIsRemoved() throws IOException {
        try (SearchIndex index = OpenIndex.open(posts.root(), cache)) {
            OpenIndex.update(index, posts.scan());
            posts.delete("c.md");
            UpdateReport report = OpenIndex.update(index, posts.scan());
            assertThat(report).extracting(UpdateReport::indexed, UpdateReport::unchanged, UpdateReport::removed)
                    .containsExactly(0, 2, 1);
            assertThat(paths(index, "漏洞")).isEmpty();
            assertThat(paths(index, "title:篇")).containsExactlyInAnyOrder("a.md", "b.md");
        }
    }

    @Test
    void aNewPostIsAddedAndTheOthersAreNotRead() throws IOException {
        try (SearchIndex index = OpenIndex.open(posts.root(), cache)) {
            OpenIndex.update(index, posts.scan());
            posts.write("sub/d.md", "第四篇", day(4), "<p>特斯拉召回汽车。</p>");
            UpdateReport report = OpenIndex.update(index, posts.scan());
            assertThat(report).extracting(UpdateReport::indexed, UpdateReport::unchanged).containsExactly(1, 3);
            assertThat(paths(index, "召回")).containsExactly("sub/d.md");
        }
    }

    @Test
    void theIndexIsKeptAcrossRestartsAndOnlyChangesAreReadAfterwards() throws IOException {
        try (SearchIndex index = OpenIndex.open(posts.root(), cache)) {
            OpenIndex.update(index, posts.scan());
        }
        posts.write("a.md", "第一篇", day(1), "<p>苹果发布了新电脑。</p>");
        try (SearchIndex index = OpenIndex.open(posts.root(), cache)) {
            assertThat(index.wasRebuilt()).isFalse();
            assertThat(paths(index, "漏洞")).as("searchable before any update").containsExactly("c.md");
            UpdateReport report = OpenIndex.update(index, posts.scan());
            assertThat(report).extracting(UpdateReport::indexed, UpdateReport::unchanged).containsExactly(1, 2);
            assertThat(paths(index, "电脑")).containsExactly("a.md");
            assertThat(paths(index, "手机")).isEmpty();
        }
    }

    @Test
    void aFolderReachedByAnotherSpellingSharesItsIndex() throws IOException {
        try (SearchIndex index = OpenIndex.open(posts.root(), cache)) {
            OpenIndex.update(index, posts.scan());
        }
        Path link = java.nio.file.Files.createSymbolicLink(scratch.resolve("link"), posts.root());
        try (SearchIndex index = OpenIndex.open(link.resolve("."), cache)) {
            assertThat(OpenIndex.update(index, posts.scan()).unchanged()).isEqualTo(3);
        }
    }

    @Test
    void aPostThatCannotBeReadIsCountedAndLeftOut() throws IOException {
        try (SearchIndex index = OpenIndex.open(posts.root(), cache)) {
            OpenIndex.update(index, posts.scan());
            posts.write("d.md", "第四篇", day(4), "<p>特斯拉召回汽车。</p>");
            List<newsreader.post.PostMeta> listed = posts.scan();
            posts.delete("d.md");
            // The list names d.md, scanned before it went: reading it fails, the others are untouched.
            UpdateReport report = OpenIndex.update(index, listed);
            assertThat(report).extracting(UpdateReport::indexed, UpdateReport::unchanged, UpdateReport::failed)
                    .containsExactly(0, 3, 1);
            assertThat(paths(index, "召回")).isEmpty();
            assertThat(paths(index, "手机")).containsExactly("a.md");
        }
    }

    @Test
    void progressCountsUpToTheNumberOfPostsToIndex() throws IOException {
        for (int i = 0; i < 40; i++) {
            posts.write("many/" + i + ".md", "文章" + i, day(i), "<p>内容" + i + "</p>");
        }
        List<int[]> heard = Collections.synchronizedList(new ArrayList<>());
        try (SearchIndex index = OpenIndex.open(posts.root(), cache)) {
            index.update(posts.scan(), (done, total) -> heard.add(new int[] {done, total})).get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        assertThat(heard).isNotEmpty();
        assertThat(heard).allSatisfy(p -> assertThat(p[1]).isEqualTo(43));
        assertThat(heard.get(heard.size() - 1)[0]).isEqualTo(43);
        for (int i = 1; i < heard.size(); i++) {
            assertThat(heard.get(i)[0]).isGreaterThanOrEqualTo(heard.get(i - 1)[0]);
        }
    }

    @Test
    void searchesWorkWhileAnUpdateRunsAndReadinessFollowsTheLatestUpdate() throws Exception {
        for (int i = 0; i < 300; i++) {
            posts.write("many/" + i + ".md", "文章" + i, day(i), "<p>关于芯片的第" + i + "篇报道。</p>");
        }
        try (SearchIndex index = OpenIndex.open(posts.root(), cache)) {
            assertThat(index.isReady()).isFalse();
            CompletableFuture<UpdateReport> update = index.update(posts.scan(), ProgressListener.NONE);
            assertThat(index.isReady()).as("not ready the moment an update is asked for").isFalse();
            int seen = 0;
            while (!update.isDone()) {
                int now = index.search("芯片", 1000).size();
                assertThat(now).isGreaterThanOrEqualTo(seen);
                seen = now;
            }
            update.get();
            assertThat(index.isReady()).isTrue();
            assertThat(index.search("芯片", 1000)).hasSize(300);
        }
    }

    @Test
    void partialUpdatesAddBatchesAndRemoveNothingUntilAWholeUpdate() throws Exception {
        try (SearchIndex index = OpenIndex.open(posts.root(), cache)) {
            List<newsreader.post.PostMeta> all = posts.scan();
            UpdateReport first = index.updatePart(all.subList(0, 1), ProgressListener.NONE).get(60, TimeUnit.SECONDS);
            UpdateReport second = index.updatePart(all.subList(1, 3), ProgressListener.NONE).get(60, TimeUnit.SECONDS);
            assertThat(first.indexed() + second.indexed()).isEqualTo(3);
            assertThat(paths(index, "title:篇")).hasSize(3);
            posts.delete("c.md");
            List<newsreader.post.PostMeta> remaining = posts.scan();
            UpdateReport part = index.updatePart(remaining.subList(0, 1), ProgressListener.NONE).get(60, TimeUnit.SECONDS);
            assertThat(part).extracting(UpdateReport::indexed, UpdateReport::unchanged, UpdateReport::removed).containsExactly(0, 1, 0);
            assertThat(paths(index, "title:篇")).as("a batch removes nothing").hasSize(3);
            UpdateReport whole = OpenIndex.update(index, remaining);
            assertThat(whole).extracting(UpdateReport::indexed, UpdateReport::unchanged, UpdateReport::removed).containsExactly(0, 2, 1);
            assertThat(paths(index, "title:篇")).containsExactlyInAnyOrder("a.md", "b.md");
        }
    }

    @Test
    void batchesQueuedBeforeAWholeUpdateAreCoveredByIt() throws Exception {
        try (SearchIndex index = OpenIndex.open(posts.root(), cache)) {
            List<newsreader.post.PostMeta> all = posts.scan();
            List<CompletableFuture<UpdateReport>> updates = new ArrayList<>();
            for (newsreader.post.PostMeta post : all) {
                updates.add(index.updatePart(List.of(post), ProgressListener.NONE));
                updates.add(index.updatePart(List.of(post), ProgressListener.NONE));
            }
            CompletableFuture<UpdateReport> whole = index.update(all.subList(0, 2), ProgressListener.NONE);
            CompletableFuture.allOf(updates.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
            whole.get(60, TimeUnit.SECONDS);
            assertThat(index.isReady()).isTrue();
            assertThat(paths(index, "title:篇")).hasSize(2);
        }
    }

    @Test
    void aBurstOfUpdatesEndsWithTheLastList() throws Exception {
        try (SearchIndex index = OpenIndex.open(posts.root(), cache)) {
            List<newsreader.post.PostMeta> all = posts.scan();
            List<CompletableFuture<UpdateReport>> updates = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                updates.add(index.update(all.subList(0, 1 + i % 3), ProgressListener.NONE));
            }
            updates.add(index.update(all, ProgressListener.NONE));
            CompletableFuture.allOf(updates.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
            assertThat(index.isReady()).isTrue();
            assertThat(paths(index, "title:篇")).hasSize(3);
        }
    }
}
