package newsreader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import newsreader.testing.ProgramRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code search --chinese} (and the config's {@code chinese}) shows titles and snippets in the script asked for, the
 * marks still around the characters that matched; JSON stays as written, for scripts.
 */
class SearchInTheChosenScriptTest {
    @TempDir
    Path dir;

    private Path folder() throws IOException {
        Path posts = Files.createDirectories(dir.resolve("posts"));
        Files.writeString(posts.resolve("a.md"), "---\ntitle: 头发与发展\ndate: 2022-02-22T03:33:04Z\n---\n\n"
                + "经济发展很快，后来面条也涨价了。\n", StandardCharsets.UTF_8);
        return posts;
    }

    @Test
    void titlesAndSnippetsAreShownInTheScriptAskedForWithTheirMarks() throws IOException {
        Path posts = folder();
        ProgramRun traditional = InProcess.run("search", "--chinese", "traditional", posts.toString(), "发展");
        assertThat(traditional.exitCode()).as(traditional.err()).isZero();
        assertThat(traditional.out()).contains("頭髮與[發展]", "經濟[發展]很快，後來麵條也漲價了。")
                .doesNotContain("头发", "发展");

        ProgramRun config = InProcess.run("--config", Files.writeString(dir.resolve("c.yaml"), "chinese: traditional\n")
                .toString(), "search", posts.toString(), "發展");
        assertThat(config.out()).as("the config's setting, and a query in the other script").contains("頭髮與[發展]");

        ProgramRun original = InProcess.run("search", posts.toString(), "發展");
        assertThat(original.out()).contains("头发与[发展]");

        ProgramRun json = InProcess.run("search", "--chinese", "traditional", "--json", posts.toString(), "发展");
        assertThat(json.out()).contains("头发与发展").doesNotContain("頭髮");
    }
}
