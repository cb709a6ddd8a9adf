package newsreader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import newsreader.testing.EndToEnd;
import newsreader.testing.ProgramRun;
import newsreader.testing.Tmux;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bash completion script as a user meets it: sourced in a real interactive bash in tmux, Tab pressed, the line
 * and the offered words read off the screen.
 */
@EndToEnd
class CompletionInBashTest {
    @TempDir
    Path work;

    @Test
    void tabCompletesFoldersShellsAndOptionValues() throws Exception {
        Tmux.requireTmux();
        ProgramRun script = InProcess.run("completion", "bash");
        assertThat(script.exitCode()).isZero();
        Path file = Files.writeString(work.resolve("newsreader.bash"), script.out(), StandardCharsets.UTF_8);
        Files.createDirectories(work.resolve("apples"));
        Files.createDirectories(work.resolve("posts"));
        Files.writeString(work.resolve("a.md"), "---\ntitle: a\n---\n");
        Files.writeString(work.resolve("po.md"), "---\ntitle: b\n---\n");

        try (Tmux tmux = Tmux.start(work, 100, 30)) {
            tmux.type("bash --norc --noprofile -i");
            tmux.press("Enter");
            tmux.type("PS1='bash$ '; source '" + file + "'");
            tmux.press("Enter");
            tmux.waitFor("bash with the script", s -> s.lines().anyMatch(l -> l.equals("bash$")));

            // a.md and po.md beside the folders: a file offered too would make each prefix ambiguous.
            completes(tmux, "newsreader a", "bash$ newsreader apples/");
            completes(tmux, "newsreader --line po", "bash$ newsreader --line posts/");
            completes(tmux, "newsreader list po", "bash$ newsreader list posts/");
            completes(tmux, "newsreader comp", "bash$ newsreader completion ");

            offers(tmux, "newsreader completion ", "bash  fish  zsh");
            offers(tmux, "newsreader --ambiguous-width ", "1  2");
            offers(tmux, "newsreader show --ambiguous-width ", "1  2");
        }
    }

    /** Types {@code typed}, presses Tab once, and waits for the line to read {@code line}. */
    private static void completes(Tmux tmux, String typed, String line) throws Exception {
        tmux.type(typed);
        tmux.press("Tab");
        tmux.waitFor("'" + line + "'", s -> s.lines().anyMatch(l -> l.equals(line.stripTrailing())));
        clear(tmux);
    }

    /** Types {@code typed}, presses Tab twice, and waits for bash to list {@code words}. */
    private static void offers(Tmux tmux, String typed, String words) throws Exception {
        tmux.type(typed);
        tmux.press("Tab");
        tmux.press("Tab");
        tmux.waitFor("'" + words + "' offered", s -> s.lines().anyMatch(l -> l.strip().equals(words)));
        clear(tmux);
    }

    private static void clear(Tmux tmux) throws Exception {
        tmux.press("C-u");
        tmux.type("clear");
        tmux.press("Enter");
        tmux.waitFor("a clear screen", s -> s.strip().equals("bash$"));
    }
}
