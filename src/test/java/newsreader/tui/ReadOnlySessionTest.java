package newsreader.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import newsreader.testing.EndToEnd;
import newsreader.testing.FolderChecksum;
import newsreader.testing.ProgramRun;
import newsreader.testing.Tmux;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The posts folder is only ever read (security.md): a whole session — the reader listing, filtering, opening,
 * marking read, opening the header image, listing links, reloading; then list, show and search from the command
 * line — leaves every file, link and folder of it exactly as it was.
 */
@EndToEnd
class ReadOnlySessionTest {
    @TempDir
    Path work;

    @Test
    void aFullSessionLeavesThePostsFolderUnchanged() throws Exception {
        Tmux.requireTmux();
        Path posts = Files.createDirectories(work.resolve("posts"));
        Path data = Files.createDirectories(work.resolve("data"));
        for (int i = 1; i <= 5; i++) {
            Path file = posts.resolve("feed/" + i + ".md");
            Files.createDirectories(file.getParent());
            Files.writeString(file, "\n---\ntitle: '只读测试新闻第" + i + "篇'\ncategories:\n - 新媒体\n - cnBeta\n - 最新\n"
                    + "headimg: 'http://127.0.0.1:9/none-" + i + ".jpg'\ndate: Tue, 0" + i + " Feb 2022 03:33:04 GMT\n---\n\n"
                    + "<div><p>第" + i + "篇的正文，提到芯片和<a href=\"https://x.example/" + i + "\">链接</a>。</p></div>\n",
                    StandardCharsets.UTF_8);
        }
        Files.writeString(posts.resolve("broken.md"), "---\ntitle: 没有结束\n", StandardCharsets.UTF_8);
        Files.createSymbolicLink(posts.resolve("link.md"), posts.resolve("feed/1.md"));
        Map<String, String> before = FolderChecksum.of(posts);

        try (Tmux tmux = Tmux.start(work, 100, 30)) {
            tmux.type("sh " + Tmux.launcher(work, posts, data, "xterm-256color", "C.UTF-8",
                    "export XDG_CACHE_HOME='" + work.resolve("cache") + "' XDG_STATE_HOME='" + work.resolve("state") + "'\n"));
            tmux.press("Enter");
            tmux.waitFor("the list", s -> s.contains("只读测试新闻第5篇"));
            tmux.type("/");
            tmux.type("第3");
            tmux.waitForText("只读测试新闻第3篇");
            tmux.press("Enter");
            tmux.waitFor("the filter closed on one post", s -> !s.contains("只读测试新闻第5篇"));
            tmux.press("Enter");
            tmux.waitForText("第3篇的正文");
            // Each key's effect is on the screen before the next key: every action really ran, in this order.
            tmux.type("r");
            tmux.waitForText("Marked unread");
            tmux.type("r");
            tmux.waitForText("Marked read");
            tmux.type("o");
            tmux.waitFor("the image's fate", s -> s.contains("download failed") || s.contains("opened with")
                    || s.contains("any key closes"));
            tmux.type("u");
            tmux.waitForText("Links and images");
            tmux.type("q");
            tmux.waitFor("the links window closed", s -> !s.contains("Links and images"));
            tmux.type("J");
            // The filter left one post: J has nowhere to go and says so.
            tmux.waitFor("the next post, or word that there is none",
                    s -> s.contains("Last post") || !s.contains("第3篇的正文"));
            tmux.type("A");
            // The one listed post was read when it was opened: A says so rather than asking.
            String asked = tmux.waitFor("A's question or word that all is read",
                    s -> s.contains("read? y/n") || s.contains("Every listed post is read"));
            if (asked.contains("y/n")) {
                tmux.type("y");
                tmux.waitFor("the answer", s -> s.contains("posts read") && !s.contains("y/n"));
            }
            tmux.type("R");
            tmux.waitFor("the reload done", s -> s.contains("5 posts") && !s.contains("Reloading"));
            tmux.press("Q");
            tmux.waitForText("EXIT=");
        }
        Map<String, String> env = Map.of("XDG_CACHE_HOME", work.resolve("cache").toString(), "XDG_DATA_HOME", data.toString());
        assertThat(ProgramRun.with(env, "list", posts.toString()).out()).contains("只读测试新闻第1篇");
        assertThat(ProgramRun.with(env, "show", posts.resolve("feed/2.md").toString()).out()).contains("第2篇的正文");
        assertThat(ProgramRun.with(env, "search", posts.toString(), "芯片").out()).contains("只读测试新闻");

        assertThat(FolderChecksum.of(posts)).isEqualTo(before);
    }
}
