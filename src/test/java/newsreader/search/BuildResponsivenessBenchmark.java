package newsreader.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import newsreader.post.PostMeta;
import newsreader.post.PostScanner;

/**
 * How long the reader's thread waits for a core while the search index builds: every 20 ms this thread wakes and
 * does about a millisecond of work (what answering a key costs), and the time from the planned wake-up to the end
 * of that work is recorded, while the index builds at the normal priority or the reader's lowest one
 * ({@link SearchIndex#openInBackground}). Not a test: run it with the test class path, once for each priority.
 *
 * <p>Usage: {@code BuildResponsivenessBenchmark DIR low|normal}; the index goes to a scratch directory deleted after.
 */
public final class BuildResponsivenessBenchmark {
    private static final long PERIOD_NANOS = 20_000_000;

    private BuildResponsivenessBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2 || !List.of("low", "normal").contains(args[1])) {
            System.err.println("usage: BuildResponsivenessBenchmark DIR low|normal");
            System.exit(2);
        }
        Path folder = Path.of(args[0]);
        boolean low = args[1].equals("low");
        List<PostMeta> posts = new PostScanner().scan(folder).posts();
        Path cache = Files.createTempDirectory("newsreader-responsiveness");
        try (SearchIndex index = low ? SearchIndex.openInBackground(folder, cache) : SearchIndex.open(folder, cache)) {
            long started = System.nanoTime();
            CompletableFuture<UpdateReport> build = index.update(posts, ProgressListener.NONE);
            List<Double> waits = new ArrayList<>();
            long planned = System.nanoTime() + PERIOD_NANOS;
            while (!build.isDone()) {
                long sleep = planned - System.nanoTime();
                if (sleep > 0) {
                    Thread.sleep(sleep / 1_000_000, (int) (sleep % 1_000_000));
                }
                work();
                waits.add((System.nanoTime() - planned) / 1e6);
                planned = Math.max(planned + PERIOD_NANOS, System.nanoTime());
            }
            UpdateReport report = build.get();
            double seconds = (System.nanoTime() - started) / 1e9;
            waits.sort(Comparator.naturalOrder());
            long over = waits.stream().filter(ms -> ms > 50).count();
            System.out.printf(Locale.ROOT, "%s priority: %,d posts indexed in %.1f s; %d wake-ups: median %.1f ms, 90%% %.1f ms,"
                            + " 99%% %.1f ms, worst %.1f ms, %d over 50 ms%n", args[1], report.indexed(), seconds, waits.size(),
                    at(waits, 0.5), at(waits, 0.9), at(waits, 0.99), waits.get(waits.size() - 1), over);
        } finally {
            delete(cache);
        }
    }

    private static double at(List<Double> sorted, double quantile) {
        return sorted.get(Math.min(sorted.size() - 1, (int) (sorted.size() * quantile)));
    }

    /** About a millisecond of CPU: sorting a few tens of thousands of numbers. */
    private static void work() {
        long[] numbers = new Random(1).longs(30_000).toArray();
        java.util.Arrays.sort(numbers);
    }

    private static void delete(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
