package newsreader.line;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import newsreader.post.PostException;
import newsreader.post.PostMeta;
import newsreader.post.PostProblem;
import newsreader.post.ProblemReason;
import newsreader.post.ScanResult;
import newsreader.reading.CategoryQuery;
import newsreader.reading.Library;
import newsreader.reading.ReadState;
import newsreader.reading.TitleQuery;
import newsreader.render.Reference;
import newsreader.render.RenderedArticle;
import newsreader.render.StyledLine;
import newsreader.render.Unrenderable;
import newsreader.text.SafeText;

/**
 * Carries out what the user types: one method a command, each reading and changing the {@link Session} and
 * answering through the {@link Printer}. Bad input gets a plain sentence saying what was wrong and what works.
 */
final class CommandRunner {
    private static final newsreader.messages.Messages WORDS = newsreader.messages.Messages.of("line");

    private final Session session;
    private final Printer printer;
    private final ListPrinter lists;
    private final ArticleSource articles;
    private final ReadState readState;
    private final IntSupplier pageSize;
    private final Supplier<ScanResult> scanner;
    private final CommandParser parser = new CommandParser();
    private final HelpPrinter help;
    private final TextFinder finder;

    /**
     * @param pageSize posts a list page shows, asked each time (the terminal may be resized)
     * @param scanner  scans the folder again for {@code rescan}
     */
    CommandRunner(Session session, Printer printer, ListPrinter lists, ArticleSource articles, ReadState readState,
                  IntSupplier pageSize, Supplier<ScanResult> scanner, TextFinder finder) {
        this.session = session;
        this.printer = printer;
        this.lists = lists;
        this.articles = articles;
        this.readState = readState;
        this.pageSize = pageSize;
        this.scanner = scanner;
        this.help = new HelpPrinter(printer, parser);
        this.finder = finder;
    }

    /** Greets the user: what the folder holds, then the first page of the list. */
    void welcome() {
        int problems = session.problems().size();
        printer.say(problems == 0 ? WORDS.get("welcome", session.posts().size(), session.root().toString())
                : WORDS.get("welcome.problems", session.posts().size(), session.root().toString(), problems));
        if (!session.posts().isEmpty()) {
            showPage(0);
        }
        printer.flush();
    }

    /** Runs one typed line; false when the user asked to leave. */
    boolean run(String line) {
        Input input = parser.parse(line);
        boolean goOn = true;
        if (input instanceof Input.Unknown unknown) {
            printer.say(WORDS.get("unknown-command", unknown.word()));
        } else if (input instanceof Input.Known known) {
            goOn = run(known.command(), known.argument());
        }
        printer.flush();
        return goOn;
    }

    private boolean run(Command command, String argument) {
        switch (command) {
            case LIST -> list(argument);
            case MORE -> more();
            case OPEN -> open(argument);
            case NEXT -> step(+1);
            case PREVIOUS -> step(-1);
            case UNREAD -> unread(argument);
            case READ -> read(argument);
            case STAR -> star(argument);
            case SEARCH -> search(argument);
            case FIND -> find(argument);
            case CATEGORY -> category(argument);
            case ALL -> all();
            case IMAGE -> image();
            case LINKS -> links();
            case RESCAN -> rescan();
            case PROBLEMS -> problems();
            case HELP -> help.print(argument);
            case QUIT -> {
                return false;
            }
        }
        return true;
    }

    private void list(String argument) {
        if (argument.isEmpty()) {
            showPage(0);
            return;
        }
        OptionalInt number = PostNumber.parse(argument);
        int pages = ListPrinter.pageCount(session.view().size(), pageSize());
        if (number.isEmpty()) {
            printer.say(WORDS.get("list.not-a-page", argument));
        } else if (number.getAsInt() < 1 || number.getAsInt() > pages) {
            printer.say(WORDS.get("list.no-page", String.valueOf(number.getAsInt()), pages));
        } else {
            showPage(number.getAsInt() - 1);
        }
    }

    private void more() {
        int next = session.page() + 1;
        if (next >= ListPrinter.pageCount(session.view().size(), pageSize())) {
            printer.say(WORDS.get("more.last", session.view().size()));
            return;
        }
        showPage(next);
    }

    private void showPage(int page) {
        session.page(page);
        lists.print(session.view(), page, pageSize());
    }

    private void open(String argument) {
        if (argument.isEmpty()) {
            if (session.current() == null) {
                printer.say(WORDS.get("open.none"));
            } else {
                show(session.current());
            }
            return;
        }
        postNumbered(argument).ifPresent(this::show);
    }

    /** The post with the typed number in the list, or empty after saying why there is none. */
    private Optional<PostMeta> postNumbered(String argument) {
        OptionalInt number = PostNumber.parse(argument);
        PostView view = session.view();
        if (number.isEmpty()) {
            printer.say(WORDS.get("number.not-a-post", argument));
            return Optional.empty();
        }
        if (!view.has(number.getAsInt())) {
            String typed = String.valueOf(number.getAsInt());
            printer.say(view.isEmpty() ? WORDS.get("number.empty", typed) : WORDS.get("number.no-post", typed, view.size()));
            return Optional.empty();
        }
        return Optional.of(view.get(number.getAsInt()));
    }

    /** Prints a post laid out at the current width, marks it read and makes it the current post. */
    private void show(PostMeta post) {
        RenderedArticle article;
        try {
            article = articles.render(post, printer.width());
        } catch (PostException e) {
            printer.say(capital(WORDS.get("post.cannot-open", describe(post), e.getMessage())));
            return;
        } catch (RuntimeException e) {
            printer.say(capital(WORDS.get("post.cannot-show", describe(post), e.toString())));
            return;
        } catch (OutOfMemoryError | StackOverflowError e) {
            // That post's problem: the prompt, and every other post, stay.
            printer.say(capital(WORDS.get("post.cannot-show", describe(post), Unrenderable.reason(e))));
            return;
        }
        session.opened(post, article);
        for (StyledLine line : article.lines()) {
            printer.row(line.text());
        }
        printer.blank();
        int links = article.references().size();
        printer.say(links == 0 ? WORDS.get("post.end", describe(post)) : WORDS.get("post.end.links", describe(post), links));
        readState.setRead(post, true).ifPresent(this::sayProblem);
    }

    /** "post 3 of 19", or the file's name when the post is not in the list being looked at. */
    private String describe(PostMeta post) {
        int number = session.view().numberOf(post);
        return number > 0 ? WORDS.get("post.in-list", String.valueOf(number), String.valueOf(session.view().size()))
                : WORDS.get("post.file", post.relativePath());
    }

    private void step(int direction) {
        PostView view = session.view();
        if (view.isEmpty()) {
            printer.say(WORDS.get("list.empty"));
            return;
        }
        int number = view.numberOf(session.current());
        if (number == 0) {
            if (direction < 0) {
                printer.say(WORDS.get("step.no-previous"));
                return;
            }
            show(view.get(1));
            return;
        }
        int target = number + direction;
        if (!view.has(target)) {
            printer.say(direction > 0 ? WORDS.get("step.last", String.valueOf(number)) : WORDS.get("step.first"));
            return;
        }
        show(view.get(target));
    }

    private void unread(String argument) {
        if (!argument.isEmpty()) {
            postNumbered(argument).ifPresent(post -> mark(post, false));
            return;
        }
        PostView view = session.view();
        // After the current post first, then from the top, so nothing unread is skipped.
        int next = readState.nextUnreadPost(view.size(), view.numberOf(session.current()) - 1, i -> view.posts().get(i));
        if (next >= 0) {
            show(view.posts().get(next));
            return;
        }
        printer.say(WORDS.get(view.isEmpty() ? "list.empty" : "unread.none"));
    }

    private void read(String argument) {
        if (argument.isEmpty()) {
            if (session.current() == null) {
                printer.say(WORDS.get("read.none-open"));
            } else {
                mark(session.current(), true);
            }
            return;
        }
        if (argument.equalsIgnoreCase("all")) {
            markAllRead();
            return;
        }
        postNumbered(argument).ifPresent(post -> mark(post, true));
    }

    private void star(String argument) {
        if (argument.isEmpty()) {
            if (session.current() == null) {
                printer.say(WORDS.get("star.none-open"));
            } else {
                toggleStar(session.current());
            }
            return;
        }
        postNumbered(argument).ifPresent(this::toggleStar);
    }

    private void toggleStar(PostMeta post) {
        boolean starred = !readState.isStarred(post);
        Optional<String> problem = readState.setStarred(Library.idOf(post), starred);
        if (problem.isPresent()) {
            sayProblem(problem.get());
            return;
        }
        printer.say(capital(WORDS.get(starred ? "star.starred" : "star.unstarred", describe(post),
                lists.title(post))));
    }

    private void markAllRead() {
        PostView view = session.view();
        if (view.isEmpty()) {
            printer.say(WORDS.get("read-all.empty"));
            return;
        }
        Optional<String> problem = readState.markAllPostsRead(view.posts());
        if (problem.isPresent()) {
            sayProblem(problem.get());
            return;
        }
        printer.say(WORDS.get("read-all.done", view.size()));
    }

    private void rescan() {
        int before = session.posts().size();
        ScanResult scan = scanner.get();
        session.rescanned(scan.posts(), scan.problems());
        int problems = scan.problems().size();
        printer.say(problems == 0 ? WORDS.get("rescan.done", scan.posts().size(), before)
                : WORDS.get("rescan.done.problems", scan.posts().size(), before, problems));
        showPage(0);
    }

    private void mark(PostMeta post, boolean read) {
        Optional<String> problem = readState.setRead(post, read);
        if (problem.isPresent()) {
            sayProblem(problem.get());
            return;
        }
        printer.say(WORDS.get(read ? "mark.read" : "mark.unread", describe(post), lists.title(post)));
    }

    private void search(String argument) {
        TitleQuery search = TitleQuery.of(argument);
        if (search.isEmpty()) {
            printer.say(WORDS.get("search.what"));
            return;
        }
        PostView found = session.list(session.view().category(), search);
        if (found.isEmpty()) {
            printer.say(found.category() == null ? WORDS.get("search.none", search.typed())
                    : WORDS.get("search.none.category", search.typed(), found.category().shown()));
            return;
        }
        session.view(found);
        showPage(0);
    }

    private void find(String argument) {
        if (argument.isBlank()) {
            printer.say(WORDS.get("find.what"));
            return;
        }
        TextFinder.Found found;
        try {
            found = finder.find(session.posts(), argument);
        } catch (IOException | RuntimeException e) {
            printer.say(WORDS.get("find.unusable", String.valueOf(e.getMessage())));
            return;
        }
        if (!found.problem().isEmpty()) {
            sayProblem(found.problem());
        }
        PostView view = PostView.of(session.posts(), new PostView.FoundText(argument.strip(), found.relativePaths()));
        if (view.isEmpty()) {
            printer.say(WORDS.get("find.none", argument.strip()));
            return;
        }
        session.view(view);
        showPage(0);
    }

    private void category(String argument) {
        if (argument.isEmpty()) {
            new CategoryListPrinter(printer, lists.script()).print(session.categories(), session.posts().size());
            return;
        }
        CategoryQuery query = CategoryQuery.of(TypedText.unescape(argument));
        PostView found = session.list(query, null);
        if (query.isEmpty() || found.isEmpty()) {
            printer.say(WORDS.get("category.none", TypedText.unescape(argument)));
            return;
        }
        session.view(found);
        showPage(0);
    }

    private void all() {
        session.view(session.list(null, null));
        showPage(0);
    }

    private void image() {
        PostMeta post = session.current();
        if (post == null) {
            printer.say(WORDS.get("image.none-open"));
            return;
        }
        String image = post.image() == null ? "" : SafeText.line(post.image()).strip();
        if (image.isEmpty()) {
            printer.say(capital(WORDS.get("image.none", describe(post))));
            return;
        }
        printer.labelled(WORDS.get("image.label"), image);
    }

    private void links() {
        PostMeta post = session.current();
        RenderedArticle article = session.currentArticle();
        if (post == null || article == null) {
            printer.say(WORDS.get("links.none-open"));
            return;
        }
        List<Reference> references = article.references();
        if (references.isEmpty()) {
            printer.say(capital(WORDS.get("links.none", describe(post))));
            return;
        }
        printer.say(WORDS.get("links.heading", references.size(), describe(post)));
        for (Reference reference : references) {
            // The address itself is always shown, so a link's text can never hide where it leads.
            String label = reference.label() == null ? "" : SafeText.line(reference.label()).strip();
            String address = SafeText.line(reference.url()).strip();
            String link = label.isEmpty() || label.equals(reference.url()) ? address
                    : WORDS.get("link.labelled", address, label);
            String text = reference.image() ? WORDS.get("link.image", link) : link;
            printer.labelled("[" + reference.number() + "] ", text);
        }
    }

    private void problems() {
        List<PostProblem> problems = session.problems();
        if (problems.isEmpty()) {
            printer.say(WORDS.get("problems.none"));
            return;
        }
        printer.say(WORDS.get("problems.heading", problems.size()));
        for (PostProblem problem : problems) {
            printer.labelled(ProblemReason.label(SafeText.line(problem.relativePath())), problem.reason());
        }
    }

    private int pageSize() {
        return Math.max(1, pageSize.getAsInt());
    }

    /** A problem from the read marks or the search index, said as a sentence of its own. */
    private void sayProblem(String problem) {
        printer.say(capital(WORDS.get("problem", problem)));
    }

    private static String capital(String text) {
        return ListPrinter.capitalised(text);
    }
}
