package newsreader.search;

import static newsreader.search.PostFolder.day;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import newsreader.cache.CacheDirectory;
import newsreader.cli.InProcess;
import newsreader.testing.EndToEnd;
import newsreader.testing.ProgramRun;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code newsreader search} through the real command line, in-process ({@link InProcess}: this JVM's XDG folders,
 * which surefire points under the build folder); the case about a second process runs a real one.
 */
class SearchCommandTest {
    @TempDir
    static Path scratch;

    private static Path folder;
    /** Where the in-process runs keep their indexes: {@code $XDG_CACHE_HOME/newsreader/search}. */
    private static Path indexes;

    @BeforeAll
    static void writePosts() {
        PostFolder posts = new PostFolder(scratch.resolve("posts"));
        posts.write("a/chip.md", "英伟达GPU芯片", day(1), "<p>英伟达新一代GPU芯片面积创下纪录。</p>");
        posts.write("b/apart.md", "水果", day(2), "<p>这颗橙子的果芯很甜，切成薄片以后更好吃。</p>");
        // Control characters written as YAML escapes in the title and raw in the body: none may reach the output.
        posts.writeRaw("c/news.md", "---\ntitle: \"芯片新闻\\e[2J\\u009b\"\ndate: 2022-03-04 08:00:00 +00:00\n---\n\n"
                + "<div><p>芯片\u0007产能\u001b[31m提高。</p></div>\n");
        folder = posts.root();
        indexes = SearchLocation.cacheRoot();
    }

    private static ProgramRun search(String... args) {
        return InProcess.run(withSearch(args));
    }

    private static String[] withSearch(String... args) {
        List<String> all = new ArrayList<>(List.of("search"));
        all.addAll(List.of(args));
        return all.toArray(String[]::new);
    }

    @Test
    void printsRankedHitsWithMarkedSnippets() {
        ProgramRun run = search(folder.toString(), "芯片");
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> lines = run.outLines();
        assertThat(lines).hasSize(7);
        assertThat(lines.get(0)).contains("[芯片]新闻");
        assertThat(lines.get(1)).isEqualTo("  " + folder.resolve("c/news.md"));
        assertThat(lines.get(2)).isEqualTo("  [芯片]产能[31m提高。");
        assertThat(lines.get(4)).endsWith("英伟达GPU[芯片]");
        assertThat(lines.get(6)).isEqualTo("  英伟达新一代GPU[芯片]面积创下纪录。");
        assertThat(run.out()).doesNotContain("水果").doesNotContainPattern("[\\x00-\\x09\\x0b-\\x1f\\x7f-\\x9f]");
        assertThat(run.err()).as("no progress line when stderr is not a terminal").isEmpty();
    }

    @Test
    void writesJsonLinesWithCodePointHighlights() throws IOException {
        ProgramRun run = search(folder.toString(), "GPU芯片", "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.outLines()).hasSize(1);
        JsonNode hit = new ObjectMapper().readTree(run.outLines().get(0));
        assertThat(hit.get("path").asText()).isEqualTo(folder.resolve("a/chip.md").toString());
        assertThat(hit.get("relativePath").asText()).isEqualTo("a/chip.md");
        assertThat(hit.get("title").asText()).isEqualTo("英伟达GPU芯片");
        assertThat(hit.get("date").asText()).isEqualTo(day(1).toString());
        assertThat(hit.get("score").asDouble()).isPositive();
        String snippet = hit.get("snippet").asText();
        JsonNode range = hit.get("highlights").get(0);
        int[] codePoints = snippet.codePoints().toArray();
        assertThat(new String(codePoints, range.get(0).asInt(), range.get(1).asInt() - range.get(0).asInt())).isEqualTo("GPU芯片");
        assertThat(hit.get("titleHighlights").get(0).toString()).isEqualTo("[3,8]");
    }

    @Test
    void noMatchesIsNotAnError() {
        ProgramRun run = search(folder.toString(), "量子计算机");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("no matches");
    }

    @Test
    void anExclusionFollowsTwoDashes() {
        ProgramRun run = search(folder.toString(), "--json", "--", "芯片", "-英伟达");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("c/news.md").doesNotContain("a/chip.md");
    }

    @Test
    void limitCutsTheList() {
        ProgramRun run = search(folder.toString(), "芯片", "--limit", "1", "--json");
        assertThat(run.exitCode()).isZero();
        assertThat(run.outLines()).hasSize(1).first().asString().contains("c/news.md");
    }

    @Test
    void hostileQueriesAreSearchedNotParsed() {
        ProgramRun run = search(folder.toString(), "\"", "(", "*", "\\", "title:", "-", "\u001b[2J", "芯片)");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("no matches").doesNotContain("Exception");
    }

    @Test
    void noUpdateSearchesTheIndexAsItStands() throws IOException {
        Path other = scratch.resolve("other");
        PostFolder posts = new PostFolder(other);
        posts.write("a.md", "旧文章", day(1), "<p>显卡降价。</p>");
        assertThat(search(other.toString(), "显卡", "--no-update").outLines()).as("never indexed").isEmpty();
        assertThat(search(other.toString(), "显卡").outLines()).hasSize(3);
        posts.write("b.md", "新文章", day(2), "<p>显卡缺货。</p>");
        assertThat(search(other.toString(), "缺货", "--no-update").outLines()).as("b.md not indexed yet").isEmpty();
        assertThat(search(other.toString(), "显卡", "--no-update").outLines()).hasSize(3);
    }

    @Test
    @EndToEnd
    void aSecondProcessSearchesReadOnlyWhileAnotherHoldsTheIndex() throws IOException {
        Path other = scratch.resolve("held");
        Path cache = scratch.resolve("cache");
        PostFolder posts = new PostFolder(other);
        posts.write("a.md", "旧文章", day(1), "<p>显卡降价。</p>");
        try (SearchIndex holder = SearchIndex.open(other, cache.resolve("newsreader/search"))) {
            OpenIndex.update(holder, posts.scan());
            posts.write("b.md", "新文章", day(2), "<p>显卡缺货。</p>");
            ProgramRun run = ProgramRun.with(Map.of("XDG_CACHE_HOME", cache.toString()),
                    withSearch(other.toString(), "显卡", "--json"));
            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.err()).contains("another newsreader is updating the index");
            assertThat(run.outLines()).as("what the holder committed, not b.md").hasSize(1).first().asString().contains("a.md");
        }
        assertThat(search(other.toString(), "显卡", "--json").outLines()).as("the holder closed: updated").hasSize(2);
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(search(folder.toString()).exitCode()).as("no query").isEqualTo(2);
        assertThat(search(folder.resolve("missing").toString(), "芯片").exitCode()).as("no folder").isEqualTo(2);
        assertThat(search(folder.toString(), "芯片", "--limit", "-1").exitCode()).as("negative limit").isEqualTo(2);
    }

    @Test
    void withoutAFolderTheWordsAreTheQueryAndTheConfiguredFolderIsSearched() throws IOException {
        Path config = Files.writeString(scratch.resolve("config.yaml"), "posts: " + folder + "\n");
        ProgramRun run = search("--config", config.toString(), "--json", "GPU芯片", "纪录");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.outLines()).hasSize(1);
        assertThat(new ObjectMapper().readTree(run.outLines().get(0)).get("path").asText())
                .isEqualTo(folder.resolve("a/chip.md").toString());
    }

    @Test
    void theFirstWordIsTheFolderWhenItIsOneOrIsWrittenAsAPath() {
        assertThat(search("./no-such-folder", "芯片").err()).contains("./no-such-folder: not a folder");
        assertThat(search(folder.toString()).err()).as("a folder and no query").contains("'QUERY'");
    }

    @Test
    void theIndexLivesInTheCacheDirectoryAndThePostsFolderIsUntouched() throws IOException {
        List<String> before = listing(folder);
        assertThat(search(folder.toString(), "芯片").exitCode()).isZero();
        assertThat(listing(folder)).isEqualTo(before);
        assertThat(indexes.resolve(CacheDirectory.nameOf(folder.toRealPath()))).isDirectory();
    }

    private static List<String> listing(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.map(p -> p + " " + p.toFile().lastModified() + " " + p.toFile().length()).sorted().toList();
        }
    }
}
