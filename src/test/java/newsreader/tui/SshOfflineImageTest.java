package newsreader.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;
import newsreader.testing.EndToEnd;
import newsreader.testing.SshLogin;
import newsreader.testing.Tmux;
import newsreader.text.CellWidth;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The header image where the users are: over {@code ssh} in tmux, no display, no viewer, and an image host that
 * refuses connections. The reader still gives the address — on screen, as an OSC 8 hyperlink, copied with OSC 52 on
 * {@code c} — and {@code u} lists it first. Needs the private sshd ({@code eval "$(scripts/test-sshd)"}).
 */
@EndToEnd
class SshOfflineImageTest {
    @TempDir
    Path work;

    private SshLogin ssh;
    private Path posts;
    private String imageUrl;

    @BeforeEach
    void sshFolderAndAbsentServer() throws IOException {
        Tmux.requireTmux();
        ssh = SshLogin.require();
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        // Longer than the window is wide: it must wrap, never be cut. Nothing listens on the port any more.
        imageUrl = "http://127.0.0.1:" + closedPort + "/images/2024/05/a-long-path-to-where-the-header-picture-lives/"
                + "header.png";
        posts = Files.createDirectories(work.resolve("posts"));
        Files.writeString(posts.resolve("pic.md"), "---\ntitle: '离线的头图'\ndate: 2024-05-03 10:00:00\n"
                + "headimg: '" + imageUrl + "'\n---\n\n正文，有[一个链接](https://example.com/page)。\n",
                StandardCharsets.UTF_8);
    }

    @Test
    void offlineWithNoViewerTheAddressIsShownLinkedAndCopiedAndUListsItFirst() throws Exception {
        Path remote = SshLogin.readerScript(work, posts);
        Path output = work.resolve("pane-output");
        try (Tmux tmux = Tmux.start(work, 100, 30)) {
            tmux.recordOutput(output);
            tmux.type(ssh.command("xterm-256color", remote));
            tmux.press("Enter");
            tmux.waitForText("离线的头图");
            tmux.press("Enter");
            tmux.waitForText("正文");
            tmux.press("o");
            String screen = tmux.waitFor("the address window after the failed download",
                    s -> s.contains(OverlayView.linkTitle()) && s.contains("header.png"));
            assertThat(String.join("", screen.lines().map(String::strip).toList())).contains(imageUrl);

            String hyperlink = "\u001b]8;;" + imageUrl + "\u001b\\";
            waitForOutput(output, "the OSC 8 hyperlink to the address", hyperlink);
            tmux.press("c");
            String copy = "\u001b]52;c;" + Base64.getEncoder().encodeToString(imageUrl.getBytes(StandardCharsets.UTF_8))
                    + "\u001b\\";
            waitForOutput(output, "the OSC 52 copy of the address", copy);

            tmux.press("u");
            screen = tmux.waitFor("the links window", s -> s.contains("Links and images") && s.contains("[1] "));
            List<String> lines = screen.lines().toList();
            int title = indexOf(lines, "Links and images", 0);
            assertThat(lines.get(title + 1)).contains("[H] header image: http://127.0.0.1:");
            // The article's own References show behind the window: look only below its title.
            assertThat(indexOf(lines, "[1] https://example.com/page", title + 1)).isGreaterThan(title + 1);

            tmux.press("q", "Q");
            tmux.waitForText("EXIT=0");
        }
    }

    @Test
    void theLinksWindowWritesEachAddressAsAHyperlinkOverWhereItIsShown() throws Exception {
        Path output = work.resolve("pane-output");
        try (Tmux tmux = Tmux.start(work, 100, 30)) {
            tmux.recordOutput(output);
            tmux.type(ssh.command("xterm-256color", SshLogin.readerScript(work, posts)));
            tmux.press("Enter");
            tmux.waitForText("离线的头图");
            tmux.press("Enter");
            tmux.waitForText("正文");
            // Only what is written from here on counts: the article's own links came before.
            int before = Files.readString(output, StandardCharsets.ISO_8859_1).length();
            tmux.press("u");
            String screen = tmux.waitFor("the links window", s -> s.contains("Links and images") && s.contains("[1] "));
            List<String> lines = screen.lines().toList();
            int title = indexOf(lines, "Links and images", 0);
            // The header image's address is wider than the window: its part shown, cut with "…", links to all of it.
            assertHyperlinkAt(output, before, lines, title + 1, "http://127.0.0.1:", imageUrl);
            assertHyperlinkAt(output, before, lines, indexOf(lines, "[1] https://example.com/page", title + 1),
                    "https://example.com/page", "https://example.com/page");
            tmux.press("q", "Q");
            tmux.waitForText("EXIT=0");
        }
    }

    /**
     * Waits until the pane's output (from {@code from} on, before the window was asked for) holds an OSC 8
     * hyperlink to {@code address} written over the cells of screen line {@code row} from where {@code start} shows,
     * with the text shown there.
     */
    private static void assertHyperlinkAt(Path output, int from, List<String> lines, int row, String start,
                                          String address) throws Exception {
        assertThat(row).as("the entry for %s in the window", address).isPositive();
        String line = lines.get(row);
        int index = line.indexOf(start);
        int column = CellWidth.standard().of(line.substring(0, index));
        String shown = line.substring(index).split("[ …]", 2)[0];
        String sequence = "\u001b\\[" + (row + 1) + ";" + (column + 1) + "H\u001b\\[[0-9;]*m"
                + Pattern.quote("\u001b]8;;" + address + "\u001b\\" + shown + "\u001b]8;;\u001b\\");
        Pattern hyperlink = Pattern.compile(sequence);
        long deadline = System.nanoTime() + Tmux.TIMEOUT.toNanos();
        while (!hyperlink.matcher(Files.readString(output, StandardCharsets.ISO_8859_1).substring(from)).find()) {
            assertThat(System.nanoTime()).as("OSC 8 to %s at row %d column %d within %s", address, row + 1, column + 1,
                    Tmux.TIMEOUT).isLessThan(deadline);
            Thread.sleep(50); // polling the recorded output
        }
    }

    private static int indexOf(List<String> lines, String text, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i;
            }
        }
        return -1;
    }

    /** Waits until the pane's recorded bytes hold {@code sequence}. */
    private static void waitForOutput(Path output, String what, String sequence) throws Exception {
        long deadline = System.nanoTime() + Tmux.TIMEOUT.toNanos();
        while (!Files.exists(output) || !Files.readString(output, StandardCharsets.ISO_8859_1)
                .contains(new String(sequence.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1))) {
            assertThat(System.nanoTime()).as("%s within %s", what, Tmux.TIMEOUT).isLessThan(deadline);
            Thread.sleep(50); // polling the recorded output
        }
    }
}
