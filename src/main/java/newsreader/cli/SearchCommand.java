package newsreader.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import newsreader.post.PostScanner;
import newsreader.post.ScanResult;
import newsreader.reading.ChineseScript;
import newsreader.reading.ExitCodes;
import newsreader.reading.Reading;
import newsreader.render.DateLabel;
import newsreader.search.Highlight;
import newsreader.search.HighlightedText;
import newsreader.search.ProgressListener;
import newsreader.search.SearchHit;
import newsreader.search.SearchIndex;
import newsreader.search.SearchLocation;
import newsreader.search.UpdateReport;
import newsreader.text.SafeText;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** {@code newsreader search [DIR] QUERY}: full-text search of a folder's titles and bodies, best match first. */
final class SearchCommand extends Subcommand {
    private static final String BOLD = "\u001b[1m";
    private static final String PLAIN = "\u001b[22m";
    private static final newsreader.messages.Messages MESSAGES = CommandHelp.MESSAGES;

    // One list, split in call(): picocli cannot tell an optional DIR before QUERY... from a first query word.
    List<String> words;
    boolean json;
    int limit;
    boolean noUpdate;

    @Override
    CommandSpec model() {
        CommandSpec model = CommandModel.command("search", this);
        model.addPositional(CommandModel.parameters(String.class, () -> words, value -> words = value).arity("1..*").required(true)
                .paramLabel("[DIR] QUERY").descriptionKey("words").build());
        model.addOption(CommandModel.option(boolean.class, () -> json, value -> json = value, "--json").build());
        model.addOption(CommandModel.option(int.class, () -> limit, value -> limit = value, "-n", "--limit")
                .paramLabel("N").defaultValue("20").build());
        model.addOption(CommandModel.option(boolean.class, () -> noUpdate, value -> noUpdate = value, "--no-update").build());
        return model;
    }

    final ChineseOption chinese = new ChineseOption();

    @Override
    List<SharedOption> shared() {
        return List.of(chinese);
    }

    @Override
    public Integer call() throws InterruptedException {
        Console console = parent.console();
        if (limit < 0) {
            throw new ParameterException(spec.commandLine(), MESSAGES.get("error.limit"));
        }
        boolean withFolder = startsWithFolder(words);
        Path folder = parent.postsFolder(withFolder ? Path.of(words.get(0)) : null, spec);
        List<String> query = withFolder ? words.subList(1, words.size()) : words;
        if (query.isEmpty()) {
            throw new ParameterException(spec.commandLine(), MESSAGES.get("error.missing-query", folder.toString()));
        }
        DateLabel dates = Reading.dates(parent.settings());
        ScanResult scan = noUpdate ? new ScanResult(List.of(), List.of()) : new PostScanner().scan(folder);
        List<SearchHit> hits;
        boolean partial = false;
        // Without an update the index is only read: opening its writer would cost more than the search.
        try (SearchIndex index = noUpdate ? SearchIndex.openReadOnly(folder, SearchLocation.cacheRoot())
                : SearchIndex.open(folder, SearchLocation.cacheRoot())) {
            if (index.isReadOnly() && !noUpdate) {
                console.err().println(MESSAGES.get("search.read-only", safe(folder)));
            }
            if (!noUpdate && !update(index, scan, console)) {
                // "no matches" from an index that holds nothing would be a failure reported as success.
                int searchable = index.searchablePosts();
                if (searchable == 0) {
                    console.err().println(MESSAGES.get("search.nothing", safe(folder)));
                    return ExitCodes.FAILURE;
                }
                console.err().println(MESSAGES.get("search.partial", searchable));
                partial = true;
            }
            hits = index.search(String.join(" ", query), limit);
        } catch (IOException e) {
            console.err().println(MESSAGES.get("search.unusable", SafeText.line(String.valueOf(e.getMessage()))));
            return ExitCodes.FAILURE;
        }
        if (!scan.problems().isEmpty()) {
            console.err().println(MESSAGES.get("search.unreadable", scan.problems().size(), safe(folder)));
        }
        if (json) {
            HitJson out = new HitJson(console.out());
            hits.forEach(out::write);
        } else {
            boolean bold = console.isTerminal() && parent.settings().useColor(System.getenv());
            // Titles and snippets are safe text already: only the bold marks are escapes, and they are ours.
            // JSON stays as written, for scripts, as list's does; the text is for reading, in the script asked for.
            ChineseScript script = ChineseScript.of(chinese.applyTo(parent.settings()));
            printText(hits, folder, dates, script, bold ? BOLD : "[", bold ? PLAIN : "]", bold ? console.styledOut() : console.out());
        }
        if (hits.isEmpty()) {
            console.err().println(MESSAGES.get("search.no-matches"));
        }
        return partial ? ExitCodes.PROBLEMS : ExitCodes.OK;
    }

    /**
     * Brings the index up to date, with a progress line when a person is watching stderr; false (said on stderr) when
     * it could not be written.
     */
    private boolean update(SearchIndex index, ScanResult scan, Console console) throws InterruptedException {
        boolean showProgress = stderrIsTerminal(console);
        ProgressListener progress = !showProgress ? ProgressListener.NONE : (done, total) -> {
            if (total > 0) {
                console.err().print("\r" + MESSAGES.get("search.indexing", done, total));
                console.err().flush();
            }
        };
        try {
            UpdateReport report = index.update(scan.posts(), progress).get();
            if (showProgress && report.indexed() + report.failed() > 0) {
                console.err().print("\r" + " ".repeat(40) + "\r");
                console.err().flush();
            }
            return true;
        } catch (ExecutionException e) {
            // The hits the index already has are still worth showing; say why they may be stale.
            Throwable cause = e.getCause();
            String reason = cause.getMessage() == null ? cause.toString() : cause.getMessage();
            if (showProgress) {
                console.err().println();
            }
            console.err().println(MESSAGES.get("search.unwritable", SafeText.line(reason)));
            return false;
        }
    }

    /**
     * Whether the first word names the folder: one that exists, or one written as a path, so that a mistyped
     * {@code ./postz} is an error rather than a search for "./postz".
     */
    static boolean startsWithFolder(List<String> words) {
        String first = words.get(0);
        if (first.startsWith("/") || first.startsWith("./") || first.startsWith("../")) {
            return true;
        }
        try {
            return Files.isDirectory(Path.of(first));
        } catch (InvalidPathException e) {
            return false; // a word this locale cannot name as a file is no folder here, and may well be a query
        }
    }

    private static void printText(List<SearchHit> hits, Path folder, DateLabel dates, ChineseScript script, String open,
                                  String close, PrintWriter out) {
        boolean first = true;
        for (SearchHit hit : hits) {
            if (!first) {
                out.println();
            }
            first = false;
            out.println(dates.of(hit.date()) + "  " + marked(hit.title(), hit.titleHighlights(), script, open, close));
            out.println("  " + safe(folder.resolve(hit.relativePath())));
            if (!hit.snippet().isEmpty()) {
                out.println("  " + marked(hit.snippet(), hit.highlights(), script, open, close));
            }
        }
    }

    /**
     * Titles and snippets are already safe text; they are shown in the Chinese script asked for, and the marks go
     * around the stretches that matched.
     */
    private static String marked(String text, List<Highlight> highlights, ChineseScript script, String open, String close) {
        return new HighlightedText(text, highlights).converted(script::convert).marked(open, close);
    }

    /** File names come from the folder, which is untrusted: no control character of theirs reaches the terminal. */
    private static String safe(Path path) {
        return SafeText.line(path.toString());
    }

    /** Linux names stderr's terminal in /proc; elsewhere, whether there is a console at all is the best guess. */
    private static boolean stderrIsTerminal(Console console) {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return console.isTerminal();
        }
    }

    /**
     * {@code search --json}: one object a hit. Offsets are in code points (what jq and most languages count), not Java's
     * UTF-16 units; characters a terminal could act on are escaped as in {@code list --json}.
     */
    private static final class HitJson {
        private final SafeJson json = new SafeJson();
        private final PrintWriter out;

        HitJson(PrintWriter out) {
            this.out = out;
        }

        void write(SearchHit hit) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("path", hit.path().toString());
            row.put("relativePath", hit.relativePath());
            row.put("title", hit.title());
            row.put("date", hit.date() == null ? null : hit.date().toString());
            row.put("score", hit.score());
            row.put("snippet", hit.snippet());
            row.put("highlights", codePointRanges(hit.snippet(), hit.highlights()));
            row.put("titleHighlights", codePointRanges(hit.title(), hit.titleHighlights()));
            out.println(json.line(row));
        }

        private static List<int[]> codePointRanges(String text, List<Highlight> highlights) {
            List<int[]> ranges = new ArrayList<>(highlights.size());
            for (Highlight h : highlights) {
                int start = text.codePointCount(0, h.start());
                ranges.add(new int[] {start, start + text.codePointCount(h.start(), h.end())});
            }
            return ranges;
        }
    }
}
