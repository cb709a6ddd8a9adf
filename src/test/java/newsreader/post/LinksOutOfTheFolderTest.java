package newsreader.post;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import newsreader.testing.EndToEnd;
import newsreader.testing.ProgramRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * security.md, "links out of the folder": a posts folder holding links to files and folders outside it ({@code
 * x.md -> /etc/hostname}, a folder link to {@code /usr/share}) lists, searches and reads nothing outside; each such
 * link is a problem with a one-line reason. Links that stay inside are still followed. The real program, real links.
 */
@EndToEnd
class LinksOutOfTheFolderTest {
    private static final String OUTSIDE_REASON = "links outside the posts folder";

    @TempDir
    Path temp;
    private Path posts;

    @BeforeEach
    void writeFolders() throws IOException {
        Path outside = Files.createDirectories(temp.resolve("outside"));
        Files.writeString(outside.resolve("secret.md"), "---\ntitle: Secret outside\ndate: 2022-01-02\n---\nzebrafish\n");
        posts = Files.createDirectories(temp.resolve("posts"));
        Files.writeString(Files.createDirectories(posts.resolve("feed")).resolve("inside.md"),
                "---\ntitle: Inside\ndate: 2022-01-01\n---\nkoala\n");
        Files.createSymbolicLink(posts.resolve("x.md"), outside.resolve("secret.md"));
        Files.createSymbolicLink(posts.resolve("ext"), outside);
        Files.createSymbolicLink(posts.resolve("alias.md"), posts.resolve("feed/inside.md"));
        Files.createSymbolicLink(posts.resolve("again"), posts.resolve("feed"));
        if (Files.isDirectory(Path.of("/usr/share"))) {
            Files.createSymbolicLink(posts.resolve("share"), Path.of("/usr/share"));
        }
        if (Files.isRegularFile(Path.of("/etc/hostname"))) {
            Files.createSymbolicLink(posts.resolve("hostname.md"), Path.of("/etc/hostname"));
        }
    }

    @Test
    void listShowsOnlyThePostsInsideAndReportsEachLinkOut() throws IOException {
        ProgramRun run = ProgramRun.of("list", "--json", posts.toString());
        Map<String, JsonNode> byPath = new HashMap<>();
        ObjectMapper json = new ObjectMapper();
        for (String line : run.outLines()) {
            JsonNode row = json.readTree(line);
            byPath.put(posts.toAbsolutePath().relativize(Path.of(row.get("path").asText())).toString(), row);
        }
        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(byPath.values()).extracting(row -> row.get("title").asText(null)).containsOnly("Inside", null);
        assertThat(byPath.get("feed/inside.md").get("problem").isNull()).isTrue();
        assertThat(byPath.get("x.md").get("problem").asText()).isEqualTo(OUTSIDE_REASON);
        assertThat(byPath.get("ext").get("problem").asText()).isEqualTo(OUTSIDE_REASON);
        if (Files.isRegularFile(Path.of("/etc/hostname"))) {
            assertThat(byPath.get("hostname.md").get("problem").asText()).isEqualTo(OUTSIDE_REASON);
        }
        if (Files.isDirectory(Path.of("/usr/share"))) {
            assertThat(byPath.get("share").get("problem").asText()).isEqualTo(OUTSIDE_REASON);
        }
        assertThat(byPath.keySet()).allMatch(path -> !path.startsWith("ext/") && !path.startsWith("share/"));

        ProgramRun text = ProgramRun.of("list", posts.toString());
        assertThat(text.out()).contains("Inside").doesNotContain("Secret outside");
        assertThat(text.err()).contains("x.md: " + OUTSIDE_REASON).contains("ext: " + OUTSIDE_REASON);
    }

    @Test
    void searchFindsNothingOutside() {
        ProgramRun outside = ProgramRun.of("search", posts.toString(), "zebrafish");
        assertThat(outside.out()).isEmpty();
        ProgramRun inside = ProgramRun.of("search", posts.toString(), "koala");
        assertThat(inside.out()).contains("Inside");
    }

    @Test
    void lineModeListsAndOpensNothingOutside() throws IOException {
        Path input = Files.writeString(temp.resolve("typed"), "list\nproblems\nopen 1\nquit\n", StandardCharsets.UTF_8);
        ProgramRun line = ProgramRun.withInput(input, Map.of("TERM", "dumb"), "--line", posts.toString());
        assertThat(line.exitCode()).as(line.err()).isZero();
        assertThat(line.out()).contains("Inside", "koala", "x.md", OUTSIDE_REASON).doesNotContain("Secret outside", "zebrafish");
    }

    @Test
    void aLinkToTheWholeDiskIsNotWalked() throws IOException {
        Files.createSymbolicLink(posts.resolve("disk"), Path.of("/"));
        ProgramRun run = ProgramRun.of("list", posts.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.err()).contains("disk: " + OUTSIDE_REASON);
        assertThat(run.outLines()).hasSize(1);
    }

    /**
     * A file the user names is read wherever its link leads: the user chose it, as with {@code cat}. Only links met
     * while walking a folder, which a feed converter or a stranger's archive may have put there, are held in.
     */
    @Test
    void showReadsALinkTheUserNamed() {
        assumeThat(Files.isSymbolicLink(posts.resolve("x.md"))).isTrue();
        ProgramRun run = ProgramRun.of("show", posts.resolve("x.md").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Secret outside", "zebrafish");
    }
}
