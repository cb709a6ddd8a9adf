package newsreader.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import newsreader.testing.EndToEnd;
import newsreader.testing.ProgramRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * security.md, private data: after real runs of the commands and line mode, everything newsreader wrote under its
 * data, state and cache folders (read marks in SQLite with its -wal and -shm, the log, the metadata cache, the search
 * index) is for the user only: folders 0700, files 0600, whatever the umask (022 here) would have given.
 */
@EndToEnd
class PrivateFilesTest {
    @TempDir
    Path dir;

    @Test
    void everyFolderAndFileNewsreaderWritesIsTheUsersAlone() throws IOException {
        Path xdg = dir.resolve("xdg");
        Map<String, String> env = Map.of(
                "XDG_DATA_HOME", xdg.resolve("data").toString(),
                "XDG_STATE_HOME", xdg.resolve("state").toString(),
                "XDG_CACHE_HOME", xdg.resolve("cache").toString(),
                "XDG_CONFIG_HOME", xdg.resolve("config").toString());
        String posts = Path.of("sample-posts").toAbsolutePath().toString();

        // --debug: a run that logs nothing leaves no log file, and the log's mode is checked here too.
        assertThat(ProgramRun.with(env, "list", "--debug", posts).exitCode()).isIn(0, 1);
        assertThat(ProgramRun.with(env, "search", posts, "Hugo").exitCode()).isZero();
        Path input = Files.writeString(dir.resolve("input.txt"), "open 1\nstar 1\nquit\n");
        ProgramRun line = ProgramRun.withInput(input, env, "--line", posts);
        assertThat(line.exitCode()).as(line.err()).isZero();

        Map<String, String> modes = modesUnder(List.of(
                xdg.resolve("data/newsreader"), xdg.resolve("state/newsreader"), xdg.resolve("cache/newsreader")));
        assertThat(modes.keySet()).as("what the runs wrote").anyMatch(p -> p.endsWith("state.db"))
                .anyMatch(p -> p.contains("newsreader.log")).anyMatch(p -> p.contains("/search/"))
                .anyMatch(p -> p.endsWith(".bin"));
        assertThat(modes).allSatisfy((path, mode) ->
                assertThat(mode).as(path).isEqualTo(path.endsWith("/") ? "rwx------" : "rw-------"));
    }

    /** Each folder (named with a trailing slash) and file under the roots, with its permissions. */
    private static Map<String, String> modesUnder(List<Path> roots) throws IOException {
        Map<String, String> modes = new TreeMap<>();
        for (Path root : roots) {
            assertThat(root).isDirectory();
            try (Stream<Path> all = Files.walk(root)) {
                for (Path path : (Iterable<Path>) all::iterator) {
                    String mode = PosixFilePermissions.toString(
                            Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS));
                    modes.put(path + (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS) ? "/" : ""), mode);
                }
            }
        }
        return modes;
    }
}
