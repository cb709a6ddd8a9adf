package newsreader.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import newsreader.post.PostMeta;
import newsreader.post.PostScanner;

/**
 * Figures for {@code scripts/bench}, measured inside one JVM with {@link System#nanoTime()}: indexing speed from an
 * empty cache, a no-change update, and query latency (median and worst of many runs, snippets included) on a warm
 * index. Not a test: run it with the test class path.
 *
 * <p>Usage: {@code SearchBenchmark DIR [RUNS] [QUERY...]}; the index goes to a scratch directory deleted afterwards.
 */
public final class SearchBenchmark {
    private static final List<String> DEFAULT_QUERIES = List.of("芯片", "人工智能模型", "安全补丁 微软", "\"性能提升\"", "title:英伟达", "Kubernetes", "量子");

    private SearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: SearchBenchmark DIR [RUNS] [QUERY...]");
            System.exit(2);
        }
        Path folder = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 21;
        List<String> queries = args.length > 2 ? Arrays.asList(args).subList(2, args.length) : DEFAULT_QUERIES;
        Path cache = Files.createTempDirectory("newsreader-search-bench");
        try {
            run(folder, cache, runs, queries);
        } finally {
            delete(cache);
        }
    }

    private static void run(Path folder, Path cache, int runs, List<String> queries) throws Exception {
        long t = System.nanoTime();
        List<PostMeta> posts = new PostScanner().scan(folder).posts();
        double scanSeconds = seconds(t);
        System.out.printf(Locale.ROOT, "machine: %d cores; folder: %s, %,d posts; scan %.2f s%n",
                Runtime.getRuntime().availableProcessors(), folder, posts.size(), scanSeconds);
        SearchIndex building = SearchIndex.open(folder, cache);
        t = System.nanoTime();
        UpdateReport build = building.update(posts, ProgressListener.NONE).get(1, TimeUnit.HOURS);
        double buildSeconds = seconds(t);
        t = System.nanoTime();
        building.close();
        System.out.printf(Locale.ROOT, "build from empty: %,d posts in %.2f s = %,.0f posts/s (failed %d); close (merges end) %.2f s; index %,d MB%n",
                build.indexed(), buildSeconds, build.indexed() / buildSeconds, build.failed(), seconds(t), size(building.directory()) >> 20);
        // Queries on a warm index as a later run finds it: reopened, with no merge of the build still running.
        try (SearchIndex index = SearchIndex.open(folder, cache)) {
            t = System.nanoTime();
            UpdateReport again = index.update(posts, ProgressListener.NONE).get(1, TimeUnit.HOURS);
            System.out.printf(Locale.ROOT, "update, nothing changed: %,d unchanged in %.0f ms%n", again.unchanged(), seconds(t) * 1000);
            System.out.println("query (limit 20, snippets included)        hits  median ms   max ms");
            for (String query : queries) {
                int hits = index.search(query, 20).size();
                for (int i = 0; i < 5; i++) {
                    index.search(query, 20); // warm-up
                }
                double[] ms = new double[runs];
                for (int i = 0; i < runs; i++) {
                    long q = System.nanoTime();
                    index.search(query, 20);
                    ms[i] = (System.nanoTime() - q) / 1e6;
                }
                Arrays.sort(ms);
                System.out.printf(Locale.ROOT, "  %-40s %5d %10.1f %8.1f%n", query, hits, ms[runs / 2], ms[runs - 1]);
            }
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static long size(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    private static void delete(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
