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
        printer.say("newsreader line mode: " + Plural.of(session.posts().size(), "post") + " in " + session.root()
                + (problems == 0 ? "" : "; " + Plural.of(problems, "file") + " could not be read (type problems)")
                + ". Type help for the commands, q to leave.");
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
            printer.say("There is no command \"" + unknown.word() + "\"; type help to see the commands.");
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
            printer.say("\"" + argument + "\" is not a page number; type list, or list 2 for the second page.");
        } else if (number.getAsInt() < 1 || number.getAsInt() > pages) {
            printer.say("There is no page " + number.getAsInt() + "; the list has " + Plural.of(pages, "page") + ".");
        } else {
            showPage(number.getAsInt() - 1);
        }
    }

    private void more() {
        int next = session.page() + 1;
        if (next >= ListPrinter.pageCount(session.view().size(), pageSize())) {
            printer.say("That was the last page; the list has " + Plural.of(session.view().size(), "post")
                    + ". Type list to start again.");
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
                printer.say("No post is open yet; type a post's number to open it.");
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
            printer.say("\"" + argument + "\" is not a post number; type list to see the numbers.");
            return Optional.empty();
        }
        if (!view.has(number.getAsInt())) {
            printer.say("There is no post " + number.getAsInt() + "; "
                    + (view.isEmpty() ? "the list is empty." : "the list has " + Plural.of(view.size(), "post") + "."));
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
            printer.say(capital(describe(post)) + " cannot be opened: " + e.getMessage() + ".");
            return;
        } catch (RuntimeException e) {
            printer.say(capital(describe(post)) + " cannot be shown: " + e + ".");
            return;
        } catch (OutOfMemoryError | StackOverflowError e) {
            // That post's problem: the prompt, and every other post, stay.
            printer.say(capital(describe(post)) + " cannot be shown: " + Unrenderable.reason(e) + ".");
            return;
        }
        session.opened(post, article);
        for (StyledLine line : article.lines()) {
            printer.row(line.text());
        }
        printer.blank();
        int links = article.references().size();
        printer.say("End of " + describe(post)
                + (links == 0 ? "." : "; links lists its " + Plural.of(links, "link") + "."));
        readState.setRead(post, true).ifPresent(problem -> printer.say(capital(problem) + "."));
    }

    /** "post 3 of 19", or the file's name when the post is not in the list being looked at. */
    private String describe(PostMeta post) {
        int number = session.view().numberOf(post);
        return number > 0 ? "post " + number + " of " + session.view().size() : "post " + post.relativePath();
    }

    private void step(int direction) {
        PostView view = session.view();
        if (view.isEmpty()) {
            printer.say("The list is empty; type all to see every post.");
            return;
        }
        int number = view.numberOf(session.current());
        if (number == 0) {
            if (direction < 0) {
                printer.say("No post of this list is open, so there is no previous one; type a post's number.");
                return;
            }
            show(view.get(1));
            return;
        }
        int target = number + direction;
        if (!view.has(target)) {
            printer.say(direction > 0 ? "Post " + number + " is the last of the list."
                    : "Post 1 is the first of the list.");
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
        printer.say(view.isEmpty() ? "The list is empty; type all to see every post."
                : "Every post of this list has been read.");
    }

    private void read(String argument) {
        if (argument.isEmpty()) {
            if (session.current() == null) {
                printer.say("No post is open; type read and a post's number to mark that post read.");
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
                printer.say("No post is open; type star and a post's number to star that post.");
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
            printer.say(capital(problem.get()) + ".");
            return;
        }
        printer.say((starred ? "Starred " : "Unstarred ") + describe(post) + ": " + SafeText.line(post.title()).strip());
    }

    private void markAllRead() {
        PostView view = session.view();
        if (view.isEmpty()) {
            printer.say("The list is empty; nothing to mark.");
            return;
        }
        Optional<String> problem = readState.markAllPostsRead(view.posts());
        if (problem.isPresent()) {
            printer.say(capital(problem.get()) + ".");
            return;
        }
        printer.say("Marked " + (view.size() == 1 ? "the post" : "all " + view.size() + " posts")
                + " of the list read.");
    }

    private void rescan() {
        int before = session.posts().size();
        ScanResult scan = scanner.get();
        session.rescanned(scan.posts(), scan.problems());
        int problems = scan.problems().size();
        printer.say("Read the folder again: " + Plural.of(scan.posts().size(), "post") + " (" + before + " before)"
                + (problems == 0 ? "" : "; " + Plural.of(problems, "file") + " could not be read (type problems)")
                + ".");
        showPage(0);
    }

    private void mark(PostMeta post, boolean read) {
        Optional<String> problem = readState.setRead(post, read);
        if (problem.isPresent()) {
            printer.say(capital(problem.get()) + ".");
            return;
        }
        printer.say("Marked " + describe(post) + " " + (read ? "read" : "unread") + ": "
                + SafeText.line(post.title()).strip());
    }

    private void search(String argument) {
        TitleQuery search = TitleQuery.of(argument);
        if (search.isEmpty()) {
            printer.say("Search for what? Type search and some words, or /words; all shows every post again.");
            return;
        }
        PostView found = session.list(session.view().category(), search);
        if (found.isEmpty()) {
            printer.say("No title" + (found.category() == null ? "" : " in " + found.category().shown())
                    + " contains \"" + search.typed() + "\"; the list stays as it was.");
            return;
        }
        session.view(found);
        showPage(0);
    }

    private void find(String argument) {
        if (argument.isBlank()) {
            printer.say("Find what? Type find and some words; search WORDS looks in titles only.");
            return;
        }
        TextFinder.Found found;
        try {
            found = finder.find(session.posts(), argument);
        } catch (IOException | RuntimeException e) {
            printer.say("The search index cannot be used: " + e.getMessage() + ". search WORDS still finds titles.");
            return;
        }
        if (!found.problem().isEmpty()) {
            printer.say(capital(found.problem()) + ".");
        }
        PostView view = PostView.of(session.posts(), new PostView.FoundText(argument.strip(), found.relativePaths()));
        if (view.isEmpty()) {
            printer.say("No post's title or text matches \"" + argument.strip() + "\"; the list stays as it was.");
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
            printer.say("No post is in a category \"" + TypedText.unescape(argument)
                    + "\"; type cat to see the categories.");
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
            printer.say("No post is open; open one first, then image prints its header image's address.");
            return;
        }
        String image = post.image() == null ? "" : SafeText.line(post.image()).strip();
        if (image.isEmpty()) {
            printer.say(capital(describe(post)) + " has no header image.");
            return;
        }
        printer.labelled("Header image: ", image);
    }

    private void links() {
        PostMeta post = session.current();
        RenderedArticle article = session.currentArticle();
        if (post == null || article == null) {
            printer.say("No post is open; open one first, then links lists its links.");
            return;
        }
        List<Reference> references = article.references();
        if (references.isEmpty()) {
            printer.say(capital(describe(post)) + " has no links.");
            return;
        }
        printer.say(Plural.of(references.size(), "link") + " of " + describe(post) + ":");
        for (Reference reference : references) {
            // The address itself is always shown, so a link's text can never hide where it leads.
            String label = reference.label() == null ? "" : SafeText.line(reference.label()).strip();
            String text = (reference.image() ? "image: " : "") + SafeText.line(reference.url()).strip()
                    + (label.isEmpty() || label.equals(reference.url()) ? "" : " (" + label + ")");
            printer.labelled("[" + reference.number() + "] ", text);
        }
    }

    private void problems() {
        List<PostProblem> problems = session.problems();
        if (problems.isEmpty()) {
            printer.say("Every file of the folder was read as a post.");
            return;
        }
        printer.say(Plural.of(problems.size(), "file") + " could not be read as posts:");
        for (PostProblem problem : problems) {
            printer.labelled(SafeText.line(problem.relativePath()) + ": ", problem.reason());
        }
    }

    private int pageSize() {
        return Math.max(1, pageSize.getAsInt());
    }

    private static String capital(String text) {
        return ListPrinter.capitalised(text);
    }
}
