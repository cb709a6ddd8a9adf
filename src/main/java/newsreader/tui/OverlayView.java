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
        if (state.overlay == ReaderState.Overlay.NONE) {
            return;
        }
        List<String> lines = state.overlay == ReaderState.Overlay.HELP ? helpLines() : linkLines(state);
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
                truncation.truncate(title + "  (q closes, j/k scroll)", width - 2), theme.overlay().withBold());
        for (int i = 0; i < bodyRows && first + i < lines.size(); i++) {
            painter.text(left + 1, top + 1 + i, left + width - 1,
                    truncation.truncate(lines.get(first + i), width - 2), theme.overlay());
        }
    }

    private List<String> helpLines() {
        List<String> lines = new ArrayList<>();
        for (KeyBindings.HelpLine line : KeyBindings.HELP) {
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
