package newsreader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import newsreader.config.InterfaceLanguage;
import newsreader.messages.Messages;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The help's words reach picocli when help is made, not on every start, and then in the language chosen before. */
class CommandHelpTest {
    private static NewsreaderCommand root() {
        return new NewsreaderCommand(new Console(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), false, 80));
    }

    @Test
    void aRunThatShowsNoHelpReadsNoBundle() {
        CommandLine cli = CommandHelp.spoken(CommandTree.forArguments(root(), "list", "posts", "--json"));
        cli.parseArgs("list", "posts", "--json");
        assertThat(cli.getResourceBundle()).isNull();
        assertThat(cli.getSubcommands().get("list").getResourceBundle()).isNull();
    }

    @Test
    void aSubcommandsHelpGivesTheWholeTreeItsWordsInTheLanguageOfTheStart() {
        CommandLine cli;
        try (var zh = Messages.speaking(InterfaceLanguage.SIMPLIFIED_CHINESE)) {
            cli = CommandHelp.spoken(CommandTree.whole(root()));
        }
        String help = cli.getSubcommands().get("list").getUsageMessage(CommandLine.Help.Ansi.OFF);
        assertThat(help).startsWith("用法：");
        assertThat(cli.getResourceBundle()).isNotNull();
        assertThat(cli.getUsageMessage(CommandLine.Help.Ansi.OFF)).contains("用法：", "list");
    }

    @Test
    void fishCompletionAndTheManPageReadTheWordsWithoutMakingHelp() {
        assertThat(InProcess.run("completion", "fish").out())
                .contains("-a list -d 'Lists the posts of a folder, newest first");
        assertThat(InProcess.run("--language", "zh-Hant", "completion", "fish").out()).contains("-a list -d '列出");
        StringWriter page = new StringWriter();
        ManPage.write(CommandHelp.spoken(CommandTree.whole(root())).getCommandSpec(), InterfaceLanguage.ENGLISH,
                new PrintWriter(page));
        assertThat(page.toString()).contains("Lists the posts of a folder, newest first");
    }
}
