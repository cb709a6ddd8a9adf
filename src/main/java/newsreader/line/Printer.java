package newsreader.line;

import java.io.PrintWriter;
import java.util.List;
import java.util.function.IntSupplier;
import newsreader.text.Addresses;
import newsreader.text.CellWidth;
import newsreader.text.LineWrapper;
import newsreader.text.SafeText;

/**
 * The only way line mode writes to the terminal: plain lines, no colour, no cursor movement, so that a screen reader
 * or an Emacs buffer gets exactly the text. Everything passes through {@link SafeText} here, whatever its source, so
 * no control character from a post can reach the terminal even if a caller forgets.
 */
final class Printer {
    private final PrintWriter out;
    private final LineWrapper wrapper;
    private final IntSupplier width;

    /** @param width the current line width in cells, asked before each output (the terminal may be resized) */
    Printer(PrintWriter out, CellWidth widths, IntSupplier width) {
        this.out = out;
        // Line mode's output stays in the scrollback to be copied: addresses are never broken (cjk-typography.md §2).
        this.wrapper = new LineWrapper(widths).keepingAddressesWhole();
        this.width = width;
    }

    /** Cells a line may take now. */
    int width() {
        return Math.max(1, width.getAsInt());
    }

    CellWidth widths() {
        return wrapper.widths();
    }

    /** A sentence or paragraph, wrapped to the width. */
    void say(String text) {
        for (String line : wrapper.wrapToStrings(SafeText.line(text), width())) {
            row(line);
        }
    }

    /**
     * A label followed by text wrapped beside it; continuation lines are indented by the label's width, so that a
     * list of items reads as a list ({@code [3] https://…}).
     */
    void labelled(String label, String text) {
        String safeLabel = SafeText.line(label);
        int indent = wrapper.widths().of(safeLabel);
        int room = width() - indent;
        if (room < 10) {
            say(safeLabel + text);
            return;
        }
        String safeText = SafeText.line(text);
        List<Addresses.Span> addresses = Addresses.find(safeText);
        if (!addresses.isEmpty() && addresses.get(0).start() == 0
                && wrapper.widths().of(safeText.substring(0, addresses.get(0).end())) > room) {
            // The address does not fit after the label: it goes whole on the next line, from its start.
            row(safeLabel);
            say(safeText);
            return;
        }
        List<String> lines = wrapper.wrapToStrings(safeText, room);
        if (lines.isEmpty()) {
            row(safeLabel);
        }
        for (int i = 0; i < lines.size(); i++) {
            row((i == 0 ? safeLabel : " ".repeat(indent)) + lines.get(i));
        }
    }

    /** A line already laid out to fit (a list row, a rendered article line), printed as it is. */
    void row(String line) {
        out.println(SafeText.line(line).stripTrailing());
    }

    void blank() {
        out.println();
    }

    void flush() {
        out.flush();
    }
}
