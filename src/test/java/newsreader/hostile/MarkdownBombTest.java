package newsreader.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import newsreader.testing.EndToEnd;
import newsreader.testing.ProgramRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * security.md, parser bombs: a 5 MB Markdown paragraph of emphasis delimiters made commonmark-java build millions of
 * inline nodes and die with OutOfMemoryError in the 256 MB heap a 1 GB server's JVM gets by default.
 */
@EndToEnd
class MarkdownBombTest {
    @TempDir
    Path dir;

    @Test
    void showRendersAnEmphasisBombInASmallHeapAndTheOtherPostsBesideIt() throws IOException {
        Path before = post("before.md", "Before", "The post *before* the bomb.");
        Path bomb = post("bomb.md", "Bomb", "# A heading\n\n" + "x*y_".repeat(1_300_000));
        Path after = post("after.md", "After", "The post _after_ the bomb.");

        ProgramRun run = ProgramRun.run(List.of("-Xmx256m"), Map.of(),
                "show", "--width", "80", before.toString(), bomb.toString(), after.toString());

        assertThat(run.err()).as("no stack trace").doesNotContain("Exception in thread").doesNotContain("\tat ");
        assertThat(run.exitCode()).as(run.err()).isIn(0, 1);
        if (run.exitCode() == 1) {
            assertThat(run.err().strip().lines()).as("one line for the bomb, naming it")
                    .singleElement().asString().startsWith(bomb + ": ");
        }
        assertThat(run.out()).contains("The post before the bomb.").contains("The post after the bomb.");
    }

    private Path post(String name, String title, String body) throws IOException {
        return Files.writeString(dir.resolve(name), "---\ntitle: " + title + "\n---\n" + body + "\n");
    }

    @Test
    void lineModeShowsTheBombAndThenTheNextPostInASmallHeap() throws IOException {
        Path posts = Files.createDirectories(dir.resolve("posts"));
        Files.writeString(posts.resolve("bomb.md"), "---\ntitle: Bomb\ndate: 2022-02-02 00:00:00\n---\n# A heading\n\n"
                + "x*y_".repeat(1_300_000) + "\n");
        Files.writeString(posts.resolve("after.md"), "---\ntitle: After\ndate: 2022-01-01 00:00:00\n---\n"
                + "The post _after_ the bomb.\n");
        Path input = Files.writeString(dir.resolve("input.txt"), "open 1\nopen 2\nquit\n");

        ProgramRun run = ProgramRun.withInput(input, Map.of(), List.of("-Xmx256m"), "--line", posts.toString());

        assertThat(run.err()).as("no stack trace").doesNotContain("Exception in thread").doesNotContain("\tat ");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("The post after the bomb.").contains("End of post 2 of 2");
    }
}
