package newsreader.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import newsreader.testing.EndToEnd;
import newsreader.testing.FolderChecksum;
import newsreader.testing.ProgramRun;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * security.md for the commands that serve pipes and scripts: a folder of hostile and broken posts is listed and
 * shown in a small heap and bounded time; each bad file is a problem with a reason, the good posts are unaffected,
 * no control character reaches the output, no YAML gadget connects anywhere, and the folder is not changed.
 */
@EndToEnd
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputTest {
    private static final List<String> SMALL_HEAP = List.of("-Xmx256m");

    private HostileFolder folder;
    private ServerSocket listener;
    private final AtomicInteger connections = new AtomicInteger();
    private Map<String, String> checksumBefore;

    @BeforeAll
    void writeFolder(@TempDir Path dir) throws IOException {
        listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread accept = new Thread(() -> {
            while (!listener.isClosed()) {
                try (Socket ignored = listener.accept()) {
                    connections.incrementAndGet();
                } catch (IOException closed) {
                    return;
                }
            }
        }, "yaml-gadget-listener");
        accept.setDaemon(true);
        accept.start();
        folder = new HostileFolder(dir.resolve("posts")).write(listener.getLocalPort());
        checksumBefore = FolderChecksum.of(folder.root());
    }

    @AfterAll
    void closeListener() throws IOException {
        listener.close();
    }

    @Test
    void listFindsEveryFileReportsEachBrokenOneAndKeepsTheGoodOnes() throws IOException {
        ProgramRun json = ProgramRun.run(SMALL_HEAP, Map.of(), "list", "--json", folder.root().toString());
        assertThat(json.exitCode()).as(json.err()).isEqualTo(1);
        Map<String, JsonNode> byFile = new TreeMap<>();
        ObjectMapper mapper = new ObjectMapper();
        for (String line : json.outLines()) {
            JsonNode row = mapper.readTree(line);
            byFile.put(folder.root().relativize(Path.of(row.get("path").asText())).toString(), row);
        }
        for (String name : folder.cases().keySet()) {
            if (Files.isRegularFile(folder.root().resolve(name), LinkOption.NOFOLLOW_LINKS) || name.equals("dangling.md")) {
                assertThat(byFile).as("%s (%s) is listed or reported, never dropped", name, folder.cases().get(name)).containsKey(name);
            }
        }
        for (String broken : List.of("yaml-gadget.md", "yaml-gadget-value.md", "billion-laughs.md", "deep-nesting.md", "deep-json.md",
                "huge-front-matter.md", "no-closing-dashes.md", "invalid-utf8.md", "binary.md", "two-gigabytes.md", "dangling.md")) {
            JsonNode problem = byFile.get(broken).get("problem");
            assertThat(problem.isTextual()).as("%s is a problem", broken).isTrue();
            assertThat(problem.asText()).as("%s has a one-line reason", broken).isNotBlank().doesNotContain("\n");
        }
        for (String fine : List.of("good-1.md", "sub/good-2.md", "bom-crlf.md", "gbk.md", "escapes-everywhere.md", "one-megabyte-line.md",
                "nested-divs.md")) {
            assertThat(byFile.get(fine).get("problem").isNull()).as("%s loads", fine).isTrue();
        }
        assertThat(byFile.get("bom-crlf.md").get("title").asText()).isEqualTo("BOM 和 CRLF");
        assertThat(byFile.get("gbk.md").get("title").asText()).isEqualTo("中文标题");
        // NUL bytes after the front matter may be seen by the scan (when they fall in the head it reads) or only when
        // the post is opened: either way the file is listed or reported above, and `show` reports it below.
        assertNoControlCharacters(json);

        ProgramRun table = ProgramRun.run(SMALL_HEAP, Map.of(), "list", folder.root().toString());
        assertThat(table.exitCode()).isEqualTo(1);
        assertThat(table.out()).contains(folder.goodTitles());
        assertThat(table.err()).contains("yaml-gadget.md: ", "billion-laughs.md: ", "two-gigabytes.md: ");
        assertNoControlCharacters(table);
    }

    @Test
    void showPrintsEveryReadablePostCleanlyAndReportsTheRest() throws IOException {
        List<String> args = new ArrayList<>(List.of("show", "--width", "60"));
        try (Stream<Path> files = Files.walk(folder.root())) {
            files.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).sorted().forEach(p -> args.add(p.toString()));
        }
        args.add(folder.root().resolve("dangling.md").toString());
        ProgramRun run = ProgramRun.run(SMALL_HEAP, Map.of(), args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.out()).contains(folder.goodTitles()).contains("深处", "正文内容");
        assertThat(run.err()).contains("yaml-gadget.md: ", "nul.md: ", "dangling.md: ", "invalid-utf8-body.md: ");
        assertNoControlCharacters(run);
    }

    @Test
    void noYamlGadgetConnectsAndTheFolderIsNeverWritten() throws IOException {
        ProgramRun.run(SMALL_HEAP, Map.of(), "list", folder.root().toString());
        ProgramRun.run(SMALL_HEAP, Map.of(), "show", folder.root().resolve("yaml-gadget.md").toString(),
                folder.root().resolve("yaml-gadget-value.md").toString());
        assertThat(connections.get()).as("connections to the gadget's listener").isZero();
        assertThat(FolderChecksum.of(folder.root())).isEqualTo(checksumBefore);
        assertThat(Path.of("/tmp/pwned-newsreader")).doesNotExist();
    }

    private static void assertNoControlCharacters(ProgramRun run) {
        for (String stream : List.of(run.out(), run.err())) {
            List<String> found = new ArrayList<>();
            stream.codePoints().filter(c -> (c < 0x20 && c != '\n') || (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e)
                    || (c >= 0x2066 && c <= 0x2069)).forEach(c -> found.add(String.format("U+%04X", c)));
            assertThat(found).as("control characters in output").isEmpty();
        }
    }
}
