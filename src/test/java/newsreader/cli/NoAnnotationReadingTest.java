package newsreader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import newsreader.testing.EndToEnd;
import newsreader.testing.ProgramRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A start reads no annotation: each one read makes the JVM generate a class (a proxy) and parse the class's annotations,
 * which no class-data archive keeps; picocli reading annotated commands took about 45 ms of every start
 * ({@link CommandModel}). A run of {@code list} and one of {@code --help} (the whole tree) show it from outside, in the JVM's own
 * log of the classes it loads.
 */
@EndToEnd
class NoAnnotationReadingTest {
    @Test
    void listAndHelpStartWithoutGeneratingAnnotationClasses(@TempDir Path dir) throws IOException {
        Path posts = Files.createDirectories(dir.resolve("posts"));
        Files.writeString(posts.resolve("a.md"), "---\ntitle: 一篇\ndate: 2024-05-03 10:00\n---\n\n正文\n");
        Map<String, String> env = Map.of("XDG_CACHE_HOME", dir.resolve("cache").toString());

        for (List<String> command : List.of(List.of("list", posts.toString()), List.of("--help"))) {
            Path log = dir.resolve("classes.txt");
            Files.deleteIfExists(log);
            ProgramRun run = ProgramRun.run(List.of("-Xlog:class+load:file=" + log), env, command.toArray(String[]::new));
            assertThat(run.exitCode()).as(run.err()).isZero();
            String classes = Files.readString(log);
            assertThat(classes).as("%s ran", command).contains("newsreader.cli.CommandModel ");
            assertThat(classes).as("%s reads no annotation", command)
                    .doesNotContain("java.lang.reflect.ProxyGenerator ").doesNotContainPattern("\\$Proxy\\d+ ");
        }
    }
}
