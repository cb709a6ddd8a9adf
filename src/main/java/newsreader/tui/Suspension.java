package newsreader.tui;

import java.io.IOException;

/**
 * Ctrl-z as less and vim do it: the terminal given back as on exit (normal screen, the user's own mode, cursor
 * shown), the job stopped for the shell, and on {@code fg} the terminal taken back through the same
 * {@link TerminalLending} that lends it to viewers.
 */
final class Suspension implements JobControl {
    private final TerminalLending terminal;
    private final StopSignals signals;

    Suspension(TerminalLending terminal, StopSignals signals) {
        this.terminal = terminal;
        this.signals = signals;
    }

    @Override
    public boolean suspend() throws IOException {
        if (!signals.canStop()) {
            return false;
        }
        terminal.suspend();
        try {
            signals.stopJob();
        } finally {
            terminal.resume();
        }
        return true;
    }

    @Override
    public void continued() throws IOException {
        terminal.takeBackAfterStop();
    }
}
