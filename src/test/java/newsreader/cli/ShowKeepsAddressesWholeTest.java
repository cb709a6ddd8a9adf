package newsreader.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import newsreader.post.PlaceholderImages;
import newsreader.post.Post;
import newsreader.post.PostException;
import newsreader.post.PostReader;
import newsreader.render.ArticleRenderer;
import newsreader.render.Reference;
import newsreader.testing.EndToEnd;
import newsreader.testing.ProgramRun;
import newsreader.text.Addresses;
import newsreader.text.CellWidth;
import newsreader.text.SafeText;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 12, through the real program: {@code show} over every real post prints every address of the posts (the
 * front matter's header image, each link and image of the body, as the references list shows them, and every address
 * written in the text, code blocks too) whole on one line, at narrow and wide widths alike.
 */
@EndToEnd
class ShowKeepsAddressesWholeTest {
    private static final Path CORPUS = Path.of("../shared/corpus/real");

    @ParameterizedTest
    @ValueSource(ints = {20, 40, 80})
    void everyAddressOfTheRealCorpusIsPrintedWholeOnOneLine(int width) throws IOException {
        assumeTrue(Files.isDirectory(CORPUS), "the real corpus is missing at " + CORPUS.toAbsolutePath() + ": skipped");
        List<Path> files = postFiles();
        Set<String> expected = addressesOf(files);
        assertThat(expected).as("addresses in the corpus").hasSizeGreaterThan(60);
        // What a reader sees as an address anywhere in the text, found where nothing needs folding.
        Set<String> written = addressesIn(show(files, 1000));
        assertThat(written).as("addresses written in the text").hasSizeGreaterThan(expected.size());
        expected.addAll(written);

        List<String> lines = show(files, width);
        List<String> broken = expected.stream()
                .filter(address -> lines.stream().noneMatch(line -> line.contains(address))).toList();
        assertThat(broken).as("addresses not whole on one line at width " + width).isEmpty();
    }

    private static List<String> show(List<Path> files, int width) {
        List<String> args = new ArrayList<>(List.of("show", "--width", String.valueOf(width)));
        files.forEach(file -> args.add(file.toString()));
        ProgramRun run = ProgramRun.of(args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isZero();
        return run.outLines();
    }

    private static Set<String> addressesIn(List<String> lines) {
        Set<String> addresses = new LinkedHashSet<>();
        for (String line : lines) {
            for (Addresses.Span span : Addresses.find(line)) {
                addresses.add(line.substring(span.start(), span.end()));
            }
        }
        return addresses;
    }

    private static List<Path> postFiles() throws IOException {
        try (Stream<Path> walk = Files.walk(CORPUS)) {
            return walk.filter(p -> p.toString().matches(".*\\.(md|markdown|html?)$")).sorted().toList();
        }
    }

    /**
     * The header image (unless a placeholder) and the references of each post, as the renderer finds them (the width
     * plays no part).
     */
    private static Set<String> addressesOf(List<Path> files) {
        ArticleRenderer renderer = new ArticleRenderer(CellWidth.standard());
        PostReader reader = new PostReader();
        Set<String> addresses = new LinkedHashSet<>();
        for (Path file : files) {
            Post post;
            try {
                post = reader.read(file, CORPUS);
            } catch (PostException e) {
                throw new AssertionError(file + ": " + e.getMessage(), e);
            }
            String image = post.meta().image();
            // A placeholder header image is shown as "(placeholder)", not as its address.
            if (image != null && !image.isBlank() && !PlaceholderImages.defaults().test(image)) {
                addresses.add(SafeText.line(image).strip());
            }
            for (Reference reference : renderer.parse(post).references()) {
                addresses.add(SafeText.line(reference.url()).strip());
            }
        }
        return addresses;
    }
}
