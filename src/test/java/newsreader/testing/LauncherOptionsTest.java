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
}
