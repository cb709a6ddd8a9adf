package newsreader.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import newsreader.text.CellWidth;
import newsreader.text.Graphemes;
import newsreader.text.LineWrapper;
import newsreader.text.TextLine;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * How long the text module takes to lay out Chinese news. The target (cjk-typography.md, the text
 * module's brief): a ~100 KB article at 80 columns in under 10 ms after warm-up, so that a resize
 * re-wraps instantly. Run with {@code scripts/bench-layout}.
 */
@State(Scope.Benchmark)
public class LayoutBenchmark {
    /** Article size in UTF-8 bytes. */
    @Param({"100000"})
    public int articleBytes;

    @Param({"80"})
    public int columns;

    private String article;
    private String paragraph;
    private LineWrapper wrapper;
    private CellWidth widths;

    @Setup
    public void setUp() {
        article = ChineseArticle.ofSize(articleBytes, 42);
        paragraph = ChineseArticle.ofSize(2_000, 7).replace("\n", "");
        widths = CellWidth.standard();
        wrapper = new LineWrapper(widths);
    }

    /** The whole article at the given width: the time a resize of the reader costs. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public List<TextLine> wrapWholeArticle() {
        return wrapper.wrap(article, columns);
    }

    /** One long paragraph (~2 KB of UTF-8, ~700 characters): layout throughput, paragraphs per second. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public List<TextLine> wrapParagraph() {
        return wrapper.wrap(paragraph, columns);
    }

    /** The parts of the layout on their own, to see where the time goes. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public int[] clusterBoundariesOfArticle() {
        return Graphemes.boundaries(article);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public int widthOfArticle() {
        return widths.of(article);
    }
}
