package newsreader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import newsreader.testing.EndToEnd;
import newsreader.testing.ProgramRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A warm {@code list} checks the identity hashes its metadata cache holds without looking a digest up: that started
 * Java's security providers (about forty classes, 20 ms of CPU) at every warm start, only to check numbers. The list
 * that writes the cache hashes the posts (their files are old enough to be settled; a file changed within the last
 * moments is read again by the next scan, which would then hash it again).
 */
class WarmListWithoutDigestTest {
    private static final String SHA_256 = "sun.security.provider.SHA2 ";

    @Test
    @EndToEnd
    void theWarmListLooksNoDigestUp(@TempDir Path dir) throws IOException {
        Path posts = Files.createDirectories(dir.resolve("posts"));
        for (int i = 0; i < 3; i++) {
            Path post = Files.writeString(posts.resolve("p" + i + ".md"), "---\ntitle: \"第" + i
                    + "篇\"\ndate: 2024-05-03 10:00\ncategories: [新媒体]\n---\n\n正文\n", StandardCharsets.UTF_8);
            Files.setLastModifiedTime(post, FileTime.from(Instant.parse("2024-05-03T10:00:00Z")));
        }
        Map<String, String> cache = Map.of("XDG_CACHE_HOME", dir.resolve("cache").toString());

        String cold = classesLoadedBy(dir.resolve("cold.txt"), cache, posts);
        String warm = classesLoadedBy(dir.resolve("warm.txt"), cache, posts);

        assertThat(cold).as("the list that writes the cache hashes the posts").contains(SHA_256);
        assertThat(warm).contains("newsreader.post.MetaCodec").doesNotContain(SHA_256);
    }

    private static String classesLoadedBy(Path log, Map<String, String> env, Path posts) throws IOException {
        ProgramRun run = ProgramRun.run(List.of("-Xlog:class+load:file=" + log), env, "list", posts.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.outLines()).hasSize(3);
        return Files.readString(log);
    }
}
