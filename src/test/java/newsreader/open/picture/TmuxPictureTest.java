package newsreader.open.picture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import newsreader.open.ColorDepth;
import newsreader.open.Environment;
import newsreader.open.TestImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The half-block picture as a real terminal (tmux) stores it: one cell per block, with the colours we sent. */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class TmuxPictureTest {
    @TempDir
    Path temp;

    /** A cell as tmux captured it: the glyph and the SGR parameters in force. */
    record Captured(String glyph, String foreground, String background) {
    }

    @Test
    void tmuxShowsEveryHalfBlockInItsColours() throws Exception {
        assumeTrue(onPath("tmux"), "tmux is not installed");
        CellPicture picture = CellPictures.halfBlocks(TestImages.quad(), 4, 1);
        assertCaptured(AnsiPicture.render(picture, ColorDepth.TRUE_COLOR), List.of(
                new Captured("▀", "2;255;0;0", "2;0;0;0"), new Captured("▀", "2;0;255;0", "2;255;255;0"),
                new Captured("▀", "2;0;0;255", "2;0;255;255"), new Captured("▀", "2;255;255;255", "2;255;0;255")));
        assertCaptured(AnsiPicture.render(picture, ColorDepth.INDEXED_256), List.of(
                new Captured("▀", "5;196", "5;16"), new Captured("▀", "5;46", "5;226"),
                new Captured("▀", "5;21", "5;51"), new Captured("▀", "5;231", "5;201")));
    }

    /** An executable file of that name in a {@code $PATH} folder (finding programs is private to open.viewer). */
    private static boolean onPath(String program) {
        return Environment.current().pathFolders().stream().map(folder -> folder.resolve(program))
                .anyMatch(file -> Files.isRegularFile(file) && Files.isExecutable(file));
    }

    private void assertCaptured(String ansi, List<Captured> expected) throws Exception {
        Path file = temp.resolve("picture.txt");
        Files.writeString(file, ansi, StandardCharsets.UTF_8);
        String socket = "newsreader-open-" + ProcessHandle.current().pid() + "-" + System.nanoTime();
        try {
            run("tmux", "-L", socket, "-f", "/dev/null", "new-session", "-d", "-x", "20", "-y", "4",
                    "cat '" + file + "'; sleep 10");
            String captured = "";
            for (int i = 0; i < 50 && !captured.contains("▀"); i++) {
                Thread.sleep(50);
                captured = run("tmux", "-L", socket, "capture-pane", "-p", "-e", "-t", "0");
            }
            List<Captured> cells = parse(captured.lines().findFirst().orElse(""));
            assertThat(cells).containsExactlyElementsOf(expected);
        } finally {
            run("tmux", "-L", socket, "kill-server");
        }
    }

    /** Splits a captured line into cells, tracking the SGR colours tmux emits before them. */
    static List<Captured> parse(String line) {
        List<Captured> cells = new ArrayList<>();
        String fg = "";
        String bg = "";
        int i = 0;
        while (i < line.length()) {
            if (line.charAt(i) == '\u001b' && i + 1 < line.length() && line.charAt(i + 1) == '[') {
                int end = line.indexOf('m', i);
                for (String part : splitSgr(line.substring(i + 2, end))) {
                    if (part.startsWith("38;")) {
                        fg = part.substring(3);
                    } else if (part.startsWith("48;")) {
                        bg = part.substring(3);
                    } else if (part.equals("0") || part.isEmpty()) {
                        fg = "";
                        bg = "";
                    }
                }
                i = end + 1;
            } else {
                int cp = line.codePointAt(i);
                String glyph = new String(Character.toChars(cp));
                if (!glyph.isBlank()) {
                    cells.add(new Captured(glyph, fg, bg));
                }
                i += Character.charCount(cp);
            }
        }
        return cells;
    }

    /** "38;2;1;2;3;48;5;7" → ["38;2;1;2;3", "48;5;7"]. */
    private static List<String> splitSgr(String parameters) {
        List<String> parts = new ArrayList<>();
        String[] p = parameters.split(";", -1);
        for (int k = 0; k < p.length; k++) {
            if ((p[k].equals("38") || p[k].equals("48")) && k + 1 < p.length) {
                int length = p[k + 1].equals("2") ? 5 : 3;
                parts.add(String.join(";", java.util.Arrays.copyOfRange(p, k, Math.min(p.length, k + length))));
                k += length - 1;
            } else {
                parts.add(p[k]);
            }
        }
        return parts;
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor(5, TimeUnit.SECONDS);
        return out;
    }
}
