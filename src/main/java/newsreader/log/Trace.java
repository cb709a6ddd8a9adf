package newsreader.log;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Where the time of a start goes, for whoever measures it: with {@code NEWSREADER_TRACE=FILE} each {@link #mark} appends
 * a line "milliseconds since the JVM started, thread, what" to FILE; without it, a mark costs one field read. Not the
 * log: the log's own start-up (java.util.logging) is part of what is measured.
 */
public final class Trace {
    private static final PrintStream OUT = open(System.getenv("NEWSREADER_TRACE"));
    private static final long START_MILLIS = OUT == null ? 0 : ProcessHandle.current().info().startInstant()
            .map(java.time.Instant::toEpochMilli).orElse(System.currentTimeMillis());

    private Trace() {
    }

    private static PrintStream open(String file) {
        if (file == null || file.isEmpty()) {
            return null;
        }
        try {
            return new PrintStream(new FileOutputStream(file, true), true, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }

    public static boolean on() {
        return OUT != null;
    }

    public static void mark(String what) {
        if (OUT != null) {
            OUT.printf("%6d ms %-20s %s%n", System.currentTimeMillis() - START_MILLIS, Thread.currentThread().getName(),
                    what);
        }
    }
}
