package newsreader.tui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import newsreader.post.Post;
import newsreader.post.PostException;
import newsreader.post.PostMeta;
import newsreader.reading.ChineseScript;
import newsreader.reading.ReadState;
import newsreader.render.LineStyle;
import newsreader.render.Reference;
import newsreader.render.RenderedArticle;
import newsreader.render.StyledLine;
import newsreader.store.ReadStateStore;
import newsreader.text.CellWidth;
import newsreader.text.LineWrapper;

/** Services for controller tests: bodies from a map, a simple layout (title, then wrapped body lines). */
class FakeServices implements ReaderServices {
    final Map<String, String> bodies = new HashMap<>();
    final Map<String, String> failures = new HashMap<>();
    final ReadState readState;
    final ReadStateStore store;
    final List<Integer> layoutWidths = new ArrayList<>();
    final List<ChineseScript> layoutScripts = new ArrayList<>();
    int reloads;
    /** The references every laid-out article has. */
    List<Reference> references = List.of(new Reference(1, "https://example.com/a.jpg", true, "a"),
            new Reference(2, "https://example.com/page", false, "page"));
    private final LineWrapper wrapper = new LineWrapper(CellWidth.standard());

    FakeServices() {
        this(ReadState.inMemory());
    }

    /** With marks kept in {@code readState} (a real SQLite store, for tests of failed writes). */
    FakeServices(ReadState readState) {
        this.readState = readState;
        this.store = readState.store();
    }

    @Override
    public Post read(PostMeta meta) throws PostException {
        String failure = failures.get(meta.relativePath());
        if (failure != null) {
            throw new PostException(failure);
        }
        return new Post(meta, bodies.getOrDefault(meta.relativePath(), "body of " + meta.title()));
    }

    @Override
    public RenderedArticle layOut(Post post, int width, ChineseScript script) {
        layoutWidths.add(width);
        layoutScripts.add(script);
        List<StyledLine> lines = new ArrayList<>();
        for (String line : wrapper.wrapToStrings(script.convert(post.meta().title()), width)) {
            lines.add(new StyledLine(line, LineStyle.TITLE));
        }
        lines.add(StyledLine.blank());
        for (String paragraph : post.body().split("\n")) {
            for (String line : wrapper.wrapToStrings(script.convert(paragraph), width)) {
                lines.add(new StyledLine(line, LineStyle.BODY));
            }
        }
        return new RenderedArticle(lines, references, width);
    }

    @Override
    public ReadState readState() {
        return readState;
    }

    @Override
    public void requestReload() {
        reloads++;
    }

    /** What o and u asked to open: "image <relative path> <references>" or "ref <url> <post path>". */
    final List<String> opened = new ArrayList<>();
    final List<String> terminalLinksWritten = new ArrayList<>();

    @Override
    public void openHeaderImage(PostMeta meta, List<Reference> references) {
        opened.add("image " + meta.relativePath() + " " + references.size());
    }

    @Override
    public void openReference(Reference reference, java.nio.file.Path postFile) {
        opened.add("ref " + reference.url() + " " + postFile);
    }

    @Override
    public void cancelOpening() {
        opened.add("cancel");
    }

    /** List choices remembered, in order. */
    final List<newsreader.reading.ListChoice> remembered = new ArrayList<>();

    @Override
    public java.util.Optional<String> rememberListChoice(newsreader.reading.ListChoice choice) {
        remembered.add(choice);
        return java.util.Optional.empty();
    }

    /** Full-text queries asked for. */
    final List<String> searches = new ArrayList<>();

    @Override
    public void searchAllText(String query) {
        searches.add(query);
    }

    /** Which header images are placeholders: the documented ones unless a test says otherwise. */
    newsreader.post.PlaceholderImages placeholders = newsreader.post.PlaceholderImages.defaults();

    @Override
    public newsreader.post.PlaceholderImages placeholders() {
        return placeholders;
    }

    @Override
    public newsreader.open.TerminalLinks links() {
        return new newsreader.open.TerminalLinks(false);
    }

    @Override
    public newsreader.open.ColorDepth colorDepth() {
        return newsreader.open.ColorDepth.TRUE_COLOR;
    }
}
