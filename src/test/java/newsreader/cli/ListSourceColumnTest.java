package newsreader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import newsreader.testing.ProgramRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code list}'s category column, too narrow for a whole path, shows the feed (where a post comes from). */
class ListSourceColumnTest {
    @Test
    void aPathTooLongForTheColumnShowsItsFeedNotItsLastName(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.md"), "---\ntitle: 标题\ndate: 2024-05-03\n"
                + "categories: [新媒体, 某某科技资讯网站官方频道, 今日最新的头条新闻报道]\n---\n\n正文\n", StandardCharsets.UTF_8);

        ProgramRun run = InProcess.run("list", dir.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.outLines()).singleElement().asString()
                .contains("某某科技资讯网站官方频道").doesNotContain("今日最新");
    }
}
