package newsreader.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code newsreader [DIR]}: the full-screen reader; the subcommands serve scripts and pipes. */
@Command(name = "newsreader",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = {
            "Reads a folder of posts (Markdown/HTML with front matter) in the terminal, with CJK-correct wrapping.",
            "Without a command, opens the full-screen reader on DIR."},
        footer = {"",
            "Examples:",
            "  newsreader ./posts                      open the reader",
            "  newsreader list ./posts --limit 20      the 20 newest posts",
            "  newsreader list ./posts --json | jq .   metadata as JSON Lines",
            "  newsreader show post.md --width 60      one post as wrapped text",
            "",
            "Exit status: 0 ok, 1 some post had a problem (reported on stderr), 2 usage error."},
        subcommands = {ListCommand.class, ShowCommand.class})
final class NewsreaderCommand implements Callable<Integer> {
    private final Console console;

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", defaultValue = ".",
            description = "The folder of posts (default: the current folder).")
    Path folder;

    NewsreaderCommand(Console console) {
        this.console = console;
    }

    Console console() {
        return console;
    }

    @Override
    public Integer call() {
        return ReaderLauncher.launch(folder, console);
    }
}
