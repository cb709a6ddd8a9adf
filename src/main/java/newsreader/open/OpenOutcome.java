package newsreader.open;

import java.util.List;
import newsreader.messages.Messages;
import newsreader.open.picture.ImagePreview;
import newsreader.open.viewer.ViewerLauncher;

/**
 * What came of opening an image or a link; every outcome has a message for the status line. Public because the
 * reader shows, runs or draws it.
 */
public sealed interface OpenOutcome {

    String message();

    /** A viewer was started or has finished: "opened with feh". */
    record Done(String message) implements OpenOutcome {
    }

    /** Nothing was opened: "refused: only http and https links open", "download failed: timed out after 10 s". */
    record Failed(String message) implements OpenOutcome {
    }

    /**
     * A viewer that needs the terminal is ready to run: call {@link #run} on the UI thread, which suspends the
     * screen through the hand-off, runs the viewer and resumes the screen.
     */
    final class RunInTerminal implements OpenOutcome {
        private final String name;
        private final List<String> argv;
        private final boolean pauseAfter;
        private final ViewerLauncher launcher;

        RunInTerminal(String name, List<String> argv, boolean pauseAfter, ViewerLauncher launcher) {
            this.name = name;
            this.argv = List.copyOf(argv);
            this.pauseAfter = pauseAfter;
            this.launcher = launcher;
        }

        @Override
        public String message() {
            return Messages.of("open").get("outcome.showing-with", name);
        }

        public String viewerName() {
            return name;
        }

        /** The argument vector that will be run (the program's full path first). */
        public List<String> argv() {
            return argv;
        }

        /** Runs the viewer in the terminal; blocks until it is done and the screen is back. */
        public OpenOutcome run(ScreenHandoff handoff) {
            return launcher.runInTerminal(name, argv, pauseAfter, handoff);
        }
    }

    /**
     * No viewer can show it (none found, or SSH without a display): newsreader draws the image itself.
     *
     * @param preview the decoded image; ask it for cells at the size of the area you draw into
     * @param message "no viewer found — showing it here"
     */
    record ShowHere(ImagePreview preview, String message) implements OpenOutcome {
    }

    /**
     * A link with no browser to open it here: show its address, offer it as an OSC 8 hyperlink and copy it with
     * OSC 52 ({@link TerminalLinks}).
     */
    record ShowLink(OpenTarget.Web target, String message) implements OpenOutcome {
    }
}
