package newsreader.tui;

import java.io.IOException;

/**
 * Suspending to the shell and coming back, the terminal work behind Ctrl-z, SIGTSTP and SIGCONT. The loop calls it
 * on the UI thread; tests count the calls.
 */
interface JobControl {
    /**
     * Gives the terminal back as on exit, stops the process's job and returns once it runs again, with the terminal
     * taken back (the caller draws everything again).
     *
     * @return false when nothing was done because this process cannot be stopped for a shell (stops are ignored)
     */
    boolean suspend() throws IOException;

    /** After a SIGCONT: the reader's terminal mode and alternate screen again, whatever changed while it was stopped. */
    void continued() throws IOException;

    /** No terminal to give back (tests of the loop that are not about suspending). */
    JobControl NONE = new JobControl() {
        @Override
        public boolean suspend() {
            return false;
        }

        @Override
        public void continued() {
        }
    };
}
