package newsreader.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** Starts the full-screen reader on a folder. */
final class ReaderLauncher {
    private ReaderLauncher() {
    }

    static int launch(Path folder, newsreader.config.Settings settings, Console console) {
        if (!Files.isDirectory(folder)) {
            console.err().println("newsreader: " + folder + ": not a folder");
            return ExitCodes.USAGE;
        }
        console.err().println("newsreader: the full-screen reader is not available yet; use 'newsreader list "
                + folder + "' or 'newsreader show FILE'.");
        return ExitCodes.OK;
    }
}
