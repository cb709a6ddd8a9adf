package newsreader.tui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import newsreader.messages.Messages;
import newsreader.open.OpenTarget;
import newsreader.render.Reference;
import newsreader.text.SafeText;
import newsreader.text.Truncation;
import newsreader.tui.term.CellPainter;

/**
 * The help window ({@code ?}) and the links window ({@code u}), drawn over the middle of the screen; the links window
 * notes where each address went, for the loop to write it again as an OSC 8 hyperlink to the whole address.
 */
final class OverlayView {
    private static final Messages WORDS = Messages.of("reader");

    private final Theme theme;
    private final Truncation truncation;

    OverlayView(Theme theme, Truncation truncation) {
        this.theme = theme;
        this.truncation = truncation;
    }

    void draw(ReaderState state, CellPainter painter) {
        if (state.overlay == ReaderState.Overlay.NONE || state.overlay == ReaderState.Overlay.PICTURE) {
            return;
        }
        if (state.overlay == ReaderState.Overlay.LINK) {
            drawLink(state, painter);
            return;
        }
        // On a small screen the window takes all of it (but the status line): a margin of one cell would only
        // show slivers of the list behind it, a cut title's "…" at the right edge looking like the window's own.
        boolean small = state.columns < SMALL_COLUMNS || state.rows < SMALL_ROWS;
        int width = small ? state.columns : Math.min(state.columns - 2, 72);
        boolean help = state.overlay == ReaderState.Overlay.HELP;
        List<String> lines = help ? helpLines(state, Math.max(1, width - 2), painter) : linkLines(state);
        int height = small ? Math.max(1, state.rows - 1) : Math.min(state.rows - 2, lines.size() + 2);
        if (width < 4 || height < 2) {
            width = state.columns;
            height = Math.max(1, state.rows - 1);
        }
        int left = (state.columns - width) / 2;
        int top = Math.max(0, (state.rows - 1 - height) / 2);
        int bodyRows = Math.max(0, height - (small ? 1 : 2));
        int first = Math.min(state.overlayTop, Math.max(0, lines.size() - bodyRows));
        state.overlayTop = first;
        painter.fillRect(left, top, width, height, theme.overlay());
        String heading = help ? helpTitle(lines.size(), first, bodyRows, width - 2, painter)
                : truncation.truncate(WORDS.get("links.title.hinted"), width - 2);
        painter.text(left + 1, top, left + width - 1, heading, theme.overlay().withBold());
        List<Reference> entries = state.overlay == ReaderState.Overlay.LINKS && state.article != null
                ? LinkEntries.of(state.article) : List.of();
        List<ReaderState.AddressSpot> spots = new ArrayList<>();
        for (int i = 0; i < bodyRows && first + i < lines.size(); i++) {
            String shown = truncation.truncate(lines.get(first + i), width - 2);
            painter.text(left + 1, top + 1 + i, left + width - 1, shown, theme.overlay());
            if (first + i < entries.size()) {
                addressSpot(entries.get(first + i), shown, left + 1, top + 1 + i, painter).ifPresent(spots::add);
            }
        }
        if (state.overlay == ReaderState.Overlay.LINKS) {
            // The window covers the article: its own addresses are the ones to link now.
            state.addressSpots = List.copyOf(spots);
        }
    }

    /**
     * The address part of a links-window line, as far as it is shown and plain ASCII (so that the text written again
     * inside OSC 8 covers exactly the cells drawn), linked to the whole address; none for addresses not opened.
     */
    private Optional<ReaderState.AddressSpot> addressSpot(Reference entry, String shown, int left, int row,
                                                          CellPainter painter) {
        String mark = mark(entry);
        OpenTarget.Web target = OpeningController.webAddress(entry.url());
        if (target == null || !shown.startsWith(mark)) {
            return Optional.empty();
        }
        String address = shown.substring(mark.length());
        int end = 0;
        while (end < address.length() && address.charAt(end) > 0x20 && address.charAt(end) < 0x7f) {
            end++;
        }
        if (end == 0) {
            return Optional.empty();
        }
        // The mark is measured in cells: in Chinese its words take two cells a character.
        return Optional.of(new ReaderState.AddressSpot(
                new ReaderState.LinkSpot(left + painter.widths().of(mark), row, address.substring(0, end), theme.overlay()), target));
    }

    /** The address, wrapped whole and hyperlinked line by line (by the loop); {@code c} copies it. */
    private void drawLink(ReaderState state, CellPainter painter) {
        state.linkSpots = List.of();
        if (state.link == null) {
            return;
        }
        int width = Math.max(1, Math.min(state.columns - 2, 72));
        int inner = Math.max(1, width - 2);
        List<String> lines = AddressLines.wrap(state.link.text(), inner, painter.widths());
        int height = Math.min(Math.max(1, state.rows - 1), lines.size() + 3);
        int left = Math.max(0, (state.columns - width) / 2);
        int top = Math.max(0, (state.rows - 1 - height) / 2);
        painter.fillRect(left, top, width, height, theme.overlay());
        painter.text(left + 1, top, left + width - 1,
                truncation.truncate(linkTitle(), inner), theme.overlay().withBold());
        AddressLines.draw(state, painter, lines, left + 1, top + 1, top + height - 1, left + width - 1,
                theme.overlay().withUnderline());
        int hintRow = top + height - 1;
        if (hintRow > top + lines.size()) {
            painter.text(left + 1, hintRow, left + width - 1, truncation.truncate(linkHint(), inner), theme.overlay());
        }
    }

    /** Below these sizes a window covers the whole screen but the status line. */
    static final int SMALL_COLUMNS = 40;
    static final int SMALL_ROWS = 10;


    static String linkTitle() {
        return WORDS.get("link.title");
    }

    static String linkHint() {
        return WORDS.get("link.hint");
    }

    private static List<String> helpLines(ReaderState state, int width, CellPainter painter) {
        List<KeyBindings.HelpLine> all = new ArrayList<>(state.keys.helpLines());
        all.addAll(KeyBindings.help());
        return new HelpText(painter.widths()).lines(all, width);
    }

    /**
     * "Keys 1-4/52  (q closes, j/k scroll)": where the window is in the help when it does not show all of it, and
     * the hint only where it fits whole (a hint cut to "…" says nothing).
     */
    private static String helpTitle(int total, int first, int rows, int width, CellPainter painter) {
        String title = total > rows
                ? WORDS.get("help.title.part", first + 1, Math.min(total, first + rows), total)
                : WORDS.get("help.title");
        String hinted = WORDS.get("help.title.hinted", title);
        if (painter.widths().of(hinted) <= width) {
            return hinted;
        }
        return painter.widths().of(title) <= width ? title : "";
    }

    private static List<String> linkLines(ReaderState state) {
        List<String> lines = new ArrayList<>();
        List<Reference> entries = state.article == null ? List.of() : LinkEntries.of(state.article);
        if (entries.isEmpty()) {
            lines.add(WORDS.get("links.none"));
            return lines;
        }
        for (Reference reference : entries) {
            // The address itself, never only the link text: the text of a link can hide where it goes.
            lines.add(mark(reference) + SafeText.line(reference.url()));
        }
        return lines;
    }

    /** What stands before an entry's address in the links window. */
    private static String mark(Reference reference) {
        return reference.number() == LinkEntries.HEADER ? WORDS.get("links.header")
                : WORDS.get(reference.image() ? "links.image" : "links.link", String.valueOf(reference.number()));
    }
}
