package newsreader.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import newsreader.testing.EndToEnd;
import newsreader.testing.SshLogin;
import newsreader.testing.Tmux;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code o} where the users are: over {@code ssh} in tmux, no display, and image hosts that refuse connections. The
 * viewer the user gave (in the config or with {@code --viewer}) still runs, at once, with the address as one argument;
 * on a post whose header image is a random placeholder it gets the article's own picture. Needs the private sshd
 * ({@code eval "$(scripts/test-sshd)"}).
 */
@EndToEnd
class SshViewerTest {
    @TempDir
    Path work;

    private SshLogin ssh;
    private Path posts;
    /** Writes each argument it is given on a line of {@link #record}: the stand-in for {@code ~/bin/send-to-laptop}. */
    private Path viewer;
    private Path record;
    private String unreachable;

    @BeforeEach
    void sshViewerAndAbsentServer() throws IOException {
        Tmux.requireTmux();
        ssh = SshLogin.require();
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            // Nothing listens here once the socket is closed: a download would fail, and the viewer never run.
            unreachable = "http://127.0.0.1:" + socket.getLocalPort();
        }
        record = work.resolve("viewer-arguments.txt");
        viewer = work.resolve("record");
        Files.writeString(viewer, "#!/bin/sh\nprintf '%s\\n' \"$@\" > '" + record + "'\n", StandardCharsets.UTF_8);
        assertThat(viewer.toFile().setExecutable(true)).isTrue();
        posts = Files.createDirectories(work.resolve("posts"));
    }

    @Test
    void theConfiguredViewerGetsTheHeaderImageAddressAsOneArgument() throws Exception {
        // Characters a shell would act on: the address must still arrive whole, as one argument.
        String image = unreachable + "/head.png?a=1&b=$(x);c&d=e%20f";
        post("有头图的文章", image, "正文。");
        configure("viewer: \"" + viewer + " {url}\"\n");

        assertThat(openedWith(SshLogin.readerScript(work, posts))).containsExactly(image);
    }

    @Test
    void theViewerGivenOnTheCommandLineGetsTheHeaderImageAddress() throws Exception {
        String image = unreachable + "/head.png?a=1&b=$(x);c";
        post("有头图的文章", image, "正文。");

        assertThat(openedWith(SshLogin.readerScript(work, posts, "--viewer", "'" + viewer + " {url}'")))
                .containsExactly(image);
    }

    @Test
    void onAPlaceholderPostTheViewerGetsTheBodysOwnPicture() throws Exception {
        String picture = unreachable + "/uploads/own-picture.jpg";
        post("占位头图的文章", "https://picsum.photos/400/300?random=7", "正文。\n\n![现场照片](" + picture + ")\n");
        configure("viewer: \"" + viewer + " {url}\"\n");

        try (Tmux tmux = Tmux.start(work, 100, 30)) {
            tmux.type(ssh.command("xterm-256color", SshLogin.readerScript(work, posts)));
            tmux.press("Enter");
            tmux.waitForText("占位头图的文章");
            tmux.press("Enter");
            String screen = tmux.waitFor("the article's header", s -> s.contains("正文") && s.contains("Image:"));
            assertThat(screen).contains("Image: (placeholder)").doesNotContain("picsum");
            tmux.press("o");
            tmux.waitForText("opened with record");
            assertThat(recordedArguments()).containsExactly(picture);
            tmux.press("q", "Q");
            tmux.waitForText("EXIT=0");
        }
    }

    /** Logs in, runs {@code remote}, presses {@code o} on the post and returns what the viewer was given. */
    private List<String> openedWith(Path remote) throws Exception {
        try (Tmux tmux = Tmux.start(work, 100, 30)) {
            tmux.type(ssh.command("xterm-256color", remote));
            tmux.press("Enter");
            tmux.waitForText("有头图的文章");
            tmux.press("o");
            tmux.waitForText("opened with record");
            List<String> arguments = recordedArguments();
            tmux.press("Q");
            tmux.waitForText("EXIT=0");
            return arguments;
        }
    }

    private void post(String title, String image, String body) throws IOException {
        Files.writeString(posts.resolve("post.md"), "---\ntitle: '" + title + "'\ndate: 2024-05-03 10:00:00\n"
                + "headimg: '" + image + "'\n---\n\n" + body + "\n", StandardCharsets.UTF_8);
    }

    /** The user's own config file, where the reader looks for it ({@code XDG_CONFIG_HOME} of the remote script). */
    private void configure(String yaml) throws IOException {
        Path folder = Files.createDirectories(work.resolve("config").resolve("newsreader"));
        Files.writeString(folder.resolve("config.yaml"), yaml, StandardCharsets.UTF_8);
    }

    /** The viewer's lines, once it has written its last one (a desktop viewer is left to run on by the reader). */
    private List<String> recordedArguments() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + Tmux.TIMEOUT.toNanos();
        while (!Files.exists(record) || !Files.readString(record).endsWith("\n")) {
            assertThat(System.nanoTime()).as("the viewer's record within %s", Tmux.TIMEOUT).isLessThan(deadline);
            Thread.sleep(20); // polling for the file
        }
        return Files.readAllLines(record);
    }
}
