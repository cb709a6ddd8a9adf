package newsreader.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import newsreader.post.Post;
import newsreader.post.PostException;
import newsreader.post.PostReader;
import newsreader.post.PostScanner;
import newsreader.post.ScanResult;
import newsreader.render.ArticleRenderer;
import newsreader.render.StyledLine;
import newsreader.testing.Property;
import newsreader.text.CellWidth;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuzzing front matter parsing, HTML and Markdown rendering and layout, seeded from the real corpus (and the samples):
 * mutated files either load or fail with a {@link PostException}; whatever loads renders at any width with no
 * exception, no overlong line and no control character; nothing hangs. CI runs a bounded budget; a longer run is
 * {@code mvn test -Dtest=FuzzTest -Dnewsreader.tries=50}.
 */
class FuzzTest {
    private static final Path CORPUS = Path.of("../shared/corpus/real");
    private static final Path SAMPLES = Path.of("sample-posts");
    private static final String[] TOKENS = {
        "---", "\n---\n", ";;;", "+++", ": ", "- ", "[", "]", "{", "}", "&", "*", "!!", "!!binary ", "&a ", "*a", "'", "\"", "\\",
        "<div>", "</div>", "<p>", "<pre>", "</pre>", "<table><tr><td>", "<ul><li>", "<a href='", "<img src=", "<!--", "-->",
        "<script>", "&#27;", "&#x9b;", "&#123;", "```", "\n# ", "| a | b |\n|---|---|\n", "{% asset_img x.png %}", "\t", "\r\n",
        "\u001b[2J", "\u009b", "\u202e", "\u200b", "\ufeff", "\u0000", "👨‍👩‍👧", "🇨🇳", "𠀋", "“", "……", "——", "。", "（", "é", "\u0301",
        "date: Invalid Date\n", "date: 2022-13-45 99:99\n", "categories: [[a, b], [c]]\n", "title: \n",
    };

    private static final List<byte[]> SEEDS = new ArrayList<>();

    @BeforeAll
    static void readSeeds() throws IOException {
        for (Path folder : List.of(CORPUS, SAMPLES)) {
            if (!Files.isDirectory(folder)) {
                continue; // the corpus is optional outside this workspace; the samples always exist
            }
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.filter(p -> p.toString().matches(".*\\.(md|markdown|html?)$")).sorted().toList()) {
                    SEEDS.add(Files.readAllBytes(file));
                }
            }
        }
        assertThat(SEEDS).isNotEmpty();
    }

    @Test
    void mutatedPostsLoadOrFailCleanlyAndRenderWithinTheWidth(@TempDir Path dir) {
        PostReader reader = new PostReader();
        Property.forAll("mutated post", 300, FuzzTest::mutant, bytes -> {
            Path file = dir.resolve("fuzz.md");
            try {
                Files.write(file, bytes);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            Post post;
            try {
                post = reader.read(file, dir);
            } catch (PostException expected) {
                assertThat(expected.getMessage()).isNotBlank().doesNotContain("\n");
                return;
            }
            int width = 1 + Math.floorMod(bytes.length * 31, 160);
            CellWidth widths = new CellWidth(1 + (bytes.length & 1));
            List<StyledLine> lines = withinTime(() -> new ArticleRenderer(widths).render(post, width).lines());
            for (StyledLine line : lines) {
                // The one line that may be wider (cjk-typography.md §2): a single whole address.
                if (!newsreader.text.Addresses.isWholeAddressLine(line.text())) {
                    assertThat(widths.of(line.text())).as("width %d: %s", width, line.text()).isLessThanOrEqualTo(width);
                }
                assertThat(line.text().codePoints().filter(c -> c < 0x20 || (c >= 0x7f && c <= 0x9f))).isEmpty();
            }
        });
    }

    @Test
    void aFolderOfMutantsScansWithoutAnException(@TempDir Path dir) throws IOException {
        Random random = new Random(7);
        for (int i = 0; i < Property.tries(60); i++) {
            Files.write(dir.resolve("m" + i + ".md"), mutant(random));
        }
        ScanResult result = withinTime(() -> new PostScanner().scan(dir));
        assertThat(result.posts().size() + result.problems().size()).isEqualTo(Property.tries(60));
    }

    @Test
    void randomHtmlAndMarkdownRenderWithinTheWidth() {
        Property.forAll("random markup", 400, random -> {
            StringBuilder body = new StringBuilder();
            for (int i = random.nextInt(60); i > 0; i--) {
                body.append(random.nextInt(3) == 0 ? randomText(random) : TOKENS[random.nextInt(TOKENS.length)]);
            }
            return body.toString();
        }, body -> {
            for (var format : newsreader.post.BodyFormat.values()) {
                Post post = new Post(new newsreader.post.PostMeta(Path.of("/p/x.md"), "x.md", "t", null, null, null, List.of(),
                        List.of(), null, null, format, 0, 0, java.util.Map.of()), body);
                int width = 1 + Math.floorMod(body.hashCode(), 120);
                for (StyledLine line : new ArticleRenderer(CellWidth.standard()).render(post, width).lines()) {
                    if (newsreader.text.Addresses.isWholeAddressLine(line.text())) {
                        continue; // the one line that may be wider (cjk-typography.md §2)
                    }
                    assertThat(CellWidth.standard().of(line.text())).as("width %d: %s", width, line.text()).isLessThanOrEqualTo(width);
                }
            }
        }, Property.strings());
    }

    private static byte[] mutant(Random random) {
        byte[] seed = SEEDS.get(random.nextInt(SEEDS.size()));
        byte[] out = seed.clone();
        for (int m = 1 + random.nextInt(6); m > 0; m--) {
            out = mutate(out, random);
        }
        return out;
    }

    private static byte[] mutate(byte[] in, Random random) {
        int at = in.length == 0 ? 0 : random.nextInt(in.length);
        switch (random.nextInt(6)) {
            case 0 -> { // flip bytes
                byte[] out = in.clone();
                for (int i = 0; i < 1 + random.nextInt(8) && out.length > 0; i++) {
                    out[random.nextInt(out.length)] ^= (byte) (1 << random.nextInt(8));
                }
                return out;
            }
            case 1 -> { // insert a token
                return splice(in, at, 0, TOKENS[random.nextInt(TOKENS.length)].getBytes(StandardCharsets.UTF_8));
            }
            case 2 -> { // delete a range
                return splice(in, at, Math.min(in.length - at, random.nextInt(200)), new byte[0]);
            }
            case 3 -> { // duplicate a range many times
                int len = Math.min(in.length - at, 1 + random.nextInt(50));
                byte[] piece = java.util.Arrays.copyOfRange(in, at, at + len);
                byte[] many = new byte[piece.length * (1 + random.nextInt(200))];
                for (int i = 0; i < many.length; i += Math.max(1, piece.length)) {
                    System.arraycopy(piece, 0, many, i, Math.min(piece.length, many.length - i));
                }
                return splice(in, at, 0, many);
            }
            case 4 -> { // truncate
                return java.util.Arrays.copyOf(in, at);
            }
            default -> { // random bytes
                byte[] noise = new byte[1 + random.nextInt(16)];
                random.nextBytes(noise);
                return splice(in, at, 0, noise);
            }
        }
    }

    private static byte[] splice(byte[] in, int at, int remove, byte[] insert) {
        byte[] out = new byte[in.length - remove + insert.length];
        System.arraycopy(in, 0, out, 0, at);
        System.arraycopy(insert, 0, out, at, insert.length);
        System.arraycopy(in, at + remove, out, at + insert.length, in.length - at - remove);
        return out;
    }

    private static String randomText(Random random) {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(30); i > 0; i--) {
            int kind = random.nextInt(5);
            int cp = switch (kind) {
                case 0 -> 0x4e00 + random.nextInt(0x5000);
                case 1 -> 0x20 + random.nextInt(0x5f);
                case 2 -> 0x3000 + random.nextInt(0x100);
                case 3 -> 0x1f300 + random.nextInt(0x300);
                default -> random.nextInt(0x3000);
            };
            if (!Character.isSurrogate((char) cp)) {
                text.appendCodePoint(cp);
            }
        }
        return text.toString();
    }

    private static <T> T withinTime(java.util.function.Supplier<T> work) {
        return org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(20), work::get);
    }
}
