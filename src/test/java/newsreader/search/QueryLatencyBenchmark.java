package newsreader.search;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.store.FSDirectory;

/**
 * Query latency on an index that is already built (a benchmark, not a test): where the time of a query goes, on a
 * folder whose index takes twenty minutes to build. Ranked as the reader ranks (best, then newest) against by score
 * alone, and with the hits read as the reader reads them.
 * Usage: {@code QueryLatencyBenchmark DIR CACHE_ROOT [RUNS] [QUERY...]} (CACHE_ROOT: {@code $XDG_CACHE_HOME/newsreader/search}).
 */
public final class QueryLatencyBenchmark {
    private static final Sort BEST_THEN_NEWEST = new Sort(SortField.FIELD_SCORE,
            new SortField(IndexFields.RECENCY, SortField.Type.LONG, true));

    private QueryLatencyBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        Path cacheRoot = Path.of(args[1]);
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 15;
        List<String> queries = args.length > 3 ? Arrays.asList(args).subList(3, args.length)
                : List.of("芯片", "发布 手机", "人工智能", "Spring Boot", "的 是");
        try (SearchIndex index = SearchIndex.openReadOnly(folder, cacheRoot);
             DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index.directory()))) {
            IndexSearcher searcher = new IndexSearcher(reader);
            SearchQuery parser = new SearchQuery(new TextAnalyzer());
            System.out.printf(Locale.ROOT, "%d posts in the index; medians (worst) of %d runs, ms%n", reader.numDocs(), runs);
            System.out.println("query                 matching   best-then-newest   score only   count   the reader's first page (30 hits with snippets, count)");
            for (String query : queries) {
                Query parsed = parser.of(query);
                int matching = searcher.count(parsed);
                String sorted = times(runs, () -> searcher.search(parsed, 500, BEST_THEN_NEWEST, true));
                String scored = times(runs, () -> searcher.search(parsed, 500));
                String counted = times(runs, () -> searcher.count(parsed));
                // The reader's first page: the best 30 with their snippets, and how many match (FolderServices).
                String reader30 = times(runs, () -> {
                    index.search(query, 30);
                    index.count(query);
                });
                System.out.printf(Locale.ROOT, "%-20s %9d %18s %12s %7s %s%n", query, matching, sorted, scored, counted, reader30);
            }
        }
    }

    /** Median and worst, in ms. */
    private static String times(int runs, SearchBenchmark.Work work) throws java.io.IOException {
        double[] ms = SearchBenchmark.times(runs, work);
        return String.format(Locale.ROOT, "%.1f (%.0f)", ms[runs / 2], ms[runs - 1]);
    }
}
