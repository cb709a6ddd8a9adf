package newsreader.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import newsreader.testing.EndToEnd;
import newsreader.testing.ProgramRun;
import newsreader.testing.SmallDisk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * security.md, failures reported as success: {@code search} with its index on a full disk used to print "no
 * matches" and exit 0 (and nothing at all with {@code --json}); now it says the index could not be written, and
 * either fails or searches what the index held and says that it did.
 */
@EndToEnd
class FullCacheDiskTest {
    @TempDir
    Path dir;

    @Test
    void anIndexThatCouldNotBeWrittenAtAllIsAFailureNotNoMatches() throws IOException {
        Path posts = Files.createDirectories(dir.resolve("posts"));
        writePosts(posts, "old", 300);
        try (SmallDisk cache = SmallDisk.mount(dir.resolve("cache"), 64)) {
            Map<String, String> env = Map.of("XDG_CACHE_HOME", dir.resolve("cache").toString());

            ProgramRun text = ProgramRun.with(env, "search", posts.toString(), "needle");
            assertThat(text.exitCode()).as(text.err()).isEqualTo(3);
            assertThat(text.err()).contains("the search index could not be written: No space left on device")
                    .contains("nothing to search").doesNotContain("no matches");

            ProgramRun json = ProgramRun.with(env, "search", posts.toString(), "needle", "--json");
            assertThat(json.exitCode()).as(json.err()).isEqualTo(3);
            assertThat(json.out()).isEmpty();
            assertThat(json.err()).contains("could not be written");
        }
    }

    @Test
    void anIndexThatCouldNotTakeNewPostsIsSearchedAndSaysSo() throws IOException {
        Path posts = Files.createDirectories(dir.resolve("posts"));
        Files.writeString(posts.resolve("first.md"), "---\ntitle: First\n---\nThe needle in the first post.\n");
        try (SmallDisk cache = SmallDisk.mount(dir.resolve("cache"), 1024)) {
            Map<String, String> env = Map.of("XDG_CACHE_HOME", dir.resolve("cache").toString());
            ProgramRun fits = ProgramRun.with(env, "search", posts.toString(), "needle");
            assertThat(fits.exitCode()).as(fits.err()).isZero();

            writePosts(posts, "new", 2_000);
            ProgramRun full = ProgramRun.with(env, "search", posts.toString(), "needle");

            assertThat(full.err()).contains("the search index could not be written: No space left on device")
                    .contains("searching only the");
            assertThat(full.out()).contains("First");
            assertThat(full.exitCode()).as("not a plain success").isEqualTo(1);
        }
    }

    /** Posts of random words: their index is far larger than a small disk. */
    private static void writePosts(Path folder, String prefix, int count) throws IOException {
        Random random = new Random(prefix.hashCode());
        for (int i = 0; i < count; i++) {
            StringBuilder body = new StringBuilder();
            for (int word = 0; word < 300; word++) {
                body.append(Long.toString(random.nextLong() & 0xFFFFFFFFL, 36)).append(' ');
            }
            Files.writeString(folder.resolve(prefix + "-" + i + ".md"), "---\ntitle: " + prefix + " " + i
                    + "\n---\n" + body + "\n");
        }
    }
}
