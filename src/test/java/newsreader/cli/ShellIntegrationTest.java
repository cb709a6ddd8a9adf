package newsreader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import newsreader.testing.ProgramRun;
import org.junit.jupiter.api.Test;
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
        ManPage.write(CommandHelp.spoken(new CommandLine(new NewsreaderCommand(Console.system()))).getCommandSpec(), new PrintWriter(text));
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
        assertThat(keys.split("\n\\.TP\n", -1)).hasSize(ReaderKeys.lines().size() + 1);
        assertThat(ReaderKeys.lines()).hasSizeGreaterThan(20);
    }
}
