package newsreader.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The nice values Linux schedules this process's threads by, as the kernel reports them in {@code /proc}: what a
 * test of "runs at low priority" must look at, since Java's own thread priorities are not what the system uses.
 */
public final class ThreadPriorities {
    private ThreadPriorities() {
    }

    /** The nice values of this process's live threads whose name starts with {@code namePrefix}. */
    public static List<Integer> ofThreadsNamed(String namePrefix) {
        // The kernel keeps the first 15 bytes of a thread's name.
        String shown = namePrefix.length() > 15 ? namePrefix.substring(0, 15) : namePrefix;
        List<Integer> nices = new ArrayList<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path task : (Iterable<Path>) tasks::iterator) {
                try {
                    if (Files.readString(task.resolve("comm")).strip().startsWith(shown)) {
                        nices.add(niceOf(task.resolve("stat")));
                    }
                } catch (NoSuchFileException ended) {
                    // the thread ended while listed
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return nices;
    }

    /** The nice values of every thread of process {@code pid}; empty once it has ended. */
    public static List<Integer> ofProcess(long pid) {
        List<Integer> nices = new ArrayList<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
            for (Path task : (Iterable<Path>) tasks::iterator) {
                try {
                    nices.add(niceOf(task.resolve("stat")));
                } catch (NoSuchFileException ended) {
                    // the thread ended while listed
                }
            }
        } catch (NoSuchFileException ended) {
            return List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return nices;
    }

    /** The nice value of the calling thread. */
    public static int ofThisThread() {
        try {
            return niceOf(Path.of("/proc/thread-self/stat"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Field 19 of {@code stat}; the fields are counted after the name, which may hold spaces and parentheses. */
    private static int niceOf(Path stat) throws IOException {
        String line = Files.readString(stat);
        String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
        return Integer.parseInt(fields[16]);
    }
}
