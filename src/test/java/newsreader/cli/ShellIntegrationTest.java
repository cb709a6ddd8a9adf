package newsreader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import newsreader.testing.ProgramRun;
import org.junit.jupiter.api.Test;
import newsreader.config.InterfaceLanguage;
import newsreader.tui.KeyBindings;
import picocli.CommandLine;

/** Completion scripts and the man page come from the same command model as --help. */
class ShellIntegrationTest {

    @Test
    void bashAndZshCompletionKnowTheCommandsAndOptions() {
        ProgramRun bash = InProcess.run("completion", "bash");
        assertThat(bash.exitCode()).isEqualTo(0);
        assertThat(bash.out()).contains("complete -F", "list", "show", "--json", "--category");
        ProgramRun zsh = InProcess.run("completion", "zsh");
        assertThat(zsh.out()).startsWith("autoload -U +X compinit").contains("bashcompinit", "--ambiguous-width");
    }

    @Test
    void fishCompletionListsSubcommandsAndTheirOptions() {
        ProgramRun fish = InProcess.run("completion", "fish");
        assertThat(fish.exitCode()).isEqualTo(0);
        assertThat(fish.out()).contains("complete -c newsreader -n __fish_use_subcommand -a list",
                "complete -c newsreader -n '__fish_seen_subcommand_from list' -l json");
    }

    @Test
    void anUnknownShellIsAUsageError() {
        assertThat(InProcess.run("completion", "tcsh").exitCode()).isEqualTo(2);
    }

    @Test
    void theManPageHasEveryCommandAndEscapedOptions() {
        StringWriter text = new StringWriter();
        ManPage.write(CommandHelp.spoken(CommandTree.whole(new NewsreaderCommand(Console.system()))).getCommandSpec(),
                InterfaceLanguage.ENGLISH, new PrintWriter(text));
        assertThat(text.toString()).startsWith(".TH NEWSREADER 1")
                .contains(".SH COMMAND: LIST", ".SH COMMAND: SHOW", "\\fB\\-\\-json\\fR", "NO_COLOR");
        assertThat(ManPage.escape(".dot")).isEqualTo("\\&.dot");
        assertThat(text.toString()).as("footers parted into lines, in English").doesNotContain("%n")
                .contains("\nExamples:\n").doesNotContain("用法");
    }

    @Test
    void theManPageListsTheReadersKeysFromItsHelpTableAndNotTheHiddenCommand(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        java.nio.file.Path page = dir.resolve("newsreader.1");
        ManPage.main(new String[] {page.toString()});
        String text = java.nio.file.Files.readString(page);
        assertThat(text).doesNotContainIgnoringCase("cds").doesNotContain("class\\-data");
        String keys = text.substring(text.indexOf(".SH KEYS"), text.indexOf(".SH COMMAND: LIST"));
        assertThat(keys).contains("\\fB?\\fR\nthis help", "search all text: titles and bodies, ranked",
                "\\fBQ  Ctrl\\-c\\fR\nquit", "\\fBr\\fR\ntoggle read");
        assertThat(keys.split("\n\\.TP\n", -1)).hasSize(KeyBindings.help(InterfaceLanguage.ENGLISH).size() + 1);
        assertThat(KeyBindings.help(InterfaceLanguage.ENGLISH)).hasSizeGreaterThan(20);
        assertThat(text).as("English, whatever the build's locale").contains(".SH NAME", ".TH NEWSREADER 1",
                "\"User Commands\"").doesNotContain("名称");
    }

    @Test
    void theChinesePagesSpeakTheirScriptThroughoutWithTheSameSections(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        java.nio.file.Path english = dir.resolve("newsreader.1");
        java.nio.file.Path simplified = dir.resolve("newsreader.zh_CN.1");
        java.nio.file.Path traditional = dir.resolve("newsreader.zh_TW.1");
        ManPage.main(new String[] {english.toString()});
        ManPage.main(new String[] {simplified.toString(), "zh-Hans"});
        ManPage.main(new String[] {traditional.toString(), "zh-Hant"});
        assertThat(java.nio.file.Files.readString(simplified)).as("groff breaks lines at spaces only: break points")
                .contains("移\\:动").doesNotContain("(\\:", "\\:）", "\\:，");
        assertThat(java.nio.file.Files.readString(english)).as("examples are not filled: written as typed")
                .contains("\n  newsreader search ./posts 芯片\n");
        String hans = java.nio.file.Files.readString(simplified).replace("\\:", "");
        String hant = java.nio.file.Files.readString(traditional).replace("\\:", "");
        assertThat(hans).contains(".SH 名称", ".SH 按键", ".SH 命令：LIST", "\\fB?\\fR 列出同样的表",
                "移动 / 滚动一行", "不带命令时", "\\fBnewsreader config \\-\\-default\\fR 打印")
                .doesNotContain("%n", "Examples:", "名稱");
        assertThat(hant).contains(".SH 名稱", ".SH 按鍵", ".SH 指令：LIST", "移動 / 滾動一行", "不帶指令時")
                .doesNotContain("%n", "Examples:", "名称");
        assertThat(sections(hans)).as("as many sections and entries as the English page")
                .isEqualTo(sections(java.nio.file.Files.readString(english))).isEqualTo(sections(hant));
    }

    /** How many sections and how many tagged entries a page has. */
    private static java.util.List<Long> sections(String page) {
        return java.util.List.of(page.lines().filter(line -> line.startsWith(".SH ")).count(),
                page.lines().filter(line -> line.equals(".TP")).count());
    }
}
