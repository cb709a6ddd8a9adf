package newsreader.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import newsreader.config.Settings;
import newsreader.tui.FullScreenReader;
import newsreader.tui.ReaderOptions;

/** Starts the full-screen reader on a folder with the settings in force. */
final class ReaderLauncher {
    private ReaderLauncher() {
    }

    static int launch(Path folder, Settings settings, Console console) {
        if (!Files.isDirectory(folder)) {
            console.err().println("newsreader: " + folder + ": not a folder");
            return ExitCodes.USAGE;
        }
        console.err().flush();
        console.out().flush();
        // "auto" (0) is left to the reader, which may ask the terminal; until it does, narrow is the safe guess.
        int ambiguous = settings.ambiguousWidth() == 2 ? 2 : 1;
        return FullScreenReader.run(folder, new ReaderOptions(ambiguous, settings.useColor(System.getenv()), null));
    }
}
