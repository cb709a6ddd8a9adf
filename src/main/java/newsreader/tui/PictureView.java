package newsreader.tui;

import java.util.List;
import newsreader.messages.Messages;
import newsreader.open.ColorDepth;
import newsreader.open.picture.CellPicture;
import newsreader.open.picture.ImageCell;
import newsreader.open.picture.ImagePreview;
import newsreader.open.picture.LanternaColors;
import newsreader.text.CellWidth;
import newsreader.text.SafeText;
import newsreader.text.Truncation;
import newsreader.tui.term.CellPainter;
import newsreader.tui.term.CellStyle;

/**
 * The picture window: an image drawn by newsreader itself over the whole screen above the status line, in half
 * blocks (two pixels a cell), or in coloured spaces where {@code ▀}, an East Asian ambiguous character, is wide.
 */
final class PictureView {
    private static final Messages WORDS = Messages.of("reader");

    private final Theme theme;
    private final Truncation truncation;
    private final CellWidth widths;
    private ColorDepth depth;
    private ImagePreview cachedPreview;
    private int cachedColumns = -1;
    private int cachedRows = -1;
    private CellPicture cached;

    PictureView(Theme theme, Truncation truncation, CellWidth widths, ColorDepth depth) {
        this.theme = theme;
        this.truncation = truncation;
        this.widths = widths;
        this.depth = depth;
    }

    void useColorDepth(ColorDepth value) {
        this.depth = value;
    }

    void draw(ReaderState state, CellPainter painter) {
        if (state.overlay != ReaderState.Overlay.PICTURE || state.picture == null) {
            return;
        }
        int height = Math.max(1, state.rows - 1);
        painter.fillRect(0, 0, state.columns, height, theme.overlay());
        String title = WORDS.get(state.link != null ? "picture.title.copy" : "picture.title",
                SafeText.line(state.picture.target().describe()));
        painter.text(0, 0, state.columns, truncation.truncate(title, state.columns), theme.overlay().withBold());
        int above = 1 + drawAddress(state, painter, height);
        int rows = height - above;
        if (rows < 1) {
            return;
        }
        CellPicture picture = pictureFor(state.picture, state.columns, rows);
        int left = Math.max(0, (state.columns - picture.columns()) / 2);
        int top = above + Math.max(0, (rows - picture.height()) / 2);
        for (int y = 0; y < picture.height() && top + y < height; y++) {
            for (int x = 0; x < picture.columns() && left + x < state.columns; x++) {
                ImageCell cell = picture.cell(x, y);
                CellStyle style = new CellStyle(LanternaColors.of(cell.foreground(), depth),
                        LanternaColors.of(cell.background(), depth), false, false, false);
                painter.text(left + x, top + y, left + x + 1, String.valueOf(cell.glyph()), style);
            }
        }
    }

    /**
     * The web address the picture came from, whole, under the title: over SSH the user may want it in a browser of
     * their own. Returns the rows it took.
     */
    private int drawAddress(ReaderState state, CellPainter painter, int height) {
        state.linkSpots = List.of();
        if (state.link == null) {
            return 0;
        }
        List<String> lines = AddressLines.wrap(state.link.text(), state.columns, widths);
        AddressLines.draw(state, painter, lines, 0, 1, height, state.columns, theme.overlay().withUnderline());
        return Math.min(lines.size(), Math.max(0, height - 1));
    }

    /** Scaling is the slow part: done again only for another image or another screen size. */
    private CellPicture pictureFor(ImagePreview preview, int columns, int rows) {
        if (preview != cachedPreview || columns != cachedColumns || rows != cachedRows) {
            cached = widths.ambiguousWidth() == 2 ? preview.spaces(columns, rows) : preview.halfBlocks(columns, rows);
            cachedPreview = preview;
            cachedColumns = columns;
            cachedRows = rows;
        }
        return cached;
    }
}
