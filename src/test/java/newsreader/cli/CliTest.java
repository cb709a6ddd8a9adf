package newsreader.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import newsreader.testing.EndToEnd;
import newsreader.testing.ProgramRun;
import newsreader.text.CellWidth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line: output, exit codes, and what reaches a pipe. Most cases run in-process through picocli
 * ({@link InProcess}); those about the process itself (exit status, standard input, the environment, the locale, a
 * terminal) start a real JVM.
 */
class CliTest {
    private static final Path SAMPLES = Path.of("sample-posts");
    private static final Path CORPUS = Path.of("../shared/corpus/real");
    private final CellWidth widths = CellWidth.standard();

    @TempDir
    Path dir;

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static String post(String title, String date, String body) {
        return "\n---\ntitle: '" + title + "'\ncategories:\n - 新媒体\n - cnBeta\n - 最新\nauthor: cnBeta\ndate: " + date
                + "\n---\n\n<div>" + body + "</div>\n";
    }

    private static long countPosts(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().matches("(?i).*\\.(md|markdown|html?)$"))
                    .filter(p -> !p.toString().contains("/."))
                    .count();
        }
    }

    @Test
    void listPrintsNewestFirstWithUndatedLastInAlignedColumns() throws IOException {
        write(dir.resolve("a.md"), post("旧的新闻标题", "Mon, 01 Jan 2018 00:00:00 GMT", "a"));
        write(dir.resolve("b.md"), post("Newest English title", "Tue, 22 Feb 2022 03:33:04 GMT", "b"));
        write(dir.resolve("c.md"), post("没有日期", "Invalid Date", "c"));
        ProgramRun run = InProcess.run("list", dir.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(0);
        List<String> rows = run.outLines();
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0)).endsWith("Newest English title");
        assertThat(rows.get(1)).endsWith("旧的新闻标题");
        assertThat(rows.get(2)).startsWith("undated").endsWith("没有日期");
        List<Integer> titleColumns = new ArrayList<>();
        for (String row : rows) {
            String title = row.substring(row.lastIndexOf("  ") + 2);
            titleColumns.add(widths.of(row) - widths.of(title));
        }
        assertThat(titleColumns).as("the title column starts at the same cell on every row").containsOnly(titleColumns.get(0));
    }

    @Test
    void listJsonWritesOneObjectPerPostWithEveryField() throws IOException {
        write(dir.resolve("a.md"), post("标题", "Tue, 22 Feb 2022 03:33:04 GMT", "a"));
        write(dir.resolve("b.md"), post("无日期", "Invalid Date", "b"));
        ProgramRun run = InProcess.run("list", "--json", dir.toString());
        assertThat(run.exitCode()).isEqualTo(0);
        ObjectMapper mapper = new ObjectMapper();
        List<JsonNode> rows = new ArrayList<>();
        for (String line : run.outLines()) {
            rows.add(mapper.readTree(line));
        }
        assertThat(rows).hasSize(2);
        for (JsonNode row : rows) {
            assertThat(row.fieldNames()).toIterable()
                    .contains("path", "title", "date", "undated", "categories", "tags", "author", "image", "problem");
        }
        assertThat(rows.get(0).get("date").asText()).isEqualTo("2022-02-22T03:33:04Z");
        assertThat(rows.get(0).get("categories").get(0).get(2).asText()).isEqualTo("最新");
        assertThat(rows.get(1).get("date").isNull()).isTrue();
        assertThat(rows.get(1).get("undated").asBoolean()).isTrue();
    }

    @Test
    void aBrokenPostIsReportedOnStderrWithExitOneWhileTheOthersArePrinted() throws IOException {
        write(dir.resolve("good.md"), post("好的", "Tue, 22 Feb 2022 03:33:04 GMT", "ok"));
        write(dir.resolve("broken.md"), "---\ntitle: [unclosed\n---\nbody\n");
        ProgramRun run = InProcess.run("list", dir.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("好的");
        assertThat(run.err()).contains("broken.md: ");
        ProgramRun json = InProcess.run("list", "--json", dir.toString());
        assertThat(json.exitCode()).isEqualTo(1);
        assertThat(json.out()).contains("\"problem\":\"");
    }

    @Test
    void categoryAndLimitNarrowTheList() throws IOException {
        write(dir.resolve("a.md"), post("一", "Tue, 22 Feb 2022 03:33:04 GMT", "a"));
        write(dir.resolve("b.md"), "---\ntitle: other\ncategories: [编程, 开源中国]\ndate: 2022-01-01\n---\nx\n");
        write(dir.resolve("c.md"), post("三", "Wed, 23 Feb 2022 03:33:04 GMT", "c"));
        assertThat(InProcess.run("list", "--category", "新媒体/cnBeta", dir.toString()).outLines())
                .hasSize(2).allSatisfy(row -> assertThat(row).contains("新媒体 › cnBeta"));
        assertThat(InProcess.run("list", "--category", "编程 › 开源中国", dir.toString()).outLines()).hasSize(1);
        assertThat(InProcess.run("list", "--category", "新媒", dir.toString()).outLines()).isEmpty();
        assertThat(InProcess.run("list", "--limit", "1", dir.toString()).outLines()).hasSize(1).first()
                .asString().endsWith("三");
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(InProcess.run("list", dir.resolve("missing").toString()).exitCode()).isEqualTo(2);
        assertThat(InProcess.run("list", "--no-such-option", dir.toString()).exitCode()).isEqualTo(2);
        assertThat(InProcess.run("show", "--ambiguous-width", "3", "x.md").exitCode()).isEqualTo(2);
        assertThat(InProcess.run("show", "--width", "0", "x.md").exitCode()).isEqualTo(2);
        assertThat(InProcess.run("show").exitCode()).isEqualTo(2);
    }

    @Test
    @EndToEnd
    void theProcessExitsWithTheCommandsStatus() throws IOException {
        assertThat(ProgramRun.of("list", "--no-such-option", dir.toString()).exitCode()).isEqualTo(2);
        write(dir.resolve("posts/good.md"), post("好的", "Tue, 22 Feb 2022 03:33:04 GMT", "x"));
        write(dir.resolve("posts/broken.md"), "---\ntitle: [unclosed\n---\nbody\n");
        ProgramRun someProblem = ProgramRun.of("list", dir.resolve("posts").toString());
        assertThat(someProblem.exitCode()).as(someProblem.err()).isEqualTo(1);
        assertThat(someProblem.out()).contains("好的");
    }

    @Test
    void helpAndVersionSucceed() {
        ProgramRun version = InProcess.run("--version");
        assertThat(version.exitCode()).isEqualTo(0);
        assertThat(version.out()).startsWith("newsreader ");
        ProgramRun help = InProcess.run("--help");
        assertThat(help.exitCode()).isEqualTo(0);
        assertThat(help.out()).contains("list", "show", "Exit status", "--viewer=CMD");
        assertThat(InProcess.run("list", "--help").out()).contains("--json", "--category", "--limit");
    }

    @Test
    void showWrapsToTheWidthAndDefaultsToEightyColumnsInAPipe() throws IOException {
        Path file = dir.resolve("p.md");
        write(file, post("标题", "Tue, 22 Feb 2022 03:33:04 GMT", "<p>" + "中文内容，测试换行。".repeat(30) + "</p>"));
        ProgramRun narrow = InProcess.run("show", "--width", "30", file.toString());
        assertThat(narrow.exitCode()).isEqualTo(0);
        assertThat(narrow.outLines()).contains("标题").allSatisfy(l -> assertThat(widths.of(l)).isLessThanOrEqualTo(30));
        ProgramRun piped = InProcess.run("show", file.toString());
        assertThat(piped.outLines()).allSatisfy(l -> assertThat(widths.of(l)).isLessThanOrEqualTo(80));
        assertThat(piped.outLines().stream().mapToInt(widths::of).max().orElse(0)).isGreaterThan(70);
    }

    @Test
    void showReportsAMissingFileAndStillPrintsTheOthers() throws IOException {
        Path file = dir.resolve("ok.md");
        write(file, post("好的标题", "Tue, 22 Feb 2022 03:33:04 GMT", "正文"));
        ProgramRun run = InProcess.run("show", dir.resolve("gone.md").toString(), file.toString());
        assertThat(run.exitCode()).as("a name that is not there is a usage error").isEqualTo(2);
        assertThat(run.err()).contains("no such file: ").contains("gone.md");
        assertThat(run.out()).contains("好的标题", "正文");
    }

    @Test
    void controlCharactersFromPostsNeverReachAPipe() throws IOException {
        String hostile = "\u001b]52;c;ZXZpbA==\u0007\u001b[2J\u009b31m\u202e";
        write(dir.resolve("h.md"), "---\ntitle: \"evil" + "\\e]0;owned\\a" + "\"\nauthor: \"x\\e[2J\"\ndate: 2022-01-01\n---\n"
                + "<p>body" + hostile + "</p><a href=\"https://x.example/" + "\u001b[2J" + "\">l</a>\n");
        for (ProgramRun run : List.of(InProcess.run("list", dir.toString()), InProcess.run("show", dir.resolve("h.md").toString()),
                InProcess.run("list", "--json", dir.toString()))) {
            assertThat(run.out()).isNotEmpty();
            assertThat(run.out().chars().filter(c -> (c < 0x20 && c != '\n') || (c >= 0x7f && c <= 0x9f) || c == 0x202e))
                    .as("control characters in: %s", run.out()).isEmpty();
        }
    }

    @Test
    void everySamplePostIsListedAndShown() throws IOException {
        ProgramRun list = InProcess.run("list", "--json", SAMPLES.toString());
        assertThat(list.exitCode()).as(list.err()).isEqualTo(0);
        assertThat(list.outLines()).hasSize((int) countPosts(SAMPLES));
        assertThat(list.out()).contains("\"undated\":true");
    }

    @Test
    void everyRealPostIsListedAndShownWithoutAnError() throws IOException {
        assumeTrue(Files.isDirectory(CORPUS), "the real corpus is missing at " + CORPUS.toAbsolutePath() + ": skipped");
        ProgramRun list = InProcess.run("list", CORPUS.toString());
        assertThat(list.exitCode()).as(list.err()).isEqualTo(0);
        assertThat(list.outLines()).hasSize(60);
        assertThat(list.outLines().subList(60 - 14, 60)).allSatisfy(row -> assertThat(row).startsWith("undated"));
        List<String> args = new ArrayList<>(List.of("show", "--width", "40"));
        try (Stream<Path> files = Files.list(CORPUS)) {
            files.filter(p -> p.toString().endsWith(".md")).sorted().forEach(p -> args.add(p.toString()));
        }
        ProgramRun show = InProcess.run(args.toArray(String[]::new));
        assertThat(show.exitCode()).as(show.err()).isEqualTo(0);
        assertThat(show.err()).isEmpty();
        // Only a line that is one whole address may be wider (cjk-typography.md §2).
        assertThat(show.outLines()).filteredOn(l -> !newsreader.text.Addresses.isWholeAddressLine(l))
                .allSatisfy(l -> assertThat(widths.of(l)).as(l).isLessThanOrEqualTo(40));
    }

    @Test
    void theConfigFileSetsTheZoneAndDateFormatAndTheCommandLineOverridesAmbiguousWidth() throws IOException {
        write(dir.resolve("posts/a.md"), post("标题", "Tue, 22 Feb 2022 03:33:04 GMT", "“引号”"));
        Path config = dir.resolve("config.yaml");
        write(config, "time-zone: Asia/Shanghai\ndate-format: \"yyyy/MM/dd HH:mm\"\nambiguous-width: 2\n");
        ProgramRun list = InProcess.run("list", "--config", config.toString(), dir.resolve("posts").toString());
        assertThat(list.exitCode()).as(list.err()).isEqualTo(0);
        assertThat(list.out()).startsWith("2022/02/22 11:33");
    }

    @Test
    @EndToEnd
    void withoutAConfigFileUnderXdgConfigHomeTheDefaultsHold() throws IOException {
        write(dir.resolve("posts/a.md"), post("标题", "Tue, 22 Feb 2022 03:33:04 GMT", "“引号”"));
        write(dir.resolve("config.yaml"), "time-zone: Asia/Shanghai\n"); // beside newsreader/, not in it: not read
        ProgramRun viaEnv = ProgramRun.with(java.util.Map.of("XDG_CONFIG_HOME", dir.toString()), "list", dir.resolve("posts").toString());
        assertThat(viaEnv.out()).startsWith("2022-02-22 03:33").as("no config under that XDG_CONFIG_HOME: defaults");
    }

    @Test
    void aBadConfigFileIsAUsageErrorNamingFileLineAndKey() throws IOException {
        Path config = dir.resolve("config.yaml");
        write(config, "color: auto\ncolour: never\n");
        write(dir.resolve("posts/a.md"), post("标题", "Tue, 22 Feb 2022 03:33:04 GMT", "x"));
        ProgramRun run = InProcess.run("list", "--config", config.toString(), dir.resolve("posts").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(config + ":2: colour: unknown setting");
        ProgramRun check = InProcess.run("config", "--config", config.toString());
        assertThat(check.exitCode()).isEqualTo(2);
    }

    @Test
    void configDefaultPrintsACommentedFileThatLoads() throws IOException {
        ProgramRun run = InProcess.run("config", "--default");
        assertThat(run.exitCode()).isEqualTo(0);
        assertThat(run.out()).contains("# ", "ambiguous-width: 1", "viewer: null");
        Path config = dir.resolve("config.yaml");
        write(config, run.out());
        ProgramRun check = InProcess.run("config", "--config", config.toString());
        assertThat(check.exitCode()).as(check.err()).isEqualTo(0);
        assertThat(check.out()).contains("valid");
    }

    @Test
    @EndToEnd
    void theReaderWithoutATerminalSaysSoAndPointsToListAndShow() throws IOException {
        write(dir.resolve("a.md"), post("标题", "Tue, 22 Feb 2022 03:33:04 GMT", "x"));
        ProgramRun run = ProgramRun.of(dir.toString());
        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err()).contains("needs a terminal", "newsreader list");
        assertThat(run.out()).isEmpty();
    }

    @Test
    @EndToEnd
    void theLogGoesToTheStateDirectoryNeverToTheScreen() throws IOException {
        write(dir.resolve("posts/a.md"), post("标题", "Tue, 22 Feb 2022 03:33:04 GMT", "x"));
        Path state = dir.resolve("state");
        ProgramRun run = ProgramRun.with(java.util.Map.of("XDG_STATE_HOME", state.toString()), "list", "--debug", dir.resolve("posts").toString());
        assertThat(run.exitCode()).isEqualTo(0);
        assertThat(run.err()).isEmpty();
        Path log = state.resolve("newsreader/newsreader.log.0");
        assertThat(log).exists();
        assertThat(Files.readString(log)).contains("FINE", "newsreader list --debug");
    }

    @Test
    @EndToEnd
    void lineModeReadsCommandsFromStandardInput() throws IOException {
        write(dir.resolve("posts/a.md"), post("第一篇新闻", "Tue, 22 Feb 2022 03:33:04 GMT", "<p>正文在这里。</p>"));
        Path input = dir.resolve("commands.txt");
        Files.writeString(input, "list\nopen 1\nquit\n");
        ProgramRun run = ProgramRun.withInput(input, java.util.Map.of(), "--line", dir.resolve("posts").toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(0);
        assertThat(run.out()).contains("第一篇新闻", "正文在这里。");
    }

    @Test
    @EndToEnd
    void aDumbTerminalGetsLineModeByItself() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/script")), "script(1) is missing: skipped");
        write(dir.resolve("posts/a.md"), post("哑终端里的新闻", "Tue, 22 Feb 2022 03:33:04 GMT", "<p>正文。</p>"));
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String command = "'" + javaBin + "' -cp '" + System.getProperty("java.class.path") + "' newsreader.cli.Main '" + dir.resolve("posts") + "'";
        ProcessBuilder builder = new ProcessBuilder("/usr/bin/script", "-qec", command, "/dev/null")
                .redirectInput(ProcessBuilder.Redirect.PIPE).redirectErrorStream(true);
        builder.environment().put("TERM", "dumb");
        builder.environment().put("XDG_DATA_HOME", dir.resolve("data").toString());
        builder.environment().put("XDG_STATE_HOME", dir.resolve("state").toString());
        Process process = builder.start();
        // Output is read as it comes, so that typing can wait for the prompt, as a person would (typed earlier, the
        // keys could be flushed when line mode sets the terminal up).
        java.io.ByteArrayOutputStream seen = new java.io.ByteArrayOutputStream();
        Thread reader = new Thread(() -> {
            byte[] buffer = new byte[8192];
            try {
                for (int n; (n = process.getInputStream().read(buffer)) > 0; ) {
                    synchronized (seen) {
                        seen.write(buffer, 0, n);
                    }
                }
            } catch (IOException e) {
                // the process ended
            }
        }, "script-output");
        reader.start();
        try (var in = process.getOutputStream()) {
            long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
            while (!outputSoFar(seen).contains("newsreader> ")) {
                assertThat(System.nanoTime()).as("the prompt within 60 s; output so far: %s", outputSoFar(seen))
                        .isLessThan(deadline);
                Thread.sleep(20); // polling for the prompt
            }
            in.write("list\nquit\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            in.flush();
            assertThat(process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        }
        reader.join(java.util.concurrent.TimeUnit.SECONDS.toMillis(60));
        String output = outputSoFar(seen);
        assertThat(output).contains("newsreader> ", "哑终端里的新闻").doesNotContain("\u001b[?1049h");
    }

    private static String outputSoFar(java.io.ByteArrayOutputStream seen) {
        synchronized (seen) {
            return seen.toString(java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    @Test
    @EndToEnd
    void aLocaleThatCannotNameChineseFilesIsExplainedNotDumped() throws IOException {
        write(dir.resolve("posts/中文名.md"), post("标题", "Tue, 22 Feb 2022 03:33:04 GMT", "x"));
        java.util.Map<String, String> asciiLocale = java.util.Map.of("LANG", "C", "LC_ALL", "C", "LC_CTYPE", "C");
        // Walking the folder works (names found on disk stay bytes); a Chinese name typed as an argument cannot be.
        ProgramRun list = ProgramRun.with(asciiLocale, "list", dir.resolve("posts").toString());
        assertThat(list.exitCode()).as(list.err()).isZero();
        assertThat(list.out()).contains("标题");
        ProgramRun show = ProgramRun.with(asciiLocale, "show", dir.resolve("posts/中文名.md").toString());
        assertThat(show.exitCode()).isNotZero();
        assertThat(show.err()).contains("cannot read non-ASCII file names", "LC_ALL=C.UTF-8").doesNotContain("Exception");
        ProgramRun utf8 = ProgramRun.with(java.util.Map.of("LANG", "C.UTF-8", "LC_ALL", "C.UTF-8"), "list", dir.resolve("posts").toString());
        assertThat(utf8.out()).contains("标题");
    }

    @Test
    void aKeysEntryTheReaderWouldRefuseIsRefusedByConfigTooNamedOnceWithFileAndLine() throws IOException {
        Path config = dir.resolve("config.yaml");
        write(config, "color: auto\nkeys: {bogus: \"x\"}\n");
        write(dir.resolve("posts/a.md"), post("标题", "Tue, 22 Feb 2022 03:33:04 GMT", "x"));
        String problem = config + ":2: keys.bogus: unknown action; known actions: ";

        ProgramRun check = InProcess.run("config", "--config", config.toString());
        assertThat(check.exitCode()).isEqualTo(2);
        assertThat(check.out()).doesNotContain("valid");
        assertThat(check.err()).contains(problem).doesNotContain("keys: keys");
        assertThat(check.err().split("bogus", -1)).as("the problem is named once: %s", check.err()).hasSize(2);

        ProgramRun reader = InProcess.run("--config", config.toString(), dir.resolve("posts").toString());
        assertThat(reader.exitCode()).as("refused before the screen starts").isEqualTo(2);
        assertThat(reader.err()).contains(problem);
        assertThat(reader.err().split("bogus", -1)).hasSize(2);
    }

    @Test
    void listWithoutAFolderListsTheConfiguredOne() throws IOException {
        write(dir.resolve("posts/a.md"), post("配置里的文件夹", "Tue, 22 Feb 2022 03:33:04 GMT", "x"));
        Path config = dir.resolve("config.yaml");
        write(config, "posts: " + dir.resolve("posts") + "\n");
        ProgramRun list = InProcess.run("list", "--config", config.toString());
        assertThat(list.exitCode()).as(list.err()).isZero();
        assertThat(list.outLines()).hasSize(1);
        assertThat(list.out()).contains("配置里的文件夹");
        ProgramRun given = InProcess.run("list", "--config", config.toString(), SAMPLES.toString());
        assertThat(given.out()).as("DIR, when given, wins").doesNotContain("配置里的文件夹");
    }

    @Test
    @EndToEnd
    void aMissingPostsFolderIsReportedByConfigAndByWhatReadsItButShowStillWorks() throws IOException {
        write(dir.resolve("a.md"), post("单独显示的文章", "Tue, 22 Feb 2022 03:33:04 GMT", "正文"));
        Path home = dir.resolve("home");
        Path config = dir.resolve("config.yaml");
        write(config, "color: auto\nposts: ~/nonexistent\n");
        // The home of ~ is $HOME, so the message names the folder that was looked for.
        java.util.Map<String, String> env = java.util.Map.of("HOME", home.toString());
        String problem = config + ":2: posts: " + home.resolve("nonexistent") + ": no such folder";

        ProgramRun check = ProgramRun.with(env, "config", "--config", config.toString());
        assertThat(check.exitCode()).isEqualTo(2);
        assertThat(check.err()).contains(problem);
        assertThat(check.out()).doesNotContain("valid");

        ProgramRun list = ProgramRun.with(env, "list", "--config", config.toString());
        assertThat(list.exitCode()).isEqualTo(2);
        assertThat(list.err()).contains(problem);

        ProgramRun show = ProgramRun.with(env, "show", "--config", config.toString(), dir.resolve("a.md").toString());
        assertThat(show.exitCode()).as(show.err()).isZero();
        assertThat(show.out()).contains("单独显示的文章", "正文");
    }
}
