package newsreader.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import newsreader.testing.EndToEnd;
import newsreader.testing.Tmux;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Emoji ZWJ sequences in a real terminal: the reader asks tmux at start how it draws one, and draws them whole
 * exactly when tmux joins them, as its first emoji otherwise; either way the panes stay aligned.
 */
@EndToEnd
class EmojiSequencesTmuxTest {
    private static final String FAMILY = "👨\u200D👩\u200D👧";
    private static final String TECHNOLOGIST = "👩\u200D💻";
    private static final String TONED_TECHNOLOGIST = "👩🏽\u200D💻";
    private static final String RAINBOW_FLAG = "🏳\uFE0F\u200D🌈";

    @TempDir
    Path work;
    Path posts;

    @BeforeEach
    void folder() throws IOException {
        Tmux.requireTmux();
        posts = Files.createDirectories(work.resolve("posts"));
        write("family.md", "家庭 " + FAMILY + " 程序员 " + TONED_TECHNOLOGIST + " 骄傲 " + RAINBOW_FLAG + " 完",
                "2024-05-03 10:00:00", "[家" + FAMILY + "]");
        write("plain.md", "普通的一篇文章", "2024-05-02 10:00:00", "[其他]");
    }

    private void write(String name, String title, String date, String categories) throws IOException {
        Files.writeString(posts.resolve(name), "---\ntitle: '" + title + "'\ndate: " + date + "\ncategories: "
                + categories + "\n---\n\n正文。\n", StandardCharsets.UTF_8);
    }

    @Test
    void aSequenceIsDrawnWholeExactlyWhenTheTerminalJoinsIt() throws Exception {
        Path output = work.resolve("output.bin");
        try (Tmux tmux = Tmux.start(work, 100, 30)) {
            boolean tmuxJoins = joins(tmux);
            tmux.recordOutput(output);
            tmux.type("sh " + Tmux.launcher(work, posts, work.resolve("data"), "xterm-256color", "C.UTF-8"));
            tmux.press("Enter");
            String screen = tmux.waitFor("the list", s -> s.contains("家庭") && s.contains("普通的一篇文章")
                    && s.contains("All posts"));
            // A skin tone is left out either way, and the rainbow flag starts with a symbol terminals disagree on
            // (tmux gives it one cell): the flag alone plus a padding cell.
            String expected = tmuxJoins
                    ? "家庭 " + FAMILY + " 程序员 " + TECHNOLOGIST + " 骄傲 🏳  完"
                    : "家庭 👨 程序员 👩 骄傲 🏳  完";
            assertThat(screen).as("tmux joins ZWJ sequences: %s", tmuxJoins).contains(expected);
            TmuxEndToEndTest.assertColumnsAlign(tmux.lines());
            tmux.press("Q");
            tmux.waitForText("EXIT=0");
        }
        String written = new String(Files.readAllBytes(output), StandardCharsets.UTF_8);
        assertThat(written).as("the terminal was asked").contains(FAMILY + "\u001b[6n");
    }

    /**
     * What tmux itself does with the sequence, asked apart from the reader: printed by the shell at the start of a
     * line, followed by a bar, the cursor stops 3 cells in when tmux joins it (tmux 3.3a does), 7 or more when not.
     */
    private static boolean joins(Tmux tmux) throws IOException, InterruptedException {
        tmux.type("printf '\\n" + octal(FAMILY) + "|'; read x");
        tmux.press("Enter");
        tmux.waitFor("the sequence printed", s -> s.lines().anyMatch(line -> line.startsWith("\uD83D") && line.endsWith("|")));
        int column = tmux.cursorColumn();
        tmux.press("Enter");
        assertThat(column).as("cells the sequence took, plus the bar").isNotIn(0, 1, 2);
        return column == 3;
    }

    /** The string's UTF-8 bytes as printf octal escapes, so that the shell command itself is ASCII. */
    private static String octal(String text) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            out.append('\\').append(String.format("%03o", b & 0xff));
        }
        return out.toString();
    }
}
