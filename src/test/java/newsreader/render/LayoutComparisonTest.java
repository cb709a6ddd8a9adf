package newsreader.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import newsreader.post.Post;
import newsreader.post.PostException;
import newsreader.post.PostReader;
import newsreader.text.Addresses;
import newsreader.text.CellWidth;
import newsreader.text.Kinsoku;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * newsreader beside {@code w3m -dump} on the bodies of the real corpus, counted the same way for both: lines wider
 * than the width, lines that start with a character kinsoku forbids there (or end with an opening bracket)
 * while the paragraph goes on, and words split at a line end though the line could take them ({@link WordSplits}). Prints the table; ours must be no worse than w3m's on any count (and is 0).
 */
class LayoutComparisonTest {
    private static final Path CORPUS = Path.of("../shared/corpus/real");
    private final CellWidth widths = CellWidth.standard();
    /** What either tool puts before a line's text: indentation, quote marks, a list marker. */
    private static final java.util.regex.Pattern LIST_PREFIX = java.util.regex.Pattern.compile("^[ >]*(?:[-•*◦] |\\d+\\. )?");

    private record Counts(long lines, long overflow, long badStart, long badEnd, long words) {
    }

    @Test
    void newsreaderWrapsTheRealCorpusBetterThanW3m(@TempDir Path dir) throws Exception {
        assumeTrue(Files.isDirectory(CORPUS), "the real corpus is missing at " + CORPUS.toAbsolutePath() + ": skipped");
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/w3m")), "w3m is not installed (apt-get install w3m): comparison skipped");
        List<Post> posts = new ArrayList<>();
        try (Stream<Path> files = Files.list(CORPUS)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                try {
                    posts.add(new PostReader().read(file, CORPUS));
                } catch (PostException e) {
                    throw new AssertionError(file + ": " + e.getMessage(), e);
                }
            }
        }
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT, "%n%-10s %5s %8s %9s %10s %8s %12s%n",
                "tool", "width", "lines", "overflow", "bad start", "bad end", "words split"));
        for (int width : new int[] {40, 80}) {
            Counts ours = new Counts(0, 0, 0, 0, 0);
            Counts theirs = new Counts(0, 0, 0, 0, 0);
            ArticleRenderer renderer = new ArticleRenderer(widths);
            for (Post post : posts) {
                Post prose = proseOnly(post);
                String source = org.jsoup.Jsoup.parseBodyFragment(prose.body()).body().text();
                ours = add(ours, count(new BlockLayout(widths).layout(renderer.parse(prose).blocks(), width).stream()
                        .map(StyledLine::text).toList(), width, source));
                Path html = dir.resolve("body.html");
                Files.writeString(html, prose.body(), StandardCharsets.UTF_8);
                theirs = add(theirs, count(w3m(html, width), width, source));
            }
            table.append(String.format(Locale.ROOT, "%-10s %5d %8d %9d %10d %8d %12d%n", "newsreader", width, ours.lines(),
                    ours.overflow(), ours.badStart(), ours.badEnd(), ours.words()));
            table.append(String.format(Locale.ROOT, "%-10s %5d %8d %9d %10d %8d %12d%n", "w3m -dump", width, theirs.lines(),
                    theirs.overflow(), theirs.badStart(), theirs.badEnd(), theirs.words()));
            assertThat(ours.overflow()).as(table.toString()).isZero().isLessThanOrEqualTo(theirs.overflow());
            assertThat(ours.badStart()).as(table.toString()).isZero().isLessThanOrEqualTo(theirs.badStart());
            assertThat(ours.badEnd()).as(table.toString()).isZero().isLessThanOrEqualTo(theirs.badEnd());
            assertThat(ours.words()).as(table.toString()).isZero().isLessThanOrEqualTo(theirs.words());
        }
        System.out.println("Real corpus bodies, newsreader beside w3m:" + table);
    }

    /**
     * The body as HTML without preformatted text and tables, for both tools: code keeps its own lines (kinsoku does
     * not apply to it) and table cells are cut differently by each tool, so neither would be compared fairly.
     */
    private static Post proseOnly(Post post) {
        String html = post.body();
        if (!ArticleRenderer.isHtml(post.meta(), html)) {
            var ext = List.of(org.commonmark.ext.gfm.tables.TablesExtension.create());
            html = org.commonmark.renderer.html.HtmlRenderer.builder().extensions(ext).build()
                    .render(org.commonmark.parser.Parser.builder().extensions(ext).build().parse(html));
        }
        org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parseBodyFragment(html);
        doc.select("pre, table, script, style").remove();
        newsreader.post.PostMeta m = post.meta();
        newsreader.post.PostMeta asHtml = new newsreader.post.PostMeta(m.path(), m.relativePath(), m.title(), m.date(), m.rawDate(),
                m.updated(), m.categories(), m.tags(), m.author(), m.image(), newsreader.post.BodyFormat.HTML, m.modified(), m.size(), m.extra());
        return new Post(asHtml, doc.body().html());
    }

    private Counts count(List<String> lines, int width, String source) {
        long overflow = 0;
        long badStart = 0;
        long badEnd = 0;
        long words = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).stripTrailing();
            // The one allowed overflow (cjk-typography.md §5): a line that is a single unbreakable address.
            if (widths.of(line) > width && !Addresses.isWholeAddressLine(line)) {
                overflow++;
            }
            boolean continues = i + 1 < lines.size() && !line.isBlank() && !lines.get(i + 1).isBlank();
            if (continues) {
                String next = lines.get(i + 1).stripLeading();
                if (Kinsoku.cannotStartLine(next.codePointAt(0))) {
                    badStart++;
                }
                if (!line.isEmpty() && Kinsoku.cannotEndLine(line.codePointBefore(line.length()))) {
                    badEnd++;
                }
                String here = LIST_PREFIX.matcher(line).replaceFirst("");
                String after = LIST_PREFIX.matcher(next).replaceFirst("");
                if (WordSplits.splitBetween(here, after, source, width - widths.of(lines.get(i + 1)) + widths.of(after)) != null) {
                    words++;
                }
            }
        }
        return new Counts(lines.size(), overflow, badStart, badEnd, words);
    }

    private static Counts add(Counts a, Counts b) {
        return new Counts(a.lines() + b.lines(), a.overflow() + b.overflow(), a.badStart() + b.badStart(), a.badEnd() + b.badEnd(),
                a.words() + b.words());
    }

    private static List<String> w3m(Path html, int width) throws IOException, InterruptedException {
        Process w3m = new ProcessBuilder("w3m", "-dump", "-cols", String.valueOf(width), "-T", "text/html", "-I", "UTF-8", "-O", "UTF-8",
                html.toString()).redirectErrorStream(true).start();
        String out = new String(w3m.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(w3m.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return List.of(out.split("\n"));
    }
}
