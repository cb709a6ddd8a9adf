package newsreader.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import newsreader.testing.EndToEnd;
import newsreader.text.CellWidth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On a terminal the width is asked of {@code stty}, a process of its own: only {@code list}, which lays out a table,
 * asks; {@code --version} (like help, the reader and {@code show}) starts no process for it.
 */
@EndToEnd
class TerminalWidthTest {
    @TempDir
    Path dir;

    @Test
    void onlyWhatLaysOutATableAsksTheTerminalsWidth() throws IOException, InterruptedException {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/script")), "script(1) is missing: skipped");
        Files.writeString(Files.createDirectories(dir.resolve("posts")).resolve("a.md"),
                "---\ntitle: 一个很长很长的标题，长到五十格的终端放不下它的每一个字\ndate: 2022-02-22 11:33\n---\n正文\n");
        Path classes = dir.resolve("classes.txt");
        String java = "'" + Path.of(System.getProperty("java.home"), "bin", "java") + "' -cp '"
                + System.getProperty("java.class.path") + "' ";
        String commands = "stty cols 50; "
                + java + "-Xlog:class+load:file='" + classes + "' newsreader.cli.Main --version; "
                + java + "newsreader.cli.Main list '" + dir.resolve("posts") + "'";
        ProcessBuilder builder = new ProcessBuilder("/usr/bin/script", "-qec", commands, "/dev/null")
                .redirectInput(ProcessBuilder.Redirect.PIPE).redirectErrorStream(true);
        builder.environment().remove("COLUMNS");
        builder.environment().put("XDG_STATE_HOME", dir.resolve("state").toString());
        builder.environment().put("XDG_CACHE_HOME", dir.resolve("cache").toString());
        Process process = builder.start();
        process.getOutputStream().close();
        byte[] output = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        List<String> lines = new String(output, StandardCharsets.UTF_8).lines().map(String::strip).toList();

        assertThat(lines).contains(new Version().getVersion()[0]);
        assertThat(Files.readString(classes)).contains("newsreader.cli.Main ").doesNotContain("java.lang.ProcessImpl ");
        String row = lines.stream().filter(l -> l.startsWith("2022-02-22")).findFirst().orElseThrow();
        assertThat(CellWidth.standard().of(row)).as(row).isLessThanOrEqualTo(50);
        assertThat(row).contains("一个很长").endsWith("…");
    }
}
