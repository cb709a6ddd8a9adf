package newsreader.tui;

import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.List;
import newsreader.open.ColorDepth;
import newsreader.open.OpenOutcome;
import newsreader.open.OpenTask;
import newsreader.open.Opener;
import newsreader.open.TerminalLinks;
import newsreader.post.Post;
import newsreader.post.PostException;
import newsreader.post.PostMeta;
import newsreader.post.PostProblem;
import newsreader.post.PostReader;
import newsreader.post.PostScanner;
import newsreader.render.ArticleRenderer;
import newsreader.render.Reference;
import newsreader.render.RenderedArticle;
import newsreader.store.OldReadMarks;
import newsreader.store.ReadStateStore;
import newsreader.text.CellWidth;

/** The real services: posts from the folder, articles from the renderer, scans on a background thread. */
final class FolderServices implements ReaderServices {
    private final Path root;
    private final ArticleRenderer renderer;
    private final PostReader reader = new PostReader();
    private final ReadStateStore readState;
    private final BlockingQueue<ReaderEvent> events;
    private final AtomicBoolean scanning = new AtomicBoolean();
    private final Path dataDirectory;
    private final AtomicBoolean oldMarksImported = new AtomicBoolean();

    /** @param dataDirectory where an old read-state file may wait to be imported; null for none */
    private final Opener opener;

    FolderServices(Path root, Path dataDirectory, CellWidth widths, ReadStateStore readState,
                   BlockingQueue<ReaderEvent> events) {
        this(root, dataDirectory, widths, readState, events, null);
    }

    /** @param opener opens images and links; null for none (tests that never press o or u) */
    FolderServices(Path root, Path dataDirectory, CellWidth widths, ReadStateStore readState,
                   BlockingQueue<ReaderEvent> events, Opener opener) {
        this.opener = opener;
        this.root = root;
        this.dataDirectory = dataDirectory;
        this.renderer = new ArticleRenderer(widths);
        this.readState = readState;
        this.events = events;
    }

    @Override
    public Post read(PostMeta meta) throws PostException {
        return reader.read(meta.path(), root);
    }

    @Override
    public RenderedArticle layOut(Post post, int width) {
        return renderer.render(post, width);
    }

    @Override
    public ReadStateStore readState() {
        return readState;
    }

    @Override
    public void openHeaderImage(PostMeta meta, List<Reference> references) {
        if (opener == null) {
            events.add(new ReaderEvent.Opened(new OpenOutcome.Failed("opening images is off")));
            return;
        }
        follow(opener.openHeaderImage(meta, references, this::progress));
    }

    @Override
    public void openReference(Reference reference, Path postFile) {
        if (opener == null) {
            events.add(new ReaderEvent.Opened(new OpenOutcome.Failed("opening links is off")));
            return;
        }
        follow(opener.openReference(reference, postFile, this::progress));
    }

    @Override
    public TerminalLinks links() {
        return opener != null ? opener.links() : new TerminalLinks(false);
    }

    @Override
    public ColorDepth colorDepth() {
        return opener != null ? opener.colorDepth() : ColorDepth.detect(newsreader.open.Environment.current());
    }

    /** Called on the download's thread: the numbers go to the UI thread through the queue. */
    private void progress(long bytes, long total) {
        events.add(new ReaderEvent.Downloading(bytes, total));
    }

    private void follow(OpenTask task) {
        // The future never completes exceptionally (OpenTask's contract); the guard keeps a broken one visible.
        task.result().whenComplete((outcome, error) -> events.add(new ReaderEvent.Opened(
                outcome != null ? outcome : new OpenOutcome.Failed("cannot open: " + error))));
    }

    /** Scans on a daemon thread so that the screen stays responsive; one scan at a time. */
    @Override
    public void requestReload() {
        if (!scanning.compareAndSet(false, true)) {
            return;
        }
        Thread scan = new Thread(() -> {
            Library library;
            try {
                library = Library.of(root, new PostScanner().scan(root));
                if (dataDirectory != null && oldMarksImported.compareAndSet(false, true)) {
                    OldReadMarks.importOnce(readState, dataDirectory, root, library.posts());
                }
            } catch (RuntimeException | StackOverflowError e) {
                // Never print: the screen is up. The failure becomes the folder's one problem.
                library = new Library(root, java.util.List.of(),
                        java.util.List.of(new PostProblem(root, ".", "could not scan the folder: " + e)));
            } finally {
                scanning.set(false);
            }
            events.add(new ReaderEvent.Loaded(library));
        }, "newsreader-scan");
        scan.setDaemon(true);
        // Whatever happens, nothing may be printed over the screen.
        scan.setUncaughtExceptionHandler((thread, error) -> events.add(new ReaderEvent.Loaded(Library.empty(root))));
        scan.start();
    }
}
