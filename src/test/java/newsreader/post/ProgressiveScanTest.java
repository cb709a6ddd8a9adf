package newsreader.post;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import newsreader.testing.Property;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressiveScanTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @TempDir
    static Path root;

    @BeforeAll
    static void aFolderLargerThanOneBatch() throws IOException {
        Random random = new Random(6);
        for (int i = 0; i < 3000; i++) {
            Path file = root.resolve("feed" + (i % 13)).resolve("p" + i + ".md");
            Files.createDirectories(file.getParent());
            String date = i % 10 == 0 ? "Invalid Date" : "2022-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10) + " 0"
                    + random.nextInt(10) + ":00:00";
            Files.writeString(file, "\n---\ntitle: '第" + i + "篇'\ncategories:\n - 新媒体\n - f" + (i % 13) + "\ndate: " + date
                    + "\n---\n<div>" + "正文".repeat(random.nextInt(2000)) + "</div>");
            Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2024-01-01T00:00:00Z").plusSeconds(i)));
        }
        Files.writeString(root.resolve("broken.md"), "---\ntitle: x\n");
        // settled (see KnownFile): a file modified just now would rightly be read again by the next scan
        Files.setLastModifiedTime(root.resolve("broken.md"), FileTime.from(Instant.parse("2024-01-01T00:00:00Z")));
    }

    /** Records every call, and checks that the result replaces what the batches held. */
    private static final class Recorder implements ScanListener {
        final List<ScanBatch> batches = new ArrayList<>();
        ScanResult finished;
        int batchesBeforeFinish;

        @Override
        public void batch(ScanBatch batch) {
            assertThat(finished).as("no batch after the end").isNull();
            batches.add(batch);
        }

        @Override
        public void finished(ScanResult result) {
            finished = result;
            batchesBeforeFinish = batches.size();
        }

        List<PostMeta> allPosts() {
            Map<String, PostMeta> byPath = new HashMap<>();
            batches.forEach(b -> b.posts().forEach(p -> byPath.put(p.relativePath(), p)));
            return new ArrayList<>(byPath.values());
        }
    }

    @Test
    void batchesArriveBeforeTheEndAndAddUpToThePlainScan() {
        ScanResult plain = new PostScanner(PostLimits.DEFAULT, SHANGHAI, 2).scan(root);
        Recorder recorder = new Recorder();
        // one thread, so that the 3,000 reads take several batch intervals
        ScanResult result = new PostScanner(PostLimits.DEFAULT, SHANGHAI, 1).scan(root, recorder);
        assertThat(result).isEqualTo(plain).isEqualTo(recorder.finished);
        assertThat(recorder.batchesBeforeFinish).isGreaterThan(1);
        ScanProgress first = recorder.batches.get(0).progress();
        assertThat(first.done()).as("the first batch comes before the folder is read").isFalse();
        assertThat(recorder.batches.get(0).posts().size()).isLessThan(plain.posts().size());
        assertThat(recorder.batches).noneMatch(ScanBatch::remembered);
        assertThat(recorder.allPosts()).containsExactlyInAnyOrderElementsOf(plain.posts());
        assertThat(recorder.batches.stream().flatMap(b -> b.problems().stream())).containsExactlyElementsOf(plain.problems());
        ScanProgress last = recorder.batches.get(recorder.batches.size() - 1).progress();
        assertThat(last).isEqualTo(new ScanProgress(3001, 3001, true));
        assertThat(last.label()).isEqualTo("indexing 3,001 / 3,001");
        List<Integer> checked = recorder.batches.stream().map(b -> b.progress().checked()).toList();
        assertThat(checked).isSorted();
    }

    @Test
    void withACacheTheRememberedPostsComeFirstAndNothingElseIsRead(@TempDir Path cache) {
        PostScanner scanner = new PostScanner(PostLimits.DEFAULT, SHANGHAI, 2, MetaCache.in(cache));
        ScanResult first = scanner.scan(root);
        Recorder recorder = new Recorder();
        assertThat(scanner.scan(root, recorder)).isEqualTo(first);
        ScanBatch remembered = recorder.batches.get(0);
        assertThat(recorder.batches.subList(1, recorder.batches.size())).as("after it, progress only: nothing read")
                .allSatisfy(batch -> {
                    assertThat(batch.posts()).isEmpty();
                    assertThat(batch.problems()).isEmpty();
                    assertThat(batch.remembered()).isFalse();
                });
        assertThat(remembered.remembered()).isTrue();
        assertThat(remembered.progress().walkDone()).isFalse();
        assertThat(remembered.posts()).containsExactlyInAnyOrderElementsOf(first.posts());
        assertThat(remembered.problems()).containsExactlyInAnyOrderElementsOf(first.problems());
    }

    @Test
    void aPostListFedBatchesInAnyOrderEndsAsTheScanSorted() {
        ScanResult plain = new PostScanner(PostLimits.DEFAULT, SHANGHAI, 2).scan(root);
        Property.forAll("post list merges", 20, random -> {
            List<PostMeta> shuffled = new ArrayList<>(plain.posts());
            Collections.shuffle(shuffled, random);
            // some posts arrive twice, as a cached version and then a read one
            shuffled.addAll(shuffled.subList(0, random.nextInt(200)));
            List<List<PostMeta>> batches = new ArrayList<>();
            for (int i = 0; i < shuffled.size(); ) {
                int n = 1 + random.nextInt(700);
                batches.add(shuffled.subList(i, Math.min(shuffled.size(), i + n)));
                i += n;
            }
            return batches;
        }, batches -> {
            PostList list = new PostList();
            batches.forEach(list::merge);
            assertThat(list.posts()).containsExactlyElementsOf(plain.posts());
            PostMeta some = plain.posts().get(1234);
            assertThat(list.indexOf(some.relativePath())).isEqualTo(1234);
            list.remove(List.of(some.relativePath(), "not/there.md"));
            assertThat(list.size()).isEqualTo(plain.posts().size() - 1);
            assertThat(list.indexOf(some.relativePath())).isEqualTo(-1);
        });
    }

    @Test
    void aPostListReplacesAPostThatChanged() {
        ScanResult plain = new PostScanner(PostLimits.DEFAULT, SHANGHAI, 2).scan(root);
        PostList list = new PostList();
        list.replaceAll(plain.posts());
        PostMeta last = plain.posts().get(plain.posts().size() - 1);
        PostMeta newest = new PostMeta(last.path(), last.relativePath(), "now the newest", Instant.parse("2030-01-01T00:00:00Z"),
                "2030-01-01", null, last.categories(), last.tags(), last.author(), last.image(), last.format(),
                last.modified(), last.size(), last.extra());
        list.merge(List.of(newest));
        assertThat(list.size()).isEqualTo(plain.posts().size());
        assertThat(list.posts().get(0)).isSameAs(newest);
        assertThat(list.indexOf(last.relativePath())).isZero();
    }
}
