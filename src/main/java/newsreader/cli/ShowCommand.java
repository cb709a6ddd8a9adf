package newsreader.cli;

import java.nio.file.Path;
import java.util.List;
import newsreader.config.Settings;
import newsreader.post.Post;
import newsreader.post.PostException;
import newsreader.post.PostReader;
import newsreader.reading.ChineseScript;
import newsreader.reading.ExitCodes;
import newsreader.reading.Reading;
import newsreader.post.ProblemReason;
import newsreader.render.ArticleRenderer;
import newsreader.post.ProblemReason;
import newsreader.render.StyledLine;
import newsreader.post.ProblemReason;
import newsreader.render.Unrenderable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** {@code newsreader show FILE...}: posts rendered as wrapped plain text. */
final class ShowCommand extends Subcommand {
    List<Path> files;
    Integer width;

    @Override
    CommandSpec model() {
        CommandSpec model = CommandModel.command("show", this);
        model.addPositional(CommandModel.parameters(Path.class, () -> files, value -> files = value).arity("1..*").required(true)
                .paramLabel("FILE").descriptionKey("files").build());
        model.addOption(CommandModel.option(Integer.class, () -> width, value -> width = value, "-w", "--width")
                .paramLabel("N").build());
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
        if (width != null && width < 1) {
            throw new ParameterException(spec.commandLine(), CommandHelp.MESSAGES.get("error.width", String.valueOf(width)));
        }
        int columns = width != null ? width : console.columns();
        Settings settings = chinese.applyTo(parent.settings());
        ArticleRenderer renderer = new Reading(Reading.dates(settings), ambiguous.widths(settings),
                Reading.placeholders(settings), ChineseScript.of(settings)).renderer();
        PostReader reader = new PostReader();
        int status = ExitCodes.OK;
        boolean first = true;
        for (Path file : files) {
            if (!java.nio.file.Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                // A mistyped name is the user's mistake, not a post's problem: a usage error, as a missing folder is.
                console.err().println(CommandHelp.MESSAGES.get("show.no-such-file", file.toString()));
                status = ExitCodes.USAGE;
                continue;
            }
            Post post;
            try {
                post = reader.read(file, null);
            } catch (PostException e) {
                console.err().println(e.reason().about(file));
                status = Math.max(status, ExitCodes.PROBLEMS);
                continue;
            }
            List<StyledLine> lines;
            try {
                lines = renderer.render(post, columns).lines();
            } catch (OutOfMemoryError | StackOverflowError e) {
                // One hostile post must not take the others given in the same call down with it.
                console.err().println(ProblemReason.worded(Unrenderable.reason(e)).about(file));
                status = Math.max(status, ExitCodes.PROBLEMS);
                continue;
            }
            if (!first) {
                // One rule between two posts, so that where one ends and the next begins is seen at a glance.
                console.out().println();
                console.out().println(PostSeparator.line(columns));
                console.out().println();
            }
            first = false;
            for (StyledLine line : lines) {
                console.out().println(line.text());
            }
        }
        return status;
    }
}
