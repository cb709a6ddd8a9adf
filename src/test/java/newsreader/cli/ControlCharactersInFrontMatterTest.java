package newsreader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import newsreader.testing.EndToEnd;
import newsreader.testing.ProgramRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A raw control character in YAML front matter (an ESC pasted into a title by a feed converter) is a stray byte, not
 * a reason to lose the post: SnakeYAML refuses such characters, so they are removed before parsing, and the post is
 * listed and shown with what is left.
 */
@EndToEnd
class ControlCharactersInFrontMatterTest {
    @TempDir
    Path posts;
    private Path post;

    @BeforeEach
    void writePost() throws IOException {
        post = posts.resolve("red.md");
        Files.writeString(post, "---\ntitle: \u001b[31mRed alert\u001b[0m today\nauthor: Ann\u009b2J\u0007\n"
                + "date: 2022-09-20 05:20:00\ncategories: [新闻]\n---\nThe body.\n");
    }

    @Test
    void listShowsThePostWithACleanTitle() {
        ProgramRun run = ProgramRun.of("list", posts.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("[31mRed alert[0m today").doesNotContain("\u001b");
    }

    @Test
    void listJsonHasThePostWithoutItsControlCharacters() throws IOException {
        ProgramRun run = ProgramRun.of("list", "--json", posts.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.outLines()).hasSize(1);
        JsonNode row = new ObjectMapper().readTree(run.outLines().get(0));
        assertThat(row.get("problem").isNull()).as(row.toString()).isTrue();
        assertThat(row.get("title").asText()).isEqualTo("[31mRed alert[0m today");
        assertThat(row.get("author").asText()).isEqualTo("Ann2J");
    }

    @Test
    void showPrintsThePost() {
        ProgramRun run = ProgramRun.of("show", post.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("[31mRed alert[0m today").contains("Author: Ann2J").contains("The body.")
                .doesNotContain("\u001b");
    }
}
