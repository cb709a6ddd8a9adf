package newsreader.tui;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.Screen;
import java.io.IOException;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import newsreader.messages.Messages;
import newsreader.open.OpenOutcome;
import newsreader.open.OpenTarget;
import newsreader.open.ScreenHandoff;
import newsreader.open.picture.ImagePreview;
import newsreader.tui.term.CellPainter;

/**
 * The reader's event loop on a started Lanterna {@link Screen}: one thread reads keys into the queue, the resize
 * listener and the scanner add their events to it, and this loop applies each event to the state and draws the
 * whole screen from the state when the queue is empty (so a paste of 200 characters draws once, not 200 times).
 */
final class ReaderLoop {
    private static final Messages WORDS = Messages.of("reader");

    private final Screen screen;
    private final CellPainter painter;
    private final ReaderController controller;
    private final ReaderView view;
    private final BlockingQueue<ReaderEvent> events;
    private final ScreenHandoff handoff;
    private final RawTerminal raw;

    ReaderLoop(Screen screen, CellPainter painter, ReaderController controller, ReaderView view,
               BlockingQueue<ReaderEvent> events) {
        this(screen, painter, controller, view, events, ScreenHandoff.NONE, RawTerminal.NONE);
    }

    /**
     * @param handoff lends the terminal to viewers that draw in it
     * @param raw     writes hyperlink and clipboard sequences past the screen layer
     */
    ReaderLoop(Screen screen, CellPainter painter, ReaderController controller, ReaderView view,
               BlockingQueue<ReaderEvent> events, ScreenHandoff handoff, RawTerminal raw) {
        this.handoff = handoff;
        this.raw = raw;
        this.screen = screen;
        this.painter = painter;
        this.controller = controller;
        this.view = view;
        this.events = events;
    }

    /** Starts the thread that turns the terminal's keys into events; a daemon, so it never keeps the JVM alive. */
    void startInputThread() {
        Thread input = new Thread(() -> {
            try {
                while (true) {
                    KeyStroke key = screen.readInput();
                    if (key == null || key.getKeyType() == KeyType.EOF) {
                        events.add(new ReaderEvent.InputClosed());
                        return;
                    }
                    events.add(new ReaderEvent.Key(key));
                }
            } catch (IOException | RuntimeException e) {
                events.add(new ReaderEvent.InputClosed());
            }
        }, "newsreader-input");
        input.setDaemon(true);
        input.setUncaughtExceptionHandler((thread, error) -> events.add(new ReaderEvent.InputClosed()));
        input.start();
    }

    /**
     * Fault injection for the terminal-restore tests ({@code NEWSREADER_FAULT_AFTER_KEYS=N}): after N keys the loop
     * throws, as a bug would, so that a test can show the terminal is restored on that path too.
     */
    void failAfterKeys(int keys) {
        this.faultAfterKeys = keys;
    }

    /** Draws a picture with a terminal graphics protocol (sixel, kitty), the screen handed over meanwhile. */
    @FunctionalInterface
    interface InlinePictures {
        OpenOutcome show(ImagePreview preview, ScreenHandoff handoff);
    }

    private InlinePictures inlinePictures;

    /** Pictures go to the terminal's own graphics instead of the half-block overlay. */
    void drawPicturesWith(InlinePictures pictures) {
        this.inlinePictures = pictures;
    }

    private JobControl jobControl = JobControl.NONE;

    /** Ctrl-z and SIGTSTP suspend to the shell through {@code jobs}; SIGCONT takes the terminal back through it. */
    void suspendWith(JobControl jobs) {
        this.jobControl = jobs;
    }

    private int faultAfterKeys = -1;
    private int keysSeen;

    private long firstListWaitMillis;

    /**
     * The first frame waits up to {@code millis} for the first event (the list a warm metadata cache has ready), so
     * that it shows the posts: an empty "loading" frame drawn first is the slowest frame of a session (the first
     * drawing's classes and an interpreted view, 200-250 ms on two busy cores), and the frame with the posts then
     * comes after it, while the posts were there about 20 ms after the loop began.
     */
    void firstFrameWaitsForTheList(long millis) {
        this.firstListWaitMillis = millis;
    }

    /** Runs until the user quits or the terminal goes away. */
    void run() throws IOException, InterruptedException {
        TerminalSize size = screen.getTerminalSize();
        controller.resized(size.getColumns(), size.getRows());
        ReaderState state = controller.state();
        if (firstListWaitMillis > 0) {
            handleAll(events.poll(firstListWaitMillis, TimeUnit.MILLISECONDS), state);
        }
        draw(true);
        newsreader.log.Trace.mark("first frame");
        while (!state.quit) {
            boolean resized = handleAll(events.take(), state);
            if (!state.quit) {
                draw(resized);
                if (newsreader.log.Trace.on()) {
                    newsreader.log.Trace.mark("drawn: " + state.listed.length + " listed"
                            + (state.loading ? ", loading" : ""));
                }
            }
        }
    }

    /** Applies {@code event} (if any) and every event queued behind it; true when the screen must be drawn whole. */
    private boolean handleAll(ReaderEvent event, ReaderState state) {
        boolean resized = false;
        while (event != null && !state.quit) {
            resized |= handle(event);
            if (event instanceof ReaderEvent.Key && faultAfterKeys >= 0 && ++keysSeen >= faultAfterKeys) {
                throw new IllegalStateException("injected fault after " + keysSeen + " keys (NEWSREADER_FAULT_AFTER_KEYS)");
            }
            event = events.poll();
        }
        return resized;
    }

    /**
     * Applies one event; true when the screen must be drawn whole (a resize, or the terminal was lent out). Only what
     * needs the terminal is done here; everything else is the controller's update.
     */
    boolean handle(ReaderEvent event) {
        ReaderState state = controller.state();
        try {
            if (event instanceof ReaderEvent.Resized) {
                return true;
            }
            if (event instanceof ReaderEvent.Continued) {
                jobControl.continued();
                return true;
            }
            if (event instanceof ReaderEvent.Opened opened) {
                if (opened.outcome() instanceof OpenOutcome.RunInTerminal viewer) {
                    // On this thread, with the screen handed over: keys and redraws wait until it is back.
                    controller.update(new ReaderEvent.Opened(viewer.run(handoff)));
                    return true;
                }
                if (opened.outcome() instanceof OpenOutcome.ShowHere here && inlinePictures != null) {
                    controller.update(new ReaderEvent.Opened(inlinePictures.show(here.preview(), handoff)));
                    return true;
                }
            }
            controller.update(event);
            if (state.suspend) {
                return suspend(state);
            }
            if (state.pipe != null) {
                // On this thread, with the screen handed over, as a viewer in the terminal is run.
                ArticlePipe.Request pipe = state.pipe;
                state.pipe = null;
                state.message = ArticlePipe.run(pipe, handoff);
                return true;
            }
        } catch (IOException | RuntimeException e) {
            // One failing action must not end the session; the message says what happened.
            state.message = WORDS.get("internal-error", String.valueOf(e));
        }
        return false;
    }

    /** The update asked to suspend: true when the terminal was given away and taken back, so all must be drawn. */
    private boolean suspend(ReaderState state) throws IOException {
        state.suspend = false;
        if (jobControl.suspend()) {
            return true;
        }
        state.message = WORDS.get("suspend.impossible");
        return false;
    }

    void draw(boolean forceComplete) throws IOException {
        TerminalSize newSize = screen.doResizeIfNecessary();
        boolean complete = forceComplete;
        if (newSize != null) {
            controller.resized(newSize.getColumns(), newSize.getRows());
            complete = true;
        }
        TerminalPosition cursor = view.draw(controller.state(), painter);
        screen.setCursorPosition(cursor);
        // After a resize the terminal's own idea of the screen is unknown: redraw every cell.
        screen.refresh(complete ? Screen.RefreshType.COMPLETE : Screen.RefreshType.AUTOMATIC);
        writeRaw(controller.state());
        controller.frameDrawn();
    }

    /** The clipboard copy asked for, and the shown address again as a hyperlink over the same cells. */
    private void writeRaw(ReaderState state) throws IOException {
        if (state.rawOutput != null) {
            String sequence = state.rawOutput;
            state.rawOutput = null;
            raw.write(sequence);
        }
        boolean addressesShown = state.overlay == ReaderState.Overlay.LINKS
                || (state.overlay == ReaderState.Overlay.NONE && state.mode == ReaderState.Mode.ARTICLE);
        if (addressesShown) {
            for (ReaderState.AddressSpot address : state.addressSpots) {
                writeHyperlink(address.spot(), address.target());
            }
            return;
        }
        boolean offering = state.overlay == ReaderState.Overlay.LINK || state.overlay == ReaderState.Overlay.PICTURE;
        if (!offering || state.link == null) {
            return;
        }
        for (ReaderState.LinkSpot spot : state.linkSpots) {
            writeHyperlink(spot, state.link);
        }
    }

    private void writeHyperlink(ReaderState.LinkSpot spot, OpenTarget.Web target) throws IOException {
        String link;
        try {
            link = controller.links().hyperlink(target, spot.text());
        } catch (IllegalArgumentException e) {
            return;
        }
        // Save the cursor (and the attributes in force), write over the cells with the same text in the style they
        // were drawn in, restore: the screen layer's idea of every cell stays true. Each piece is its own hyperlink
        // to the whole address.
        raw.write("\u001b7\u001b[" + (spot.row() + 1) + ";" + (spot.column() + 1) + "H" + spot.style().sgr()
                + link + "\u001b8");
    }
}
