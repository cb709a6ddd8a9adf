package newsreader.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartupCheckTest {
    @TempDir
    Path folder;

    @Test
    void refusesWithoutATerminalOrWithADumbOrUnknownOne() {
        assertThat(StartupCheck.refusal(false, Map.of("TERM", "xterm"))).get().asString().contains("terminal");
        assertThat(StartupCheck.refusal(true, Map.of("TERM", "dumb"))).get().asString().contains("dumb");
        assertThat(StartupCheck.refusal(true, Map.of())).get().asString().contains("TERM");
        assertThat(StartupCheck.refusal(true, Map.of("TERM", "xterm-256color"))).isEmpty();
    }

    @Test
    void runWithoutATerminalPrintsWhyAndReturnsNonZeroWithoutDrawing() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = FullScreenReader.run(folder, new ReaderOptions(1, true, folder.resolve("data")), false,
                Map.of("TERM", "xterm"), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).isNotZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("needs a terminal").contains("newsreader list");
    }

    @Test
    void runWithDumbTerminalRefusesToo() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = FullScreenReader.run(folder, ReaderOptions.defaults(), true, Map.of("TERM", "dumb"),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).isNotZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("TERM=dumb");
    }

    @Test
    void localeThatIsNotUtf8IsReportedWithTheVariableThatDecidesIt() {
        assertThat(StartupCheck.localeWarning(Map.of("LANG", "C"))).get().asString().contains("LANG=C");
        assertThat(StartupCheck.localeWarning(Map.of("LANG", "zh_CN.UTF-8", "LC_ALL", "zh_CN.GBK")))
                .get().asString().contains("LC_ALL=zh_CN.GBK");
        assertThat(StartupCheck.localeWarning(Map.of())).isPresent();
        assertThat(StartupCheck.localeWarning(Map.of("LANG", "en_US.utf8"))).isEmpty();
        assertThat(StartupCheck.localeWarning(Map.of("LC_CTYPE", "C.UTF-8", "LANG", "C"))).isEmpty();
    }

    @Test
    void theLocaleTheLauncherReplacedIsReportedThoughTheJvmRunsUnderUtf8() {
        // scripts/newsreader sets LC_ALL=C.UTF-8 for the JVM and NEWSREADER_LOCALE_CHARMAP to what the session had.
        assertThat(StartupCheck.localeWarning(Map.of("LC_ALL", "C.UTF-8", "NEWSREADER_LOCALE_CHARMAP", "ANSI_X3.4-1968")))
                .get().asString().contains("not UTF-8 (ANSI_X3.4-1968)");
        assertThat(StartupCheck.localeWarning(Map.of("LC_ALL", "C.UTF-8", "NEWSREADER_LOCALE_CHARMAP", ""))).isEmpty();
    }
}
