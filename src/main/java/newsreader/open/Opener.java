package newsreader.open;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import newsreader.messages.Messages;
import newsreader.open.address.HeaderImage;
import newsreader.open.address.Refusal;
import newsreader.open.address.TargetPolicy;
import newsreader.open.fetch.Cancellation;
import newsreader.open.fetch.FetchException;
import newsreader.open.fetch.Fetched;
import newsreader.open.fetch.ImageCache;
import newsreader.open.fetch.ImageFetcher;
import newsreader.open.fetch.MimeTypes;
import newsreader.open.picture.DecodeQueue;
import newsreader.open.picture.ImageDecoder;
import newsreader.open.picture.ImagePreview;
import newsreader.open.viewer.Mailcap;
import newsreader.open.viewer.ProcessStarter;
import newsreader.open.viewer.Viewer;
import newsreader.open.viewer.ViewerChoice;
import newsreader.open.viewer.ViewerChooser;
import newsreader.open.viewer.ViewerLauncher;
import newsreader.post.PostMeta;
import newsreader.render.Reference;

/**
 * Opens a post's images and links: checks the address, picks a viewer, downloads when the viewer needs a file, and
 * starts it; or, with no viewer or no display, decodes the image for newsreader to draw. All slow work runs on this
 * opener's own background threads; the returned {@link OpenTask} completes with an {@link OpenOutcome}. The face of
 * this package: the reader makes one per session.
 */
public final class Opener implements AutoCloseable {
    private static final Messages WORDS = Messages.of("open");

    private final OpenSettings settings;
    private final Environment env;
    private final TargetPolicy policy;
    private final ViewerChooser chooser;
    private final ImageFetcher fetcher;
    private final DecodeQueue decodes;
    private final ViewerLauncher launcher;
    private final ExecutorService executor;
    /** The open in progress: a new one cancels it, as the reader shows one outcome at a time. */
    private final AtomicReference<OpenTask> current = new AtomicReference<>();

    /** An opener for this process's environment, reading the user's mailcap files. */
    public Opener(OpenSettings settings) {
        this(settings, Environment.current(), ProcessStarter.SYSTEM, null);
    }

    /**
     * For tests: everything the opener reads from the outside world, injected.
     *
     * @param env     environment variables, PATH, home
     * @param starter starts viewer processes
     * @param mailcap the mailcap entries; null to read {@link Mailcap#searchPath} when first needed
     */
    Opener(OpenSettings settings, Environment env, ProcessStarter starter, Supplier<Mailcap> mailcap) {
        this.settings = settings;
        this.env = env;
        this.policy = new TargetPolicy(settings.postsFolder());
        Supplier<Mailcap> entries = mailcap != null ? mailcap : new Once<>(() -> Mailcap.load(Mailcap.searchPath(env)));
        this.chooser = new ViewerChooser(settings, env, entries);
        Path cacheFolder = settings.cacheFolder() != null ? settings.cacheFolder() : env.imageCacheFolder();
        ImageCache cache = new ImageCache(cacheFolder);
        this.fetcher = new ImageFetcher(cache, settings.maxBytes(), settings.timeout(), settings.maxRedirects());
        this.decodes = new DecodeQueue(new ImageDecoder(settings.maxPixels()), settings.decodeDeadline());
        this.launcher = new ViewerLauncher(starter, settings.launchGrace());
        this.executor = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "newsreader-open");
            // Never keeps the JVM alive: a hanging download must not stop the reader from exiting.
            thread.setDaemon(true);
            return thread;
        });
        executor.execute(() -> cache.prune(ImageCache.DEFAULT_LIMIT_BYTES));
    }

    /**
     * The {@code o} key: the post's header image (front matter, else the body's first image), a placeholder passed
     * over for the body's own picture.
     */
    public OpenTask openHeaderImage(PostMeta meta, List<Reference> references, Progress progress) {
        HeaderImage.Choice choice = HeaderImage.choose(meta, references, settings.placeholders());
        if (choice.address() == null) {
            return OpenTask.done(new OpenOutcome.Failed(choice.why()));
        }
        return openImage(choice.address(), meta.path(), progress);
    }

    /** The {@code u} key's choice: images open in the image viewer, links in the browser. */
    public OpenTask openReference(Reference reference, Path postFile, Progress progress) {
        return reference.image() ? openImage(reference.url(), postFile, progress) : openLink(reference.url(), postFile);
    }

    /** Opens an image in a viewer, or decodes it to be shown in the terminal. */
    public OpenTask openImage(String address, Path postFile, Progress progress) {
        OpenTarget target;
        try {
            target = policy.check(address, postFile);
        } catch (Refusal e) {
            return OpenTask.done(new OpenOutcome.Failed(e.getMessage()));
        }
        Cancellation cancellation = new Cancellation();
        return started(new OpenTask(run(() -> image(target, progress, cancellation)), cancellation));
    }

    /** Decodes an image to be drawn in the terminal, whatever viewers there are. */
    public OpenTask previewImage(String address, Path postFile, Progress progress) {
        OpenTarget target;
        try {
            target = policy.check(address, postFile);
        } catch (Refusal e) {
            return OpenTask.done(new OpenOutcome.Failed(e.getMessage()));
        }
        Cancellation cancellation = new Cancellation();
        return started(new OpenTask(run(() -> preview(target, progress, cancellation, WORDS.get("outcome.showing-here"))),
                cancellation));
    }

    /** Opens a link in the browser; only web addresses are links. */
    public OpenTask openLink(String address, Path postFile) {
        OpenTarget target;
        try {
            target = policy.check(address, postFile);
        } catch (Refusal e) {
            return OpenTask.done(new OpenOutcome.Failed(e.getMessage()));
        }
        if (!(target instanceof OpenTarget.Web web)) {
            return OpenTask.done(new OpenOutcome.Failed(WORDS.get("refused.not-web")));
        }
        return started(new OpenTask(run(() -> link(web)), new Cancellation()));
    }

    /** Cancels the open in progress, if any (Esc in the reader); its outcome says it was cancelled. */
    public void cancelCurrent() {
        OpenTask task = current.get();
        if (task != null) {
            task.cancel();
        }
    }

    /** Makes {@code task} the open in progress, cancelling the one before: its download or decode stops. */
    private OpenTask started(OpenTask task) {
        OpenTask previous = current.getAndSet(task);
        if (previous != null) {
            previous.cancel();
        }
        task.result().whenComplete((outcome, error) -> current.compareAndSet(task, null));
        return task;
    }

    /** How the in-terminal preview should be drawn here (configured, or detected from the environment). */
    public GraphicsMode graphics() {
        return settings.graphics().resolve(env);
    }

    /** The terminal's colours for half blocks ({@code $COLORTERM}). */
    public ColorDepth colorDepth() {
        return ColorDepth.detect(env);
    }

    /** OSC 8 and OSC 52 sequences, wrapped for tmux when inside it. */
    public TerminalLinks links() {
        return TerminalLinks.forEnvironment(env);
    }

    /**
     * Runs an inline picture (sixel or kitty) in the lent terminal; call on the UI thread. A picture from the web
     * comes back as its address to offer (the address window, as with the half-block picture, which shows it above
     * the image): the terminal's own graphics leave no room to say where the image is.
     */
    public OpenOutcome showInline(ImagePreview preview, int columns, int rows, ScreenHandoff handoff) {
        String sequence = preview.escapeSequence(graphics(), columns, rows, colorDepth(), env.insideTmux());
        OpenOutcome shown = launcher.showInline(sequence, handoff);
        if (shown instanceof OpenOutcome.Done && preview.target() instanceof OpenTarget.Web web) {
            return new OpenOutcome.ShowLink(web, shown.message());
        }
        return shown;
    }

    @Override
    public void close() {
        executor.shutdownNow();
        decodes.close();
    }

    private CompletableFuture<OpenOutcome> run(Supplier<OpenOutcome> work) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return work.get();
            } catch (RuntimeException e) {
                return new OpenOutcome.Failed(WORDS.get("outcome.cannot-open", String.valueOf(e)));
            }
        }, executor);
    }

    private OpenOutcome image(OpenTarget target, Progress progress, Cancellation cancellation) {
        String type = MimeTypes.fromName(target.url());
        ViewerChoice choice = chooser.forImage(type);
        if (choice.isEmpty()) {
            return preview(target, progress, cancellation, noViewerReason(choice));
        }
        Fetched fetched = null;
        // A local image is always read now, through the path that was checked: the viewer gets that copy, whatever
        // is put in the file's place afterwards.
        if (choice.first().needsFile() || target instanceof OpenTarget.Local) {
            try {
                fetched = fetcher.fetch(target, progress, cancellation);
            } catch (FetchException e) {
                return new OpenOutcome.Failed(e.statusMessage());
            }
            if (!fetched.mimeType().equals(type)) {
                // Mailcap entries are by type, and the real type is known only now.
                type = fetched.mimeType();
                choice = chooser.forImage(type);
                if (choice.isEmpty()) {
                    return preview(target, progress, cancellation, noViewerReason(choice));
                }
            }
        }
        if (cancellation.isCancelled()) {
            // Superseded or cancelled while downloading: no viewer starts for an open nobody waits for.
            return new OpenOutcome.Failed(WORDS.get("outcome.cancelled"));
        }
        Viewer viewer = choice.first();
        String url = target instanceof OpenTarget.Local ? fetched.file().toUri().toString() : target.url();
        List<String> argv = viewer.argv(url, fetched == null ? null : fetched.file(), type);
        if (viewer.terminal()) {
            return new OpenOutcome.RunInTerminal(viewer.name(), argv, viewer.pauseAfter(), launcher);
        }
        OpenOutcome outcome = launcher.startDetached(viewer.name(), argv);
        return choice.note() == null ? outcome : withNote(outcome, choice.note());
    }

    private String noViewerReason(ViewerChoice choice) {
        String reason = env.hasDesktop() ? "outcome.no-viewer" : "outcome.no-display";
        return choice.note() == null ? WORDS.get(reason) : WORDS.get(reason + ".note", choice.note());
    }

    private OpenOutcome preview(OpenTarget target, Progress progress, Cancellation cancellation, String message) {
        try {
            Fetched fetched = fetcher.fetch(target, progress, cancellation);
            var image = decodes.decode(fetched.file(), fetched.mimeType(), cancellation::onCancel);
            return new OpenOutcome.ShowHere(new ImagePreview(image, fetched.mimeType(), target), message);
        } catch (FetchException e) {
            return new OpenOutcome.Failed(e.statusMessage());
        } catch (ImageDecoder.DecodeException e) {
            return new OpenOutcome.Failed(e.getMessage());
        }
    }

    private OpenOutcome link(OpenTarget.Web target) {
        ViewerChoice choice = chooser.forLink();
        if (choice.isEmpty()) {
            return new OpenOutcome.ShowLink(target, WORDS.get("outcome.no-browser"));
        }
        Viewer viewer = choice.first();
        List<String> argv = viewer.argv(target.url(), null, null);
        if (viewer.terminal()) {
            return new OpenOutcome.RunInTerminal(viewer.name(), argv, false, launcher);
        }
        return launcher.startDetached(viewer.name(), argv);
    }

    private static OpenOutcome withNote(OpenOutcome outcome, String note) {
        if (outcome instanceof OpenOutcome.Done done) {
            return new OpenOutcome.Done(WORDS.get("outcome.with-note", done.message(), note));
        }
        return outcome;
    }

    /** Computes a value once, when first asked (mailcap files are read only if a viewer is needed). */
    private static final class Once<T> implements Supplier<T> {
        private final Supplier<T> source;
        private T value;

        Once(Supplier<T> source) {
            this.source = source;
        }

        @Override
        public synchronized T get() {
            if (value == null) {
                value = source.get();
            }
            return value;
        }
    }
}
