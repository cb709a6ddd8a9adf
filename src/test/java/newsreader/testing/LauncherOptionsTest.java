package newsreader.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
}
