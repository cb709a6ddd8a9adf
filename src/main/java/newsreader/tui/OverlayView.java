package newsreader.tui;

import java.util.ArrayList;
import java.util.List;
import newsreader.render.Reference;
import newsreader.text.SafeText;
import newsreader.text.Truncation;
import newsreader.tui.term.CellPainter;

/** The help window ({@code ?}) and the links window ({@code u}), drawn over the middle of the screen. */
final class OverlayView {
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
        List<String> lines = state.overlay == ReaderState.Overlay.HELP ? helpLines(state) : linkLines(state);
        String title = state.overlay == ReaderState.Overlay.HELP ? "Keys" : "Links and images";
        int width = Math.min(state.columns - 2, 72);
        int height = Math.min(state.rows - 2, lines.size() + 2);
        if (width < 4 || height < 2) {
            width = state.columns;
            height = Math.max(1, state.rows - 1);
        }
        int left = (state.columns - width) / 2;
        int top = Math.max(0, (state.rows - 1 - height) / 2);
        int bodyRows = height - 2;
        int first = Math.min(state.overlayTop, Math.max(0, lines.size() - bodyRows));
        state.overlayTop = first;
        painter.fillRect(left, top, width, height, theme.overlay());
        painter.text(left + 1, top, left + width - 1,
                truncation.truncate(title + (state.overlay == ReaderState.Overlay.LINKS
                        ? "  (a number opens, q closes)" : "  (q closes, j/k scroll)"), width - 2),
                theme.overlay().withBold());
        for (int i = 0; i < bodyRows && first + i < lines.size(); i++) {
            painter.text(left + 1, top + 1 + i, left + width - 1,
                    truncation.truncate(lines.get(first + i), width - 2), theme.overlay());
        }
    }

    /** The address, wrapped whole, then a label the loop makes a hyperlink; {@code c} copies it. */
    private void drawLink(ReaderState state, CellPainter painter) {
        state.linkSpot = null;
        if (state.link == null) {
            return;
        }
        int width = Math.max(1, Math.min(state.columns - 2, 72));
        String address = SafeText.line(state.link.text());
        List<String> lines = new ArrayList<>();
        int inner = Math.max(1, width - 2);
        for (int start = 0; start < address.length(); start += inner) {
            lines.add(address.substring(start, Math.min(address.length(), start + inner)));
        }
        int height = Math.min(Math.max(1, state.rows - 1), lines.size() + 3);
        int left = Math.max(0, (state.columns - width) / 2);
        int top = Math.max(0, (state.rows - 1 - height) / 2);
        painter.fillRect(left, top, width, height, theme.overlay());
        painter.text(left + 1, top, left + width - 1,
                truncation.truncate("Link  (c copies it, any other key closes)", inner), theme.overlay().withBold());
        for (int i = 0; i < lines.size() && 1 + i < height - 1; i++) {
            painter.text(left + 1, top + 1 + i, left + width - 1, lines.get(i), theme.overlay());
        }
        String label = truncation.truncate(LINK_LABEL, inner);
        int labelRow = top + height - 1;
        if (labelRow > top && labelRow < state.rows - 1) {
            painter.text(left + 1, labelRow, left + width - 1, label, theme.overlay().withUnderline());
            state.linkSpot = new ReaderState.LinkSpot(left + 1, labelRow, label);
        }
    }

    /** Plain ASCII, so the text written again inside the OSC 8 sequence covers exactly the cells drawn here. */
    static final String LINK_LABEL = "open in your browser (Ctrl/Cmd-click)";

    private List<String> helpLines(ReaderState state) {
        List<String> lines = new ArrayList<>();
        List<KeyBindings.HelpLine> all = new ArrayList<>(state.keys.helpLines());
        all.addAll(KeyBindings.HELP);
        for (KeyBindings.HelpLine line : all) {
            lines.add(truncation.fit(line.keys(), 20) + " " + line.meaning());
        }
        return lines;
    }

    private static List<String> linkLines(ReaderState state) {
        List<String> lines = new ArrayList<>();
        if (state.article == null || state.article.references.isEmpty()) {
            lines.add("This article has no links or images.");
            return lines;
        }
        for (Reference reference : state.article.references) {
            // The address itself, never only the link text: the text of a link can hide where it goes.
            lines.add("[" + reference.number() + "] " + (reference.image() ? "image " : "")
                    + SafeText.line(reference.url()));
        }
        return lines;
    }
}
