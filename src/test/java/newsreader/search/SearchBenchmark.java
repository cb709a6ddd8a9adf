package newsreader.search;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import newsreader.post.PostMeta;
import newsreader.post.PostScanner;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.store.FSDirectory;

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
        long cpu = processCpuNanos();
        UpdateReport build = building.update(posts, ProgressListener.NONE).get(1, TimeUnit.HOURS);
        double buildSeconds = seconds(t);
        double cpuSeconds = (processCpuNanos() - cpu) / 1e9;
        t = System.nanoTime();
        building.close();
        System.out.printf(Locale.ROOT, "build from empty: %,d posts in %.2f s = %,.0f posts/s (failed %d); close (merges end) %.2f s; index %,d MB%n",
                build.indexed(), buildSeconds, build.indexed() / buildSeconds, build.failed(), seconds(t), size(building.directory()) >> 20);
        // Wall time depends on what else the machine runs; CPU time per post does not.
        System.out.printf(Locale.ROOT, "build CPU: %.1f s = %,.0f posts per CPU-second (load average %.1f)%n",
                cpuSeconds, build.indexed() / cpuSeconds, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        // Queries on a warm index as a later run finds it: reopened, with no merge of the build still running.
        try (SearchIndex index = SearchIndex.open(folder, cache)) {
            t = System.nanoTime();
            UpdateReport again = index.update(posts, ProgressListener.NONE).get(1, TimeUnit.HOURS);
            System.out.printf(Locale.ROOT, "first update after opening, nothing changed: %,d unchanged in %.0f ms%n", again.unchanged(), seconds(t) * 1000);
            t = System.nanoTime();
            UpdateReport later = index.update(posts, ProgressListener.NONE).get(1, TimeUnit.HOURS);
            System.out.printf(Locale.ROOT, "later update, nothing changed: %,d unchanged in %.0f ms%n", later.unchanged(), seconds(t) * 1000);
            System.out.println("query (limit 20)             matching posts   ranking only ms   with snippets: median ms   max ms");
            try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index.directory()))) {
                IndexSearcher searcher = new IndexSearcher(reader);
                SearchQuery parser = new SearchQuery(new TextAnalyzer());
                for (String query : queries) {
                    Query parsed = parser.of(query);
                    int matching = searcher.count(parsed);
                    double ranking = median(runs, () -> searcher.search(parsed, 20, SORT, true));
                    double[] ms = times(runs, () -> index.search(query, 20));
                    System.out.printf(Locale.ROOT, "  %-28s %14d %17.1f %26.1f %8.1f%n", query, matching, ranking, ms[runs / 2], ms[runs - 1]);
                }
            }
        }
    }

    private static final Sort SORT = new Sort(SortField.FIELD_SCORE, new SortField(IndexFields.RECENCY, SortField.Type.LONG, true));

    interface Work {
        void run() throws IOException;
    }

    /** Run times in ms, sorted, after five runs to warm up. */
    static double[] times(int runs, Work work) throws IOException {
        for (int i = 0; i < 5; i++) {
            work.run();
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            work.run();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        return ms;
    }

    private static double median(int runs, Work work) throws IOException {
        return times(runs, work)[runs / 2];
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
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
