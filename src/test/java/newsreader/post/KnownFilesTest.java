package newsreader.post;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KnownFilesTest {
    private static final Path ROOT = Path.of("/posts").toAbsolutePath();

    private static PostMeta post(String relativePath, long size, long modified) {
        return new PostMeta(ROOT.resolve(relativePath), relativePath, "标题", Instant.parse("2022-09-22T08:01:12Z"),
                null, null, List.of(), List.of(), null, null, BodyFormat.MARKDOWN, modified, size, Map.of());
    }

    @Test
    void givesBackEachFileAsItWasPutWhetherKeptAsThePostAloneOrWhole() {
        KnownFiles files = new KnownFiles(0);
        KnownFile settled = new KnownFile(10, 1000, post("a.md", 10, 1000), true);
        KnownFile racy = new KnownFile(11, 2000, post("b.md", 11, 2000), false);
        KnownFile grewSinceRead = new KnownFile(99, 1000, post("c.md", 12, 1000), true);
        KnownFile problem = new KnownFile(5, 3000, new PostProblem(ROOT.resolve("d.md"), "d.md",
                ProblemReason.of("json.error", "bad")), true);
        for (KnownFile file : List.of(settled, racy, grewSinceRead, problem)) {
            assertThat(files.put(file.relativePath(), file)).isNull();
        }
        assertThat(files).hasSize(4)
                .containsEntry("a.md", settled).containsEntry("b.md", racy)
                .containsEntry("c.md", grewSinceRead).containsEntry("d.md", problem);
        assertThat(files.containsKey("e.md")).isFalse();
        assertThat(files.get("e.md")).isNull();
        assertThat(files.remove("a.md")).isEqualTo(settled);
        assertThat(files).doesNotContainKey("a.md").hasSize(3);
        assertThat(Map.copyOf(files)).isEqualTo(Map.of("b.md", racy, "c.md", grewSinceRead, "d.md", problem));
    }

    @Test
    void refusesAFileUnderAnotherPathThanItsOwn() {
        KnownFiles files = new KnownFiles(0);
        assertThatThrownBy(() -> files.put("b.md", new KnownFile(10, 1000, post("a.md", 10, 1000), true)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
