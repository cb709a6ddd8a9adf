package newsreader.tui.term;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.terminal.ansi.UnixTerminal;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import newsreader.text.CellWidth;
import newsreader.text.Graphemes;

/**
 * Lanterna's Unix terminal with the fixes of lanterna-notes.md:
 * <ul>
 *   <li>UTF-8 always, whatever the locale says, and each cluster written whole as UTF-8 bytes (stock Lanterna
 *       writes per {@code char}, turning emoji into {@code ??} and appending NUL bytes);</li>
 *   <li>stand-ins of {@link GlyphAliases} expanded and the width marker dropped on the way out;</li>
 *   <li>no control character ever written from text;</li>
 *   <li>the cursor put back where the program's width function says after any cluster a terminal might draw at
 *       another width, so one disagreement cannot shift the rest of a row;</li>
 *   <li>Ctrl+C arrives as a key (no {@code System.exit}); flow control, quit and suspend characters are off, so
 *       Ctrl+S cannot freeze the screen and Ctrl+\ cannot print a thread dump onto it;</li>
 *   <li>the mouse wheel scrolls without mouse capture: alternate-scroll mode (DECSET 1007) makes xterm send
 *       arrow keys for the wheel on the alternate screen, as VTE, iTerm2 and Windows Terminal do by default, so
 *       selecting text with the mouse keeps working;</li>
 *   <li>one {@code stty} call to set up instead of four, and the size asked from {@code stty size}, which answers
 *       locally instead of by a round trip to a terminal that may be far away over SSH;</li>
 *   <li>on a terminal without colours (a VT100) only the attribute codes a VT100 knows (SGR 0, 1, 4, 5, 7): no
 *       colour code, not even Lanterna's "default colour" (SGR 39 and 49), and no "attribute off" code (SGR 22, 24,
 *       27), which a VT100 ignores, leaving reverse video on.</li>
 * </ul>
 * The output stream should be buffered (64 KiB): Lanterna flushes it once per frame.
 */
public class NewsTerminal extends UnixTerminal {
    private static final byte[] ALTERNATE_SCROLL_ON = "\u001b[?1007h".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ALTERNATE_SCREEN_ON = "\u001b[?1049h".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ALTERNATE_SCROLL_OFF = "\u001b[?1007l".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ERASE_ROW = "\u001b[2K".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] CURSOR_POSITION_REQUEST = "\u001b[6n".getBytes(StandardCharsets.US_ASCII);

    private CellWidth widths;
    private GlyphAliases aliases;
    private final boolean colours;
    /** Without colours: the attributes on now, to turn one off by a reset and the others again. */
    private final EnumSet<SGR> attributesOn = EnumSet.noneOf(SGR.class);
    private int cursorColumn = -1;
    private int cursorRow = -1;
    /** Lanterna's own flag for this is not visible outside its package; volatile for the shutdown hook's thread. */
    private volatile boolean onAlternateScreen;
    /**
     * The size the set-up's stty printed, for the screen's questions while it starts (the screen's constructor and
     * its start each ask); dropped at a resize, and good for {@link #SIZE_AT_SET_UP_NANOS} only, since a resize while
     * the program is stopped reaches the shell, not it. No initialisers: both are set while Lanterna's constructor
     * runs, before this class's initialisers would.
     */
    private volatile TerminalSize sizeAtSetUp;
    private volatile long sizeAtSetUpUntil;
    private static final long SIZE_AT_SET_UP_NANOS = java.util.concurrent.TimeUnit.SECONDS.toNanos(2);

    /**
     * @param colours false for a terminal whose terminfo entry has no colours: then no colour code is written, and
     *                the screen must be drawn with bold, underline and reverse video only
     */
    public NewsTerminal(InputStream input, OutputStream output, CellWidth widths, GlyphAliases aliases,
                        boolean colours) throws IOException {
        super(input, output, StandardCharsets.UTF_8, CtrlCBehaviour.TRAP);
        // Assigned after super(): Lanterna's constructor already runs the stty overrides below, which need none.
        this.widths = widths;
        this.aliases = aliases;
        this.colours = colours;
    }

    /** The width function to follow from now on (after the ambiguous width was measured). */
    public void useWidths(CellWidth newWidths) {
        this.widths = newWidths;
    }

    /**
     * How many cells the terminal gives {@code probe}: written raw at the start of row 1, measured with a cursor
     * position report, then erased. 0 when the terminal did not answer. Call before the input thread starts.
     */
    public int measure(String probe) throws IOException {
        super.setCursorPosition(0, 1);
        writeToTerminal(probe.getBytes(StandardCharsets.UTF_8));
        TerminalPosition after = getCursorPosition();
        super.setCursorPosition(0, 1);
        // The whole row: an emoji sequence a terminal does not join can take 8 cells or more.
        writeToTerminal(ERASE_ROW);
        flush();
        return after.getRow() == 1 ? after.getColumn() : 0;
    }

    /** Gives a program run in the terminal the user's own terminal settings (line editing, echo). */
    public void lendSettings() throws IOException {
        restoreTerminalSettings();
    }

    /** Back to the reader's raw key-by-key mode after {@link #lendSettings}. */
    public void takeSettingsBack() throws IOException {
        canonicalMode(false);
    }

    /**
     * Writes an escape sequence the screen does not know about (OSC 8 hyperlink, OSC 52 copy) straight to the
     * terminal. Only sequences built by {@code newsreader.open.TerminalLinks}, which refuses control characters in
     * what a post supplies, come here.
     */
    public void writeRaw(String sequence) throws IOException {
        writeToTerminal(sequence.getBytes(StandardCharsets.UTF_8));
        flush();
    }

    /**
     * Lanterna asks for the cursor position and then waits for the answer: the request must leave the 64 KiB
     * buffer at once, or the answer never comes.
     */
    @Override
    protected void writeToTerminal(byte... bytes) throws IOException {
        super.writeToTerminal(bytes);
        if (java.util.Arrays.equals(bytes, CURSOR_POSITION_REQUEST)) {
            flush();
        }
    }

    @Override
    protected void canonicalMode(boolean enabled) throws IOException {
        if (enabled) {
            runSTTYCommand("icanon");
            return;
        }
        // Everything the reader needs in one process start; keyEchoEnabled and keyStrokeSignalsEnabled then have
        // nothing left to do. The settings saved with "stty -g" before this are restored on exit. The same stty
        // prints the size, which the screen asks for twice as it starts: two process starts fewer (20-35 ms each on
        // a 2-core virtual machine).
        String[] settings = {"-icanon", "min", "1", "-echo", "-ixon",
            "intr", "undef", "quit", "undef", "susp", "undef"};
        String[] withSize = java.util.Arrays.copyOf(settings, settings.length + 1);
        withSize[settings.length] = "size";
        sizeAtSetUpUntil = System.nanoTime() + SIZE_AT_SET_UP_NANOS;
        sizeAtSetUp = parseSize(runSTTYCommand(withSize));
        if (sizeAtSetUp == null) {
            // An stty that would not print the size beside settings may have refused them too: once more, alone.
            runSTTYCommand(settings);
        }
    }

    @Override
    protected void registerTerminalResizeListener(Runnable onResize) throws IOException {
        super.registerTerminalResizeListener(() -> {
            sizeAtSetUp = null;
            onResize.run();
        });
    }

    /** "ROWS COLUMNS" as stty size prints it; null for anything else. */
    static TerminalSize parseSize(String sttyOutput) {
        try {
            String[] rowsAndColumns = sttyOutput.trim().split("\\s+");
            if (rowsAndColumns.length != 2) {
                return null;
            }
            int rows = Integer.parseInt(rowsAndColumns[0]);
            int columns = Integer.parseInt(rowsAndColumns[1]);
            return rows > 0 && columns > 0 ? new TerminalSize(columns, rows) : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    @Override
    protected void keyEchoEnabled(boolean enabled) throws IOException {
        if (enabled) {
            runSTTYCommand("echo");
        }
        // Disabling was done together with canonical mode.
    }

    @Override
    protected void keyStrokeSignalsEnabled(boolean enabled) {
        // Disabled together with canonical mode; on exit "stty <saved settings>" brings back the user's own
        // intr/quit/susp characters, which a hard-coded "intr ^C" would overwrite.
    }

    @Override
    protected TerminalSize findTerminalSize() throws IOException {
        TerminalSize atSetUp = sizeAtSetUp;
        if (atSetUp != null && System.nanoTime() - sizeAtSetUpUntil < 0) {
            return atSetUp;
        }
        sizeAtSetUp = null;
        try {
            TerminalSize size = parseSize(runSTTYCommand("size"));
            if (size != null) {
                return size;
            }
        } catch (IOException e) {
            // stty without a size (some serial consoles): ask the terminal itself below.
        }
        return super.findTerminalSize();
    }

    @Override
    public void enterPrivateMode() throws IOException {
        super.enterPrivateMode();
        writeToTerminal(ALTERNATE_SCROLL_ON);
        flush();
        onAlternateScreen = true;
    }

    /**
     * The alternate screen (and the wheel's arrow keys) again while the screen layer believes it never left: after
     * a stop, another program may have switched the terminal back. Harmless when it had not; the caller then draws
     * every cell.
     */
    public void enterAlternateScreenAgain() throws IOException {
        if (onAlternateScreen) {
            writeToTerminal(ALTERNATE_SCREEN_ON);
            writeToTerminal(ALTERNATE_SCROLL_ON);
            flush();
        }
    }

    /** Also called by Lanterna's shutdown hook, so the mode is undone on SIGINT, SIGTERM and SIGHUP too. */
    @Override
    public void exitPrivateMode() throws IOException {
        writeToTerminal(ALTERNATE_SCROLL_OFF);
        super.exitPrivateMode();
        onAlternateScreen = false;
    }

    /**
     * Lanterna sets the default colour (SGR 39) before every full redraw and every frame, even when nothing on the
     * screen has a colour; a terminal without colours gets nothing: "reset" (SGR 0), which every terminal knows,
     * already brings the default colours back.
     */
    @Override
    public void setForegroundColor(TextColor color) throws IOException {
        if (colours) {
            super.setForegroundColor(color);
        }
    }

    /** The same for the background (SGR 49). */
    @Override
    public void setBackgroundColor(TextColor color) throws IOException {
        if (colours) {
            super.setBackgroundColor(color);
        }
    }

    @Override
    public void enableSGR(SGR attribute) throws IOException {
        attributesOn.add(attribute);
        super.enableSGR(attribute);
    }

    /** Without colours, a reset and the other attributes again: a VT100 knows no code for one attribute off. */
    @Override
    public void disableSGR(SGR attribute) throws IOException {
        attributesOn.remove(attribute);
        if (colours) {
            super.disableSGR(attribute);
            return;
        }
        super.resetColorAndSGR();
        for (SGR stillOn : attributesOn) {
            super.enableSGR(stillOn);
        }
    }

    @Override
    public void resetColorAndSGR() throws IOException {
        attributesOn.clear();
        super.resetColorAndSGR();
    }

    @Override
    public void setCursorPosition(int x, int y) throws IOException {
        super.setCursorPosition(x, y);
        cursorColumn = x;
        cursorRow = y;
    }

    @Override
    public void putCharacter(char c) throws IOException {
        if (!Character.isSurrogate(c)) {
            putString(String.valueOf(c));
        }
    }

    @Override
    public void putString(String string) throws IOException {
        String text = aliases == null ? string : aliases.expand(string);
        for (String cluster : Graphemes.clusters(text)) {
            writeCluster(cluster);
        }
    }

    private void writeCluster(String cluster) throws IOException {
        String printable = TerminalText.printable(cluster);
        if (printable.isEmpty()) {
            return;
        }
        writeToTerminal(printable.getBytes(StandardCharsets.UTF_8));
        if (cursorColumn < 0 || widths == null) {
            return;
        }
        cursorColumn += widths.ofCluster(printable);
        if (!TerminalText.hasCertainWidth(printable)) {
            super.setCursorPosition(cursorColumn, cursorRow);
        }
    }
}
