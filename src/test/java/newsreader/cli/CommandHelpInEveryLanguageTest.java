package newsreader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import newsreader.testing.ProgramRun;
import newsreader.text.CellWidth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command's help, and the usage errors, in each language the interface speaks, run in-process with
 * {@code --language}: said in that language, and no line wider than the 80 cells picocli lays the help out in (a
 * Chinese character takes two).
 */
class CommandHelpInEveryLanguageTest {
    private static final List<String> COMMANDS = List.of("", "list", "show", "search", "config", "completion");
    private static final CellWidth CELLS = CellWidth.standard();

    @TempDir
    Path dir;

    static List<String> linesWiderThan80(String text) {
        return text.lines().filter(line -> CELLS.of(line) > 80).toList();
    }

    private static ProgramRun help(String language, String command) {
        List<String> args = new ArrayList<>(List.of("--language", language));
        if (!command.isEmpty()) {
            args.add(command);
        }
        args.add("--help");
        return InProcess.run(args.toArray(String[]::new));
    }

    @Test
    void everyHelpSpeaksTheChosenLanguageWithinEightyCells() {
        for (String command : COMMANDS) {
            ProgramRun english = help("en", command);
            ProgramRun simplified = help("zh-Hans", command);
            ProgramRun traditional = help("zh-Hant", command);
            for (ProgramRun run : List.of(english, simplified, traditional)) {
                assertThat(run.exitCode()).as(command + " --help").isZero();
                assertThat(linesWiderThan80(run.out())).as(command + " --help").isEmpty();
            }
            assertThat(english.out()).startsWith("Usage: newsreader").contains("Show this help message and exit.");
            assertThat(simplified.out()).startsWith("用法：\nnewsreader").contains("显示本帮助并退出。");
            assertThat(traditional.out()).startsWith("用法：\nnewsreader").contains("顯示本說明並結束。");
            assertThat(simplified.out()).as("the examples stay").contains("newsreader");
        }
        assertThat(help("zh-Hans", "").out()).contains("文件夹", "配置文件", "命令：").doesNotContain("資料夾");
        assertThat(help("zh-Hant", "").out()).contains("資料夾", "設定檔", "指令：").doesNotContain("文件夹");
        assertThat(help("zh-Hans", "search").out()).contains("搜索文件夹中文章的标题和正文");
        assertThat(help("zh-Hant", "list").out()).contains("列出資料夾中的文章");
    }

    @Test
    void theRootHelpListsEachCommandByTheFirstLineOfItsDescription() {
        String help = help("zh-Hans", "").out();
        assertThat(help).contains("  search      搜索文件夹中文章的标题和正文，最相关的在前，同样相关时最新的在前。")
                .doesNotContain("所有词都要匹配");
    }

    @Test
    void anApostropheAndBracesInTheHelpReadAsWritten() {
        assertThat(help("en", "").out()).contains("the config's posts setting", "{url} or {file}");
        assertThat(help("zh-Hant", "").out()).contains("{url} 或 {file}", "--scale-down {file}'").doesNotContain("''");
    }

    @Test
    void usageErrorsAreTwoLinesInTheChosenLanguage() {
        ProgramRun unknown = InProcess.run("--language", "zh-Hans", "list", "--bogus");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err().lines()).containsExactly("未知选项：'--bogus'", "请看 'newsreader list --help'");

        ProgramRun two = InProcess.run("--language", "zh-Hant", "show", "--bogus", "--worse", "a.md");
        assertThat(two.err().lines()).containsExactly("2 個未知選項：'--bogus', '--worse'", "請看 'newsreader show --help'");

        ProgramRun notANumber = InProcess.run("--language", "zh-Hans", "show", "--width", "zero", "a.md");
        assertThat(notANumber.err().lines()).containsExactly("--width 的值无效：'zero' 不是整数", "请看 'newsreader show --help'");

        ProgramRun missing = InProcess.run("--language", "zh-Hant", "show");
        assertThat(missing.err().lines()).containsExactly("缺少必需的參數：'FILE'", "請看 'newsreader show --help'");

        ProgramRun stray = InProcess.run("--language", "en", "config", "extra");
        assertThat(stray.err().lines()).containsExactly("Unmatched argument: 'extra'", "try 'newsreader config --help'");

        ProgramRun notAFolder = InProcess.run("--language", "zh-Hant", dir.resolve("missing").toString());
        assertThat(notAFolder.err().lines()).containsExactly(dir.resolve("missing") + "：不是資料夾", "請看 'newsreader --help'");

        ProgramRun badChinese = InProcess.run("--language", "zh-Hans", "list", "--chinese", "klingon", dir.toString());
        assertThat(badChinese.err().lines()).first()
                .isEqualTo("--chinese 只能是 original、simplified 或 traditional，不能是 'klingon'");
    }

    @Test
    void theLanguageOfOneRunDoesNotStayForTheNext() {
        InProcess.run("--language", "zh-Hant", "--help");
        assertThat(InProcess.run("--help").out()).startsWith("Usage: newsreader");
    }
}
