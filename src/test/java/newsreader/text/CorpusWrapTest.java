package newsreader.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The measures of cjk-typography.md §5 for the wrapper alone, on the paragraphs of the 60 real posts
 * in {@code ../shared/corpus/real/}: no overflow, no kinsoku violation, nothing lost, and CJK
 * paragraphs filled to at least 95 % at widths of 40 and more. (The renderer's own corpus test
 * covers HTML structure; here the paragraphs are taken out crudely, which is enough for wrapping.)
 */
class CorpusWrapTest {
    static final Path CORPUS = Path.of("..", "shared", "corpus", "real");

    private static List<String> paragraphs;

    @BeforeAll
    static void readCorpus() throws IOException {
        paragraphs = new ArrayList<>();
        if (!Files.isDirectory(CORPUS)) {
            return;
        }
        try (Stream<Path> posts = Files.list(CORPUS)) {
            for (Path post : posts.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                paragraphs.addAll(paragraphsOf(Files.readString(post, StandardCharsets.UTF_8)));
            }
        }
    }

    /** The body after the front matter, block elements and line breaks as paragraph ends, spaces collapsed. */
    static List<String> paragraphsOf(String post) {
        String body = post.replaceFirst("(?s)^\\s*---.*?\\n---\\s*\\n", "");
        Document doc = Jsoup.parse(body);
        doc.select("br").after("\n");
        doc.select("p, div, li, h1, h2, h3, h4, h5, h6, pre, blockquote, tr, table").before("\n").after("\n");
        List<String> out = new ArrayList<>();
        for (String line : SafeText.multiline(doc.body().wholeText()).split("\n")) {
            String paragraph = line.replace('\t', ' ').replaceAll(" {2,}", " ").strip();
            if (!paragraph.isEmpty()) {
                out.add(paragraph);
            }
        }
        return out;
    }

    static Stream<Arguments> layouts() {
        List<Arguments> out = new ArrayList<>();
        for (int width : new int[] {20, 40, 60, 80, 120, 200}) {
            for (int ambiguous : new int[] {1, 2}) {
                out.add(Arguments.of(width, ambiguous));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "width {0}, ambiguous width {1}")
    @MethodSource("layouts")
    void realPostsWrapWithoutOverflowKinsokuViolationOrLossAndFillWell(int width, int ambiguous) {
        assumeTrue(Files.isDirectory(CORPUS), () -> "real corpus not found at "
                + CORPUS.toAbsolutePath().normalize() + " (expected ../shared/corpus/real); skipping");
        CellWidth widths = new CellWidth(ambiguous);
        LineWrapper wrapper = new LineWrapper(widths);
        List<String> problems = new ArrayList<>();
        long filledCells = 0;
        long fullLines = 0;
        int cjkParagraphs = 0;
        for (String paragraph : paragraphs) {
            List<TextLine> lines = wrapper.wrap(paragraph, width);
            LayoutOracle oracle = new LayoutOracle(paragraph, lines, width, widths);
            problems.addAll(oracle.overflow());
            problems.addAll(oracle.kinsokuViolations());
            problems.addAll(oracle.loss());
            problems.addAll(oracle.splitClusters());
            if (isMostlyCjk(paragraph)) {
                cjkParagraphs++;
                for (int i = 0; i + 1 < lines.size(); i++) {
                    filledCells += lines.get(i).width();
                    fullLines++;
                }
            }
        }
        assertThat(paragraphs).hasSizeGreaterThan(500);
        assertThat(cjkParagraphs).isGreaterThan(300);
        assertThat(problems).isEmpty();
        double fill = fullLines == 0 ? 1 : (double) filledCells / (fullLines * width);
        if (width >= 40) {
            assertThat(fill).as("fill of CJK paragraphs at width %d", width).isGreaterThanOrEqualTo(0.95);
        }
    }

    private static boolean isMostlyCjk(String paragraph) {
        long printed = paragraph.codePoints().filter(c -> !Character.isWhitespace(c)).count();
        long cjk = paragraph.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                || Character.UnicodeScript.of(c) == Character.UnicodeScript.HIRAGANA
                || Character.UnicodeScript.of(c) == Character.UnicodeScript.KATAKANA).count();
        return printed > 0 && cjk * 2 >= printed;
    }
}
