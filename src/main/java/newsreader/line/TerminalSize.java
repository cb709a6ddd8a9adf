package newsreader.line;

import java.util.Map;
import java.util.function.IntSupplier;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;

/** How wide a line and how long a list page may be: from the options, else the terminal, else fallbacks. */
final class TerminalSize {
    static final int FALLBACK_WIDTH = 80;
    static final int FALLBACK_PAGE_SIZE = 20;
    /** Lines a page leaves for its heading, its footer and the prompt. */
    private static final int PAGE_MARGIN = 3;

    private TerminalSize() {
    }

    /** The option, else the terminal's width (asked each time: it may be resized), else COLUMNS, else 80. */
    static IntSupplier width(LineOptions options, Terminal terminal, Map<String, String> environment) {
        if (options.width() > 0) {
            return options::width;
        }
        int columns = positiveNumber(environment.get("COLUMNS"), FALLBACK_WIDTH);
        return () -> {
            int terminalWidth = terminal.getSize().getColumns();
            return terminalWidth > 0 ? terminalWidth : columns;
        };
    }

    /** The option, else the terminal's height less the page's own lines, else 20. */
    static IntSupplier pageSize(LineOptions options, Terminal terminal) {
        if (options.pageSize() > 0) {
            return options::pageSize;
        }
        return () -> {
            int rows = terminal.getSize().getRows();
            return rows > PAGE_MARGIN + 2 ? rows - PAGE_MARGIN : FALLBACK_PAGE_SIZE;
        };
    }

    /**
     * A dumb terminal (a serial line, a pipe) often reports no size, and JLine then neither echoes what is typed nor
     * lists completions; it gets the size line mode uses.
     */
    static void giveSizeIfUnknown(Terminal terminal, int width) {
        if (terminal.getSize().getColumns() <= 0) {
            terminal.setSize(Size.of(width, FALLBACK_PAGE_SIZE + PAGE_MARGIN));
        }
    }

    private static int positiveNumber(String text, int fallback) {
        try {
            int value = text == null ? 0 : Integer.parseInt(text.strip());
            return value > 0 ? value : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
