package newsreader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import newsreader.testing.ProgramRun;
import newsreader.text.CellWidth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * What the commands say when the user got something wrong or nothing came of it: short, on stderr, with an exit
 * status a script can act on; and help text that is not broken inside a path.
 */
class CommandLineMessagesTest {
    @TempDir
    Path dir;

    private Path post(String name, String title, String date) throws IOException {
        Path file = dir.resolve("posts").resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, "---\ntitle: '" + title + "'\ncategories:\n - 新媒体\n - cnBeta\ndate: " + date
                + "\n---\n\n正文。\n", StandardCharsets.UTF_8);
    }

    @Test
    void aUsageErrorIsTheProblemAndWhereTheHelpIsNotTheWholeUsage() throws IOException {
        post("a.md", "标题", "2022-02-22T03:33:04Z");
        ProgramRun unknownOption = InProcess.run("list", "--bogus", dir.resolve("posts").toString());
        assertThat(unknownOption.exitCode()).isEqualTo(2);
        assertThat(unknownOption.err().lines()).containsExactly("Unknown option: '--bogus'", "try 'newsreader list --help'");

        ProgramRun badValue = InProcess.run("show", "--width", "zero", "a.md");
        assertThat(badValue.exitCode()).isEqualTo(2);
        assertThat(badValue.err().lines()).hasSize(2).last().isEqualTo("try 'newsreader show --help'");

        ProgramRun missingFolder = InProcess.run(dir.resolve("missing").toString());
        assertThat(missingFolder.exitCode()).isEqualTo(2);
        assertThat(missingFolder.err().lines()).containsExactly(dir.resolve("missing") + ": not a folder",
                "try 'newsreader --help'");
        assertThat(InProcess.run("show").err().lines()).hasSize(2);
    }

    @Test
    void everyHelpPrintsItsExamplesWholeNotBrokenInsideAPath() {
        CommandLine root = CommandHelp.spoken(CommandTree.whole(new NewsreaderCommand(new Console(new java.io.PrintWriter(new java.io.StringWriter()), new java.io.PrintWriter(new java.io.StringWriter()), false, 80))));
        List<CommandLine> commands = new java.util.ArrayList<>(root.getSubcommands().values());
        commands.add(root);
        for (CommandLine command : commands) {
            if (command.getCommandSpec().usageMessage().hidden()) {
                continue;
            }
            String name = command.getCommandSpec().qualifiedName();
            List<String> args = new java.util.ArrayList<>(List.of(name.split(" ")).subList(1, name.split(" ").length));
            args.add("--help");
            ProgramRun help = InProcess.run(args.toArray(String[]::new));
            assertThat(help.exitCode()).isZero();
            for (String footer : command.getCommandSpec().usageMessage().footer()) {
                // The footer comes from the bundle as one text, its lines parted by picocli's %n.
                for (String line : String.format(footer).lines().toList()) {
                    assertThat(help.outLines()).as(name + " --help").contains(line.stripTrailing());
                }
            }
        }
        assertThat(InProcess.run("config", "--help").outLines())
                .contains("  newsreader config --default > ~/.config/newsreader/config.yaml");
    }

    @Test
    void showOfAFileThatIsNotThereSaysSoAndIsAUsageErrorWhileTheOthersArePrinted() throws IOException {
        Path good = post("a.md", "还在的文章", "2022-02-22T03:33:04Z");
        Path missing = dir.resolve("nonexistent.md");
        ProgramRun run = InProcess.run("show", missing.toString(), good.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines()).containsExactly("no such file: " + missing);
        assertThat(run.out()).contains("还在的文章");
    }

    @Test
    void aCategoryNoPostIsInSaysSoOnStderrAndStillSucceeds() throws IOException {
        post("a.md", "标题", "2022-02-22T03:33:04Z");
        ProgramRun none = InProcess.run("list", "--category", "不存在", dir.resolve("posts").toString());
        assertThat(none.exitCode()).isZero();
        assertThat(none.out()).isEmpty();
        assertThat(none.err().lines()).containsExactly("no post is filed under the category 不存在");
        ProgramRun some = InProcess.run("list", "--category", "新媒体", dir.resolve("posts").toString());
        assertThat(some.err()).isEmpty();
        assertThat(some.outLines()).hasSize(1);
    }

    @Test
    void aLongDateFormatIsPrintedWholeAndTheColumnsAfterItStayAligned() throws IOException {
        post("a.md", "二月的文章", "2022-02-22T03:33:04Z");
        post("b.md", "十二月的文章", "2022-12-05T03:33:04Z");
        Path config = Files.writeString(dir.resolve("config.yaml"),
                "time-zone: UTC\ndate-format: \"yyyy年M月d日 EEE\"\n", StandardCharsets.UTF_8);
        ProgramRun list = InProcess.run("list", "--config", config.toString(), dir.resolve("posts").toString());
        assertThat(list.exitCode()).as(list.err()).isZero();
        assertThat(list.outLines()).hasSize(2);
        assertThat(list.outLines().get(0)).startsWith("2022年12月5日 Mon ");
        assertThat(list.outLines().get(1)).startsWith("2022年2月22日 Tue ");
        CellWidth widths = CellWidth.standard();
        List<Integer> categoryAt = list.outLines().stream()
                .map(line -> widths.of(line.substring(0, line.indexOf("新媒体")))).toList();
        assertThat(categoryAt.get(0)).isEqualTo(categoryAt.get(1));
    }
}
