package newsreader.tui;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.BooleanSupplier;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * SIGTSTP and SIGCONT for the full-screen reader, through {@code sun.misc.Signal} as JLine does (the JVM lets a
 * program handle both; SIGQUIT it keeps for itself, see scripts/newsreader). A SIGTSTP from outside becomes a
 * request to suspend, carried out by the loop like Ctrl-z, since the terminal must be given back before the stop;
 * every SIGCONT is reported, since the terminal may have been changed while the process was stopped.
 */
final class StopSignals implements AutoCloseable {
    private static final String STOP = "TSTP";
    private static final String CONTINUE = "CONT";

    private final BooleanSupplier terminalAway;
    private final Runnable stopAsked;
    private final boolean stopsIgnored;
    private final boolean handlersInstalled;
    private volatile CompletableFuture<Void> nextContinue = new CompletableFuture<>();

    private StopSignals(BooleanSupplier terminalAway, Runnable stopAsked, boolean stopsIgnored,
                        boolean handlersInstalled) {
        this.handlersInstalled = handlersInstalled;
        this.terminalAway = terminalAway;
        this.stopAsked = stopAsked;
        this.stopsIgnored = stopsIgnored;
    }

    /**
     * Starts handling both signals. The callbacks run on a thread of the JVM's signal dispatcher. When the
     * handlers cannot be installed (no {@code jdk.unsupported} module), the reader cannot be suspended.
     *
     * @param terminalAway whether the terminal is with a viewer, in the user's own mode: a SIGTSTP then stops the
     *                     job at once, as it would without the reader (Ctrl-z there stops the viewer too, and a
     *                     request queued behind the viewer would stop the reader a second time after {@code fg})
     * @param stopAsked    a SIGTSTP came from outside while the reader has the terminal: suspend
     * @param continued    a SIGCONT came: take the terminal back
     */
    static StopSignals install(BooleanSupplier terminalAway, Runnable stopAsked, Runnable continued) {
        SignalHandler before;
        try {
            before = Signal.handle(new Signal(STOP), SignalHandler.SIG_IGN);
        } catch (IllegalArgumentException | LinkageError e) {
            return new StopSignals(terminalAway, stopAsked, true, false);
        }
        // A shell without job control starts programs with stops ignored, and nothing would ever continue them:
        // leave it so, as less and vim do.
        boolean ignored = before == SignalHandler.SIG_IGN;
        StopSignals signals = new StopSignals(terminalAway, stopAsked, ignored, true);
        Signal.handle(new Signal(CONTINUE), signal -> {
            signals.nextContinue.complete(null);
            continued.run();
        });
        if (!ignored) {
            signals.handleStops();
        }
        return signals;
    }

    /** False when the process was started with stops ignored (then nothing may stop it), or without handlers. */
    boolean canStop() {
        return !stopsIgnored;
    }

    /**
     * Stops this process's whole job, as the terminal's own Ctrl-z would have done had the reader left it on, and
     * returns once the process runs again. The whole process group, so that a shell waiting for a wrapper script
     * sees its job stop and gives its prompt back (vim sends {@code kill(0, SIGTSTP)} for the same reason). It
     * returns early when the kernel drops the stop because no shell is left to continue the job (an orphaned
     * process group).
     */
    void stopJob() throws IOException {
        CompletableFuture<Void> continuedAgain = new CompletableFuture<>();
        nextContinue = continuedAgain;
        // The stop must now act on this process too, not come back to handleStops as a request.
        Signal.handle(new Signal(STOP), SignalHandler.SIG_DFL);
        try {
            // "kill 0": the process group of the kill process, which is this one's. kill stops with the group,
            // and ends only when the group is continued, or at once when the stop was dropped.
            Process kill = new ProcessBuilder("kill", "-TSTP", "0")
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            // Whichever comes first: "kill -CONT <this pid>" continues this process and not kill.
            CompletableFuture.anyOf(continuedAgain, kill.onExit()).get();
        } catch (ExecutionException e) {
            throw new IOException("could not stop for the shell", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            handleStops();
        }
    }

    private void handleStops() {
        Signal.handle(new Signal(STOP), signal -> stopOrAsk());
    }

    private void stopOrAsk() {
        if (!terminalAway.getAsBoolean()) {
            stopAsked.run();
            return;
        }
        try {
            stopJob();
        } catch (IOException e) {
            // The viewer goes on; nothing on the screen to tell.
        }
    }

    /** Both signals back to their defaults: once the reader's screen is down, a stop needs nothing restored. */
    @Override
    public void close() {
        if (!handlersInstalled) {
            return;
        }
        if (!stopsIgnored) {
            Signal.handle(new Signal(STOP), SignalHandler.SIG_DFL);
        }
        Signal.handle(new Signal(CONTINUE), SignalHandler.SIG_DFL);
    }
}
