package newsreader.open.picture;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import newsreader.open.ColorDepth;
import newsreader.open.TestImages;
import newsreader.testing.EndToEnd;
import newsreader.testing.Tmux;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The half-block picture as a real terminal (tmux) stores it: one cell per block, with the colours we sent. Needs
 * tmux; {@link Tmux#requireTmux} decides whether its absence skips or fails (CI sets NEWSREADER_REQUIRE_TMUX=1).
 */
@EndToEnd
class TmuxPictureTest {
    @TempDir
    Path temp;

    /** A cell as tmux captured it: the glyph and the SGR parameters in force. */
    record Captured(String glyph, String foreground, String background) {
    }

    @BeforeEach
    void needsTmux() {
        Tmux.requireTmux();
    }

    @Test
    void tmuxShowsEveryHalfBlockInItsColours() throws Exception {
        CellPicture picture = CellPictures.halfBlocks(TestImages.quad(), 4, 1);
        assertCaptured(AnsiPicture.render(picture, ColorDepth.TRUE_COLOR), List.of(
                new Captured("▀", "2;255;0;0", "2;0;0;0"), new Captured("▀", "2;0;255;0", "2;255;255;0"),
                new Captured("▀", "2;0;0;255", "2;0;255;255"), new Captured("▀", "2;255;255;255", "2;255;0;255")));
        assertCaptured(AnsiPicture.render(picture, ColorDepth.INDEXED_256), List.of(
                new Captured("▀", "5;196", "5;16"), new Captured("▀", "5;46", "5;226"),
                new Captured("▀", "5;21", "5;51"), new Captured("▀", "5;231", "5;201")));
    }

    private void assertCaptured(String ansi, List<Captured> expected) throws Exception {
        Path file = temp.resolve("picture.txt");
        Files.writeString(file, ansi, StandardCharsets.UTF_8);
        try (Tmux tmux = Tmux.start(temp, 20, 4)) {
            // The picture alone on the first row; the prompt coming back below it says cat has finished.
            tmux.type("clear; cat '" + file + "'; echo");
            tmux.press("Enter");
            tmux.waitFor("the picture and the prompt after it", screen -> {
                List<String> rows = screen.lines().toList();
                return !rows.isEmpty() && rows.get(0).contains("▀▀▀▀")
                        && rows.stream().skip(1).anyMatch(row -> row.startsWith("$"));
            });
            String captured = tmux.screenWithAttributes();
            List<Captured> cells = parse(captured.lines().findFirst().orElse(""));
            assertThat(cells).containsExactlyElementsOf(expected);
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
}
