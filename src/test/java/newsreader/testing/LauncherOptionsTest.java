package newsreader.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The end-to-end tests start the program with {@link ProgramRun#LAUNCHER_JVM_OPTIONS}; what they show (no thread
 * dump over the screen on SIGQUIT, among others) holds for users only if every launcher passes the same options.
 */
class LauncherOptionsTest {
    @ParameterizedTest
    @ValueSource(strings = {"scripts/newsreader", "scripts/install", "scripts/jlink-image"})
    void everyLauncherStartsTheJvmWithTheOptionsTheTestsUse(String launcher) throws IOException {
        String script = Files.readString(Path.of(launcher));
        for (String option : ProgramRun.LAUNCHER_JVM_OPTIONS) {
            assertThat(script).as("%s passes %s", launcher, option).contains(option);
        }
    }

    /** Where a launcher replaces the user's LC_ALL so that file names decode, the interface's language stays theirs. */
    @ParameterizedTest
    @ValueSource(strings = {"scripts/newsreader", "scripts/install", "scripts/jlink-image"})
    void everyLauncherThatReplacesLcAllKeepsTheUsersForTheLanguage(String launcher) throws IOException {
        String script = Files.readString(Path.of(launcher)).replace("\\$", "$");
        assertThat(script).as(launcher).contains("export LC_ALL=C.UTF-8");
        assertThat(script.indexOf("export NEWSREADER_USER_LC_ALL=\"${LC_ALL:-}\""))
                .as("%s keeps LC_ALL before replacing it", launcher)
                .isNotNegative().isLessThan(script.indexOf("export LC_ALL=C.UTF-8"));
    }

    /**
     * The JVM prints its page-size warnings on standard output, which is list's and show's: a kernel without
     * transparent huge pages would put one before every command's output. Asking for pages the machine has not set
     * aside (UseLargePages in place of transparent ones, no huge pages reserved) makes the same kind of warning on any
     * machine.
     */
    @Test
    void aPageSizeWarningOfTheJvmNeverReachesStandardOutput() throws IOException {
        assumeTrue(Files.readString(Path.of("/proc/sys/vm/nr_hugepages")).trim().equals("0"),
                "huge pages are reserved here: the JVM would not warn");
        // The same run with the warning turned back on (a later -Xlog wins): the case this test is about exists here.
        List<String> explicitHugePages = List.of("-XX:-UseTransparentHugePages", "-XX:+UseLargePages");
        List<String> warningOn = new java.util.ArrayList<>(explicitHugePages);
        warningOn.add("-Xlog:pagesize=warning");
        assertThat(ProgramRun.run(warningOn, Map.of(), "--version").out())
                .as("the warning this test silences is there to silence").contains("[pagesize]");

        ProgramRun run = ProgramRun.run(explicitHugePages, Map.of(), "--version");

        assertThat(run.exitCode()).isZero();
        assertThat(run.outLines()).singleElement().asString().startsWith("newsreader ");
    }
}
