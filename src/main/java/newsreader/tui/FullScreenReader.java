package newsreader.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.screen.TerminalScreen;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import newsreader.config.XdgDirectories;
import newsreader.messages.Messages;
import newsreader.open.GraphicsMode;
import newsreader.open.Opener;
import newsreader.post.FolderIndex;
import newsreader.post.PostScanner;
import newsreader.reading.CategoryPaths;
import newsreader.reading.ExitCodes;
import newsreader.reading.Library;
import newsreader.reading.ListChoiceFile;
import newsreader.reading.ReadState;
import newsreader.reading.Reading;
import newsreader.reading.ReadingPositions;
import newsreader.reading.SearchHistoryFile;
import newsreader.search.SearchLocation;
import newsreader.text.CellWidth;
import newsreader.text.SafeText;
import newsreader.tui.term.CellPainter;
import newsreader.tui.term.GatedInput;
import newsreader.tui.term.GlyphAliases;
import newsreader.tui.term.GlyphMapper;
import newsreader.tui.term.NewsTerminal;

/**
 * The full-screen reader over a posts folder: category tree, post list and article view.
 *
 * <p>It refuses to start without a terminal (never falling back to a Swing window, as Lanterna's factory would), and
 * it restores the terminal on every way out: q/Q, an exception, and SIGINT/SIGTERM/SIGHUP through Lanterna's
 * shutdown hook. Ctrl-z and SIGTSTP suspend to the shell with the terminal restored, and SIGCONT takes it back
 * ({@link Suspension}). Nothing is printed to stdout or stderr while the screen is up.
 */
public final class FullScreenReader {
    private static final Messages WORDS = Messages.of("reader");

    private static final int OUTPUT_BUFFER = 64 * 1024;
    /**
     * How long the first frame may wait for the newest posts a warm cache has read ahead: they come about 20 ms after
     * the scan starts; the bound only keeps a stalled scan from holding the screen back.
     */
    private static final long FIRST_LIST_WAIT_MILLIS = 200;

    private FullScreenReader() {
    }

    /** Runs the reader on {@code folder} in this process's terminal; returns the process exit code. */
    public static int run(Path folder, ReaderOptions options) {
        return run(folder, options, System.console() != null, System.getenv(), System.err);
    }

    static int run(Path folder, ReaderOptions options, boolean hasConsole, Map<String, String> environment,
                   PrintStream err) {
        Optional<String> refusal = StartupCheck.refusal(hasConsole, environment);
        if (refusal.isPresent()) {
            err.println(SafeText.line(refusal.get()));
            return ExitCodes.USAGE;
        }
        if (!Files.isDirectory(folder)) {
            // Outside cli.Console, whose streams clean every message: the same cleaning here.
            err.println(SafeText.line(WORDS.get("start.not-a-folder", folder)));
            return ExitCodes.USAGE;
        }
        newsreader.log.Trace.mark("reader: run");
        Path root = folder.toAbsolutePath().normalize();
        // The cache's newest posts are read while the read state opens and the screen starts: the first rows come sooner.
        FolderIndex posts = new PostScanner().index(root);
        posts.readNewestAhead();
        // The category tree of the first rows sorts names in pinyin order: ICU's collation data takes 100-150 ms to
        // load, which the scan's thread would otherwise spend just as the newest posts arrive.
        CategoryPaths.prepareInBackground();
        // No colour codes for a terminal whose terminfo entry has no colours (TERM=vt100, xterm-mono).
        boolean colours = TerminalColours.shown(environment.get("TERM"));
        Theme theme = Theme.choose(options.color() && colours, environment);
        try (ConsoleLogging quiet = ConsoleLogging.silenced();
             ReadStateOpening marks = ReadStateOpening.start(options.dataDirectory())) {
            KeyRemap keys = KeyRemap.of(options.keys());
            runOnTerminal(root, posts, options, keys, environment, theme, colours, marks);
            return ExitCodes.OK;
        } catch (IOException | RuntimeException e) {
            // The screen is down by now (see runOnTerminal's finally), so this reaches a normal terminal.
            err.println(SafeText.line("newsreader: " + e));
            return ExitCodes.FAILURE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ExitCodes.FAILURE;
        }
    }

    private static void runOnTerminal(Path root, FolderIndex posts, ReaderOptions options, KeyRemap keys,
                                      Map<String, String> environment, Theme theme, boolean colours,
                                      ReadStateOpening marks)
            throws IOException, InterruptedException {
        // Before the terminal is taken over: nothing after that point may fail outside the try that restores it.
        Opener opener = new Opener(options.openSettings(root));
        newsreader.log.Trace.mark("reader: opener made");
        GlyphAliases aliases = new GlyphAliases();
        BufferedOutputStream output = new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), OUTPUT_BUFFER);
        GatedInput input = new GatedInput(new FileInputStream(FileDescriptor.in));
        NewsTerminal terminal = new NewsTerminal(input, output, CellWidth.standard(), aliases, colours);
        TerminalScreen screen = null;
        FolderServices services = null;
        EffectRunner effects = null;
        StopSignals stops = null;
        try {
            BlockingQueue<ReaderEvent> events = new LinkedBlockingQueue<>();
            screen = new TerminalScreen(terminal);
            // Registered after the screen's own listener (listeners run in order): by the time the loop wakes up
            // for this event, the screen already knows the new size, so doResizeIfNecessary() sees it.
            terminal.addResizeListener((t, size) -> events.add(new ReaderEvent.Resized()));
            newsreader.log.Trace.mark("reader: starting the screen");
            screen.startScreen();
            newsreader.log.Trace.mark("reader: screen started");
            screen.setCursorPosition(null);
            // Measured on the alternate screen, before the input thread exists to swallow the terminal's answer.
            WidthProbe.Measure measure = WidthProbe.untilSilent(terminal::measure);
            CellWidth widths = new CellWidth(WidthProbe.ambiguousWidth(options.ambiguousWidth(), environment, measure));
            terminal.useWidths(widths);
            boolean emojiSequencesJoined = WidthProbe.joinsEmojiSequences(measure);

            newsreader.log.Trace.mark("reader: widths measured");
            ReadState readState = marks.shared().state();
            newsreader.log.Trace.mark("reader: read state open");
            String startMessage = StartupCheck.localeWarning(environment).orElse(marks.shared().problem());
            java.nio.file.Path stateFolder = XdgDirectories.of(environment).state();
            ListChoiceFile listChoices = new ListChoiceFile(stateFolder);
            SearchHistoryFile searchHistory = new SearchHistoryFile(stateFolder);
            ReadingPositions positions = new ReadingPositions(stateFolder);
            services = new FolderServices(root, new Reading(options.dates(), widths, options.placeholders()), readState, events, opener,
                    SearchLocation.cacheRoot(), posts).rememberingListChoiceIn(listChoices)
                    .rememberingPlacesIn(searchHistory, positions);
            ReaderState state = new ReaderState(Library.empty(root));
            state.listChoice = listChoices.load(options.listChoice());
            state.searchHistory = new PromptHistory(searchHistory.load(), SearchHistoryFile.LIMIT);
            state.positions = positions.load();
            state.textMeasure = options.textMeasure();
            state.loading = true;
            state.keys = keys;
            state.script = options.script();
            effects = EffectRunner.inBackground(services, events::add);
            ReaderController controller = new ReaderController(state, services, widths, effects);
            state.message = startMessage;
            state.notice = startMessage;
            ReaderView view = new ReaderView(theme, widths, options.dates())
                    .withColorDepth(opener.colorDepth());
            CellPainter painter = new CellPainter(screen, new GlyphMapper(widths, aliases, emojiSequencesJoined));
            TerminalLending lending = new TerminalLending(screen, terminal, input, output);
            ReaderLoop loop = new ReaderLoop(screen, painter, controller, view, events, lending, lending);
            stops = StopSignals.install(lending::isLent, () -> events.add(new ReaderEvent.StopAsked()),
                    () -> events.add(new ReaderEvent.Continued()));
            loop.suspendWith(new Suspension(lending, stops));
            GraphicsMode graphics = opener.graphics();
            if (graphics == GraphicsMode.SIXEL || graphics == GraphicsMode.KITTY) {
                TerminalScreen shown = screen;
                loop.drawPicturesWith((preview, handoff) -> {
                    TerminalSize size = shown.getTerminalSize();
                    return opener.showInline(preview, size.getColumns(), Math.max(1, size.getRows() - 2), handoff);
                });
            }
            String fault = environment.get("NEWSREADER_FAULT_AFTER_KEYS");
            if (fault != null && fault.matches("\\d{1,4}")) {
                loop.failAfterKeys(Integer.parseInt(fault));
            }
            loop.startInputThread();
            state.script.prepareInBackground();
            if (posts.newestReadAhead()) {
                // The scan hands them over within milliseconds of starting; the first frame shows them.
                loop.firstFrameWaitsForTheList(FIRST_LIST_WAIT_MILLIS);
            }
            services.requestReload();
            loop.run();
            // The place in the article open at the quit is remembered as if it had been closed.
            controller.finish();
        } finally {
            if (effects != null) {
                effects.close();
            }
            opener.close();
            restore(screen, terminal);
            if (stops != null) {
                // Only now: a stop while the screen was still up would have left it up.
                stops.close();
            }
            if (services != null) {
                // After the screen is down: writing the cache of a large folder takes a moment.
                services.close();
            }
        }
    }

    private static void restore(TerminalScreen screen, NewsTerminal terminal) {
        try {
            if (screen != null) {
                screen.stopScreen(false);
            }
        } catch (IOException | RuntimeException ignored) {
            // Go on to the stty restore, which matters more.
        }
        try {
            terminal.close();
        } catch (IOException | RuntimeException ignored) {
            // Nothing more can be done for a terminal that is gone.
        }
    }
}
