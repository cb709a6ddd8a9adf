package newsreader.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import newsreader.reading.ExitCodes;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * A hidden command for the launcher's class-data sharing archive: one JVM that lists a folder and shows some posts,
 * so that the archive holds the classes of {@code list}, {@code show} and {@code search} (a dynamic archive records one run).
 * It uses the metadata cache as {@code list} does, so that the cache's classes are archived too; the launcher points
 * {@code XDG_CACHE_HOME} at a throwaway folder for it, so the user's cache never keeps the samples
 * ({@code LauncherCopyTest}).
 */
final class TrainCommand extends Subcommand {
    Path folder;
    List<Path> files = new ArrayList<>();

    @Override
    CommandSpec model() {
        CommandSpec model = CommandModel.command("cds-training", this);
        model.usageMessage().hidden(true).description("Used by scripts/newsreader to make its class-data archive.");
        model.addPositional(CommandModel.parameter(Path.class, () -> folder, value -> folder = value).index("0").required(true)
                .paramLabel("DIR").build());
        model.addPositional(CommandModel.parameters(Path.class, () -> files, value -> files = value).index("1..*")
                .paramLabel("FILE").build());
        return model;
    }

    @Override
    boolean standardHelp() {
        return false; // hidden: used by the launcher only
    }

    @Override
    public Integer call() {
        ReaderArchiveClasses.load(ReaderArchiveClasses.names());
        CommandLine again = CommandHelp.spoken(CommandTree.whole(new NewsreaderCommand(parent.console())));
        again.execute("list", folder.toString());
        List<String> show = new ArrayList<>(List.of("show", "--width", "80"));
        files.forEach(f -> show.add(f.toString()));
        again.execute(show.toArray(String[]::new));
        // A search, indexing the samples first: Lucene's classes are most of what a search loads.
        again.execute("search", folder.toString(), "release");
        return ExitCodes.OK;
    }
}
