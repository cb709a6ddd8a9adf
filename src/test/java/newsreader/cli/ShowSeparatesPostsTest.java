package newsreader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import newsreader.testing.ProgramRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code show} with several files: one rule between two posts, none before the first or after the last. */
class ShowSeparatesPostsTest {
    @TempDir
    Path dir;

    private Path post(String name, String title) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, "---\ntitle: '" + title + "'\ndate: 2022-02-22 10:00:00\n---\n\n正文。\n", StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void postsPrintedByOneCallAreSeparatedByOneRule() throws IOException {
        Path a = post("a.md", "第一篇");
        Path b = post("b.md", "第二篇");
        Path c = post("c.md", "第三篇");
        ProgramRun run = InProcess.run("show", "--width", "30", a.toString(), b.toString(), c.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> lines = run.outLines();
        String rule = "=".repeat(30);
        assertThat(Collections.frequency(lines, rule)).isEqualTo(2);
        int first = lines.indexOf(rule);
        assertThat(lines.subList(first - 1, first + 3)).containsExactly("", rule, "", "第二篇");
        assertThat(lines.get(0)).isEqualTo("第一篇");
        assertThat(lines.get(lines.size() - 1)).isNotEqualTo(rule);
        assertThat(InProcess.run("show", "--width", "200", a.toString(), b.toString()).outLines())
                .contains("=".repeat(PostSeparator.MAX_WIDTH));
    }
}
