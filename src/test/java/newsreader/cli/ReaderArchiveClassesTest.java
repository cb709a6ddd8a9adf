package newsreader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The launcher's training run loads the reader's classes so that the archive keeps them: Lanterna's terminal and
 * screen, SQLite's driver (the read state), and not the GUI toolkit or the Swing terminal. (The program's own classes
 * come from a jar only when it runs from one; the tests run from class folders.)
 */
class ReaderArchiveClassesTest {
    @Test
    void theReadersLibrariesAreLoadedAndNothingItNeverUses() {
        List<String> names = ReaderArchiveClasses.names();

        assertThat(names).contains("com.googlecode.lanterna.screen.TerminalScreen",
                "com.googlecode.lanterna.terminal.ansi.UnixTerminal", "com.googlecode.lanterna.input.KeyStroke",
                "org.sqlite.JDBC", "org.sqlite.core.DB");
        assertThat(names).noneMatch(name -> name.startsWith("com.googlecode.lanterna.gui2.")
                || name.startsWith("com.googlecode.lanterna.terminal.swing.") || name.endsWith("module-info"));
        assertThat(ReaderArchiveClasses.load(names)).as("classes that could not be loaded").isZero();
    }
}
