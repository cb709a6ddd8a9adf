package newsreader.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Puts the calling thread at the lowest CPU priority (nice 19), so that building the search index takes only the
 * time the reader's own threads leave and a key is answered at once, however busy the two cores are. Java's thread
 * priorities do nothing on Linux, but Linux schedules each thread by its own nice value, and {@code renice} given a
 * thread's id changes that thread alone. Where this cannot be done (another system, no {@code renice}) the thread
 * keeps its priority: keys are slower while the index builds, nothing worse.
 */
public final class LowPriority {
    /** The lowest priority there is: the thread runs when nothing else wants the core. */
    static final int NICE = 19;

    private static final Logger LOG = Logger.getLogger(LowPriority.class.getName());
    /** The kernel's own view of the thread asking: its first field is the thread's id. */
    private static final Path THIS_THREAD = Path.of("/proc/thread-self/stat");
    private static final long WAIT_SECONDS = 10;

    private LowPriority() {
    }

    /** Lowers the calling thread's priority for the rest of its life; false when that could not be done. */
    public static boolean lowerThisThread() {
        try {
            String stat = Files.readString(THIS_THREAD);
            String threadId = stat.substring(0, stat.indexOf(' '));
            Process renice = new ProcessBuilder("renice", "-n", Integer.toString(NICE), "-p", threadId)
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (!renice.waitFor(WAIT_SECONDS, TimeUnit.SECONDS)) {
                renice.destroy();
                return false;
            }
            return renice.exitValue() == 0;
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.FINE, "cannot lower the priority of " + Thread.currentThread().getName(), e);
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
