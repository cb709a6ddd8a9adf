package newsreader.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import newsreader.testing.EndToEnd;
import newsreader.testing.ProgramRun;
import newsreader.testing.SshLogin;
import newsreader.testing.Tmux;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The reader where its users run it: inside tmux, over {@code ssh} to this machine, with each TERM a server is
 * reached with and with the C locale SSH often leaves behind. It must draw Chinese, quit on a key and leave the remote
 * terminal in its normal mode. Needs a private sshd ({@code eval "$(scripts/test-sshd)"}, which {@code .ci/run}
 * does): without one the test is skipped, unless {@code NEWSREADER_REQUIRE_SSH=1} makes that a failure.
 */
@EndToEnd
class SshEndToEndTest {
    @TempDir
    Path work;

    private SshLogin ssh;
    private Path posts;

    @BeforeEach
    void sshAndFolder() throws IOException {
        Tmux.requireTmux();
        ssh = SshLogin.require();
        posts = Files.createDirectories(work.resolve("posts"));
        Files.writeString(posts.resolve("a.md"), "\n---\ntitle: '远程服务器上的中文新闻标题'\ncategories:\n - 新媒体\n - cnBeta\n"
                + " - 最新\ndate: Tue, 22 Feb 2022 03:33:04 GMT\n---\n\n<div><p>正文内容，通过 SSH 阅读。</p></div>\n", StandardCharsets.UTF_8);
        Files.writeString(posts.resolve("b.md"), "---\ntitle: English headline over SSH\ndate: 2022-02-21\n---\nbody\n",
                StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "TERM={0} LANG={1}")
    @CsvSource({"xterm-256color,C.UTF-8", "screen-256color,C.UTF-8", "tmux-256color,C.UTF-8", "linux,C.UTF-8",
        "vt100,C.UTF-8", "xterm-256color,C"})
    void overSshTheReaderDrawsChineseAndRestoresTheRemoteTerminal(String term, String lang) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // What runs on the server: the reader, then a report of its exit code and of the terminal's mode after it.
        Path remote = work.resolve("remote.sh");
        Files.writeString(remote, "export LANG='" + lang + "'\nunset LC_ALL LC_CTYPE\n"
                + "export XDG_DATA_HOME='" + work.resolve("data") + "' XDG_STATE_HOME='" + work.resolve("state") + "'\n"
                + "export XDG_CACHE_HOME='" + work.resolve("cache") + "' XDG_CONFIG_HOME='" + work.resolve("config") + "'\n"
                + "'" + java + "' " + String.join(" ", ProgramRun.LAUNCHER_JVM_OPTIONS) + " -Djava.io.tmpdir='" + work
                + "' -cp '" + System.getProperty("java.class.path") + "' newsreader.cli.Main '" + posts + "'\n"
                + "echo \"EXIT=$?\"\nstty -a | tr ' ;' '\\n\\n' | grep -E '^-?(icanon|echo|ixon)$' | tr '\\n' ' '\necho END\n",
                StandardCharsets.UTF_8);
        try (Tmux tmux = Tmux.start(work, 100, 30)) {
            tmux.type(ssh.command(term, remote));
            tmux.press("Enter");
            String screen = tmux.waitFor("the list over ssh", s -> s.contains("远程服务器上的中文新闻标题")
                    && s.contains("All posts") && s.contains("English headline over SSH")
                    && (!lang.equals("C") || s.contains("not UTF-8")));
            assertThat(screen).contains("English headline over SSH").doesNotContain("??");
            if (lang.equals("C")) {
                assertThat(screen).contains("not UTF-8");
            }
            tmux.press("Q");
            String after = tmux.waitFor("the exit report", s -> s.contains("END"));
            assertThat(after).contains("EXIT=0");
            String modes = after.substring(after.indexOf("EXIT=0"));
            assertThat(modes).contains("icanon", "echo", "ixon").doesNotContain("-icanon", "-echo ", "-ixon");
        }
    }
}
