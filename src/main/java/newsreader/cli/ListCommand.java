package newsreader.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import newsreader.config.Settings;
import newsreader.post.MetaCache;
import newsreader.post.PostMeta;
import newsreader.post.PostProblem;
import newsreader.post.PostScanner;
import newsreader.post.ScanResult;
import newsreader.reading.CategoryQuery;
import newsreader.reading.ChineseScript;
import newsreader.reading.ExitCodes;
import newsreader.reading.Reading;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** {@code newsreader list [DIR]}: the posts of a folder, newest first, as aligned columns or JSON Lines. */
final class ListCommand extends Subcommand {
    Path dir;
    String category;
    boolean json;
    Integer limit;
    boolean noCache;

    @Override
    CommandSpec model() {
        CommandSpec model = CommandModel.command("list", this);
        model.addPositional(CommandModel.parameter(Path.class, () -> dir, value -> dir = value).index("0").arity("0..1")
                .paramLabel("DIR").descriptionKey(NewsreaderCommand.DIR_DESCRIPTION).build());
        model.addOption(CommandModel.option(String.class, () -> category, value -> category = value, "-c", "--category")
                .paramLabel("PATH").build());
        model.addOption(CommandModel.option(boolean.class, () -> json, value -> json = value, "--json").build());
        model.addOption(CommandModel.option(Integer.class, () -> limit, value -> limit = value, "-n", "--limit")
                .paramLabel("N").build());
        model.addOption(CommandModel.option(boolean.class, () -> noCache, value -> noCache = value, "--no-cache").build());
        return model;
    }

    final AmbiguousWidthOption ambiguous = new AmbiguousWidthOption();

    final ChineseOption chinese = new ChineseOption();

    @Override
    List<SharedOption> shared() {
        return List.of(ambiguous, chinese);
    }

    @Override
    public Integer call() {
        Console console = parent.console();
        if (limit != null && limit < 0) {
            throw new ParameterException(spec.commandLine(), CommandHelp.MESSAGES.get("error.limit"));
        }
        Path folder = parent.postsFolder(dir, spec);
        newsreader.log.Trace.mark("list: start");
        if (!json && console.isTerminal()) {
            console.askColumnsAhead(); // while the folder is scanned
        }
        PostScanner scanner = new PostScanner();
        ScanResult scan = (noCache ? scanner.withCache(MetaCache.none()) : scanner).scan(folder);
        newsreader.log.Trace.mark("list: scanned");
        List<PostMeta> posts = selected(scan.posts());
        if (category != null && posts.isEmpty() && !scan.posts().isEmpty() && (limit == null || limit > 0)) {
            // An empty stdout alone cannot tell a mistyped category from an empty folder. The status stays 0, as for a
            // search without matches: nothing failed.
            console.err().println(CommandHelp.MESSAGES.get("list.no-category", category));
        }
        if (json) {
            JsonLines lines = new JsonLines(console.out());
            posts.forEach(lines::post);
            scan.problems().forEach(lines::problem);
        } else {
            // JSON Lines stay as written, for scripts; the columns are for reading, in the script asked for.
            Settings settings = chinese.applyTo(parent.settings());
            Reading reading = new Reading(Reading.dates(settings), ambiguous.widths(settings), Reading.placeholders(settings),
                    ChineseScript.of(settings));
            newsreader.log.Trace.mark("list: settings read");
            new ListTable(reading.rows(), console.isTerminal() ? console.columns() : 0).print(posts, console.out());
            newsreader.log.Trace.mark("list: printed");
            for (PostProblem problem : scan.problems()) {
                console.err().println(problem.why().about(problem.path()));
            }
        }
        return scan.problems().isEmpty() ? ExitCodes.OK : ExitCodes.PROBLEMS;
    }

    private List<PostMeta> selected(List<PostMeta> all) {
        if (category == null && limit == null) {
            return all; // not copied: a loop that runs once stays interpreted, about 10 ms for 100,000 posts
        }
        CategoryQuery filter = category == null ? null : CategoryQuery.of(category);
        List<PostMeta> out = new ArrayList<>();
        for (PostMeta post : all) {
            if (limit != null && out.size() >= limit) {
                break;
            }
            if (filter == null || filter.matches(post)) {
                out.add(post);
            }
        }
        return out;
    }
}
