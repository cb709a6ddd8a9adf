package newsreader.search;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import newsreader.post.Post;
import newsreader.post.PostMeta;
import newsreader.post.PostReader;
import newsreader.post.PostScanner;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * Where the CPU time of indexing one post goes, stage by stage, on one thread: reading the file and its front
 * matter, the body made plain text ({@link ArticleText}), analysis alone ({@link TextAnalyzer}: the terms), and
 * Lucene's own work (the terms analysed again and inverted into postings, then written out). Thread CPU time, which a
 * busy machine disturbs less than wall time (merges run on Lucene's own threads and are not counted). Not a test: run it with the test class path, under the JVM options to
 * compare (the launcher's {@code -XX:TieredStopAtLevel=1}, or none for full tiered compilation).
 *
 * <p>Usage: {@code IndexStageBenchmark DIR [POSTS] [ROUNDS]}; the first rounds warm the compiler up, the last counts.
 */
public final class IndexStageBenchmark {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private IndexStageBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: IndexStageBenchmark DIR [POSTS] [ROUNDS]");
            System.exit(2);
        }
        Path folder = Path.of(args[0]);
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        List<PostMeta> all = new PostScanner().scan(folder).posts();
        List<PostMeta> posts = all.subList(0, Math.min(count, all.size()));
        for (int round = 1; round <= rounds; round++) {
            round(folder, posts, round);
        }
    }

    private static void round(Path folder, List<PostMeta> posts, int round) throws Exception {
        PostReader reader = new PostReader();
        long t = cpu();
        List<Post> read = new ArrayList<>(posts.size());
        for (PostMeta meta : posts) {
            read.add(reader.read(meta.path(), folder));
        }
        long reading = cpu() - t;

        ArticleText text = new ArticleText();
        t = cpu();
        List<String> bodies = new ArrayList<>(posts.size());
        for (Post post : read) {
            bodies.add(text.of(post));
        }
        long plain = cpu() - t;

        TextAnalyzer analyzer = new TextAnalyzer();
        long terms = 0;
        t = cpu();
        for (int i = 0; i < posts.size(); i++) {
            terms += count(analyzer.tokenStream(IndexFields.TITLE, posts.get(i).title()));
            terms += count(analyzer.tokenStream(IndexFields.BODY, bodies.get(i)));
        }
        long analysis = cpu() - t;

        List<Document> documents = new ArrayList<>(posts.size());
        for (int i = 0; i < posts.size(); i++) {
            documents.add(PostDocument.of(posts.get(i), bodies.get(i)));
        }
        Path scratch = Files.createTempDirectory("newsreader-stages");
        long inverting;
        long writing;
        try (Directory directory = FSDirectory.open(scratch)) {
            IndexWriterConfig config = new IndexWriterConfig(new TextAnalyzer());
            config.setRAMBufferSizeMB(48); // as IndexStore: flushes the same way
            try (IndexWriter writer = new IndexWriter(directory, config)) {
                t = cpu();
                for (Document document : documents) {
                    writer.addDocument(document);
                }
                inverting = cpu() - t;
                t = cpu();
                writer.commit();
                writing = cpu() - t;
            }
        } finally {
            delete(scratch);
        }
        long characters = bodies.stream().mapToLong(String::length).sum();
        long total = reading + plain + inverting + writing;
        System.out.printf(Locale.ROOT, "round %d: %,d posts, %,.0f characters of text and %,.0f terms a post%n",
                round, posts.size(), (double) characters / posts.size(), (double) terms / posts.size());
        line("read file and front matter", reading, total, posts.size());
        line("body to plain text", plain, total, posts.size());
        line("Lucene: analysis and inversion", inverting, total, posts.size());
        line("  of which analysis alone", analysis, total, posts.size());
        line("Lucene: flush and commit", writing, total, posts.size());
        System.out.printf(Locale.ROOT, "  %-32s %7.3f ms a post on one thread = %,.0f posts per CPU-second%n",
                "all", total / 1e6 / posts.size(), posts.size() / (total / 1e9));
    }

    private static void line(String stage, long nanos, long total, int posts) {
        System.out.printf(Locale.ROOT, "  %-32s %7.3f ms a post  %4.0f%%%n", stage, nanos / 1e6 / posts, 100.0 * nanos / total);
    }

    private static long count(TokenStream stream) throws IOException {
        long n = 0;
        try (stream) {
            stream.reset();
            while (stream.incrementToken()) {
                n++;
            }
            stream.end();
        }
        return n;
    }

    private static long cpu() {
        return THREADS.getCurrentThreadCpuTime();
    }

    private static void delete(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
