package newsreader.tui;

import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import newsreader.post.Post;
import newsreader.post.PostException;
import newsreader.post.PostMeta;
import newsreader.post.PostProblem;
import newsreader.post.PostReader;
import newsreader.post.PostScanner;
import newsreader.render.ArticleRenderer;
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
    FolderServices(Path root, Path dataDirectory, CellWidth widths, ReadStateStore readState,
                   BlockingQueue<ReaderEvent> events) {
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
