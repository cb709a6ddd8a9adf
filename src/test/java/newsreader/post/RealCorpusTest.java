package newsreader.post;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every real post of the shared corpus loads, checked against the corpus' own INDEX.tsv. */
class RealCorpusTest {
    private static final Path CORPUS = Path.of("../shared/corpus/real");
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    /** One row of INDEX.tsv. */
    record Row(String file, String title, String categories, String date, int bodyChars, int totalChars, List<String> features) {
        static Row parse(String line) {
            String[] cells = line.split("\t", -1);
            return new Row(cells[0], cells[2], cells[3], cells[4].replaceFirst("^date: ", ""),
                    Integer.parseInt(cells[5]), Integer.parseInt(cells[6]), Arrays.asList(cells[7].split(",")));
        }
    }

    private static Map<String, Row> index;
    private static ScanResult scan;

    @BeforeAll
    static void scanTheCorpus() throws IOException {
        assumeThat(Files.isDirectory(CORPUS)).as("shared corpus missing at " + CORPUS.toAbsolutePath().normalize() + ", skipped")
                .isTrue();
        index = Files.readAllLines(CORPUS.resolve("INDEX.tsv"), StandardCharsets.UTF_8).stream().skip(1)
                .filter(line -> !line.isBlank()).map(Row::parse)
                .collect(Collectors.toMap(Row::file, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        scan = new PostScanner(SHANGHAI).withCache(MetaCache.none()).scan(CORPUS);
    }

    private static Map<String, PostMeta> byFile() {
        return scan.posts().stream().collect(Collectors.toMap(PostMeta::relativePath, Function.identity()));
    }

    @Test
    void allSixtyLoadWithoutProblems() {
        assertThat(index).hasSize(60);
        assertThat(scan.problems()).isEmpty();
        assertThat(scan.posts()).extracting(PostMeta::relativePath).containsExactlyInAnyOrderElementsOf(index.keySet());
    }

    @Test
    void titlesAreAsTheIndexSays() {
        Map<String, PostMeta> posts = byFile();
        index.values().forEach(row -> assertThat(posts.get(row.file()).title()).as(row.file()).isEqualTo(row.title()));
    }

    @Test
    void everyPostHasOneCategoryPathAsTheIndexSays() {
        Map<String, PostMeta> posts = byFile();
        for (Row row : index.values()) {
            List<List<String>> categories = posts.get(row.file()).categories();
            assertThat(categories).as(row.file()).hasSize(1);
            if (row.features().contains("malformed-category")) {
                // written " -  - 资讯": a list inside the path, read as its last step
                assertThat(categories.get(0)).as(row.file()).last().isEqualTo("资讯");
            } else {
                assertThat(String.join(" / ", categories.get(0))).as(row.file()).isEqualTo(row.categories());
            }
        }
        assertThat(posts.get("r005.md").categories()).containsExactly(List.of("新媒体", "36kr", "资讯"));
        assertThat(posts.get("r010.md").categories()).containsExactly(List.of("新媒体", "PMCAFF", "今日推荐 / 精选"));
    }

    @Test
    void invalidDatesAreUndatedAndKeepWhatWasWritten() {
        Map<String, PostMeta> posts = byFile();
        List<Row> invalid = index.values().stream().filter(row -> row.features().contains("invalid-date")).toList();
        assertThat(invalid).hasSize(14);
        invalid.forEach(row -> {
            assertThat(posts.get(row.file()).date()).as(row.file()).isNull();
            assertThat(posts.get(row.file()).rawDate()).as(row.file()).isEqualTo("Invalid Date");
        });
    }

    @Test
    void rfcDatesAreExact() {
        Map<String, PostMeta> posts = byFile();
        List<Row> rfc = index.values().stream().filter(row -> row.features().contains("rfc-date")).toList();
        assertThat(rfc).hasSizeGreaterThan(40);
        rfc.forEach(row -> assertThat(posts.get(row.file()).date()).as(row.file())
                .isEqualTo(ZonedDateTime.parse(row.date(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant()));
        assertThat(posts.get("r001.md").date()).isEqualTo(Instant.parse("2017-11-30T01:13:11Z"));
        assertThat(posts.get("r057.md").date()).isEqualTo(Instant.parse("2021-07-29T05:49:12Z"));
        assertThat(posts.get("r003.md").date()).isEqualTo(Instant.parse("2020-09-27T00:00:00Z"));
    }

    @Test
    void datesWithoutZoneAreLocalTime() {
        Map<String, PostMeta> posts = byFile();
        assertThat(posts.get("r044.md").date()).isEqualTo(Instant.parse("2022-01-12T21:12:08Z"));
        assertThat(posts.get("r050.md").date()).isEqualTo(Instant.parse("2021-10-10T03:06:15Z"));
    }

    @Test
    void listIsNewestFirstWithUndatedLast() {
        List<PostMeta> posts = scan.posts();
        int dated = 60 - 14;
        Instant newest = index.values().stream().filter(row -> row.features().contains("rfc-date"))
                .map(row -> ZonedDateTime.parse(row.date(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant())
                .max(Instant::compareTo).orElseThrow();
        assertThat(posts.get(0).date()).isEqualTo(newest);
        assertThat(posts.subList(0, dated)).allSatisfy(meta -> assertThat(meta.date()).isNotNull());
        assertThat(posts.subList(dated, 60)).allSatisfy(meta -> assertThat(meta.date()).isNull());
        for (int i = 1; i < dated; i++) {
            assertThat(posts.get(i).date()).isBeforeOrEqualTo(posts.get(i - 1).date());
        }
    }

    @Test
    void everyPostReadsInFullWithTheBodyTheIndexCounts() throws PostException {
        PostReader reader = new PostReader(SHANGHAI);
        for (Row row : index.values()) {
            Post post = reader.read(CORPUS.resolve(row.file()), CORPUS);
            assertThat(post.meta()).as(row.file()).isEqualTo(byFile().get(row.file()));
            assertThat(post.body().codePointCount(0, post.body().length())).as(row.file()).isEqualTo(row.bodyChars());
            assertThat(post.body()).as(row.file()).startsWith("\n<div>");
        }
    }

    @Test
    void knownFieldsAreReadAndTheRestKept() {
        PostMeta r001 = byFile().get("r001.md");
        assertThat(r001.author()).isEqualTo("Hexo");
        assertThat(r001.image()).isEqualTo("https://picsum.photos/400/300?random=3528");
        assertThat(r001.extra()).containsExactly(Map.entry("comments", false));
        assertThat(r001.format()).isEqualTo(BodyFormat.MARKDOWN);
    }
}
