package newsreader.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import newsreader.testing.EndToEnd;
import newsreader.testing.ProgramRun;
import newsreader.testing.Tmux;
import newsreader.text.CellWidth;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The config's {@code text-width} keeps articles to a measure in line mode and in the reader (centred there). */
@EndToEnd
class TextWidthReachesEveryFrontEndTest {
    private static final String BODY = "这是一段很长的正文".repeat(30);

    @TempDir
    Path temp;
    private Path posts;
    private Path config;

    @BeforeEach
    void folderAndConfig() throws IOException {
        posts = Files.createDirectories(temp.resolve("posts"));
        Files.writeString(posts.resolve("a.md"), "---\ntitle: 长文\ndate: 2024-05-03\n---\n\n" + BODY + "\n",
                StandardCharsets.UTF_8);
        config = Files.writeString(temp.resolve("config.yaml"), "text-width: 40\ntext-align: center\n",
                StandardCharsets.UTF_8);
    }

    @Test
    void lineModePrintsArticlesNoWiderThanTheMeasure() throws IOException {
        Path input = Files.writeString(temp.resolve("typed"), "open 1\nquit\n", StandardCharsets.UTF_8);
        ProgramRun line = ProgramRun.withInput(input, Map.of("TERM", "dumb", "COLUMNS", "150"),
                "--config", config.toString(), "--line", posts.toString());
        assertThat(line.exitCode()).as(line.err()).isZero();
        List<String> body = line.outLines().stream().filter(l -> l.contains("正文")).toList();
        assertThat(body).hasSizeGreaterThan(5);
        assertThat(body).allSatisfy(l -> assertThat(CellWidth.standard().of(l)).isLessThanOrEqualTo(40));
    }

    @Test
    void theReaderCentresTheMeasureOnAWideScreen() throws Exception {
        Tmux.requireTmux();
        try (Tmux tmux = Tmux.start(temp, 160, 24)) {
            tmux.type("sh " + Tmux.launcher(temp, posts, temp.resolve("data"), "xterm-256color", "C.UTF-8",
                    "unset TMUX\nexport XDG_STATE_HOME='" + temp.resolve("state") + "' XDG_CACHE_HOME='"
                            + temp.resolve("cache") + "'\n",
                    "--config", "'" + config + "'"));
            tmux.press("Enter");
            tmux.waitForText("长文");
            tmux.press("Enter");
            tmux.waitFor("the article", s -> s.contains("这是一段") && s.contains("line 1-"));
            List<String> body = tmux.lines().stream().filter(l -> l.contains("正文")).toList();
            assertThat(body).hasSizeGreaterThan(5);
            CellWidth widths = CellWidth.standard();
            for (String l : body) {
                int indent = l.length() - l.stripLeading().length();
                assertThat(indent).as("centred: %s", l).isBetween(55, 65);
                assertThat(widths.of(l.strip())).isLessThanOrEqualTo(40);
            }
            tmux.press("Q");
            tmux.waitForText("EXIT=0");
        }
    }
}
