package newsreader.tui;

import java.util.ArrayList;
import java.util.List;
import newsreader.text.CellWidth;
import newsreader.text.SafeText;
import newsreader.tui.term.CellPainter;
import newsreader.tui.term.CellStyle;

/**
 * A web address drawn whole, over as many lines as it needs (an address cut short is useless to copy by hand), each
 * line remembered in {@code state.linkSpots} so that the loop can write it again as an OSC 8 hyperlink.
 */
final class AddressLines {
    private AddressLines() {
    }

    /** The address broken into pieces at most {@code width} cells wide, never inside a character. */
    static List<String> wrap(String address, int width, CellWidth widths) {
        String shown = SafeText.line(address);
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        int used = 0;
        for (int i = 0; i < shown.length(); ) {
            int codePoint = shown.codePointAt(i);
            int cells = Math.max(0, widths.ofCodePoint(codePoint));
            if (used + cells > Math.max(1, width) && line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
                used = 0;
            }
            line.appendCodePoint(codePoint);
            used += cells;
            i += Character.charCount(codePoint);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    /**
     * Draws {@code lines} from row {@code top} down to (not including) {@code bottom} and records where each went.
     * Only plain ASCII lines become hyperlinks: their text written again inside OSC 8 is sure to cover exactly the
     * cells drawn here.
     */
    static void draw(ReaderState state, CellPainter painter, List<String> lines, int left, int top, int bottom,
                     int right, CellStyle style) {
        List<ReaderState.LinkSpot> spots = new ArrayList<>();
        for (int i = 0; i < lines.size() && top + i < bottom; i++) {
            String line = lines.get(i);
            painter.text(left, top + i, right, line, style);
            if (isPlainAscii(line)) {
                spots.add(new ReaderState.LinkSpot(left, top + i, line, style));
            }
        }
        state.linkSpots = List.copyOf(spots);
    }

    private static boolean isPlainAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c > 0x7e) {
                return false;
            }
        }
        return true;
    }
}
