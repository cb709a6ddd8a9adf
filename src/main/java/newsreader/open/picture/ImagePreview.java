package newsreader.open.picture;

import java.awt.Image;
import java.awt.image.BufferedImage;
import newsreader.open.ColorDepth;
import newsreader.open.GraphicsMode;
import newsreader.open.OpenTarget;

/**
 * A decoded image that newsreader draws itself, at whatever size the screen has now: as half blocks, as coloured
 * spaces, or as kitty or sixel graphics. Public because an {@code OpenOutcome.ShowHere} carries it to the reader,
 * which asks it for cells at the size of its window; every encoder behind it is private to this package.
 *
 * @param image    the decoded first frame (at most {@link ImageDecoder#MAX_DECODED_SIDE} pixels on a side)
 * @param mimeType its type, e.g. {@code image/webp}
 * @param target   where it came from (for an OSC 8 link or copying its address)
 */
public record ImagePreview(BufferedImage image, String mimeType, OpenTarget target) {
    /** Assumed cell size in pixels when the terminal does not say: most fonts are near 1:2. */
    public static final int CELL_WIDTH_PX = 10;
    public static final int CELL_HEIGHT_PX = 20;

    public int width() {
        return image.getWidth();
    }

    public int height() {
        return image.getHeight();
    }

    /** Half blocks fitting {@code columns × rows} cells. */
    public CellPicture halfBlocks(int columns, int rows) {
        return CellPictures.halfBlocks(image, columns, rows);
    }

    /** One coloured space per pixel, for terminals that draw {@code ▀} two cells wide. */
    public CellPicture spaces(int columns, int rows) {
        return CellPictures.spaces(image, columns, rows);
    }

    /** Half blocks as text with colour codes. */
    public String ansi(int columns, int rows, ColorDepth depth) {
        return AnsiPicture.render(halfBlocks(columns, rows), depth);
    }

    /** Kitty graphics for an area of {@code columns × rows} cells, placed at the cursor. */
    public String kitty(int columns, int rows, boolean insideTmux) {
        return KittyGraphics.encode(scaledToCells(columns, rows, CELL_WIDTH_PX, CELL_HEIGHT_PX), columns, rows,
                insideTmux);
    }

    /** Sixel graphics fitting {@code columns × rows} cells of the given pixel size, placed at the cursor. */
    public String sixel(int columns, int rows, int cellWidthPx, int cellHeightPx, boolean insideTmux) {
        return SixelGraphics.encode(scaledToCells(columns, rows, cellWidthPx, cellHeightPx), insideTmux);
    }

    /** The picture in the chosen mode, as the bytes to write at the cursor. */
    public String escapeSequence(GraphicsMode mode, int columns, int rows, ColorDepth depth, boolean insideTmux) {
        return switch (mode) {
            case KITTY -> kitty(columns, rows, insideTmux);
            case SIXEL -> sixel(columns, rows, CELL_WIDTH_PX, CELL_HEIGHT_PX, insideTmux);
            case AUTO, HALF_BLOCKS -> ansi(columns, rows, depth);
        };
    }

    private BufferedImage scaledToCells(int columns, int rows, int cellWidthPx, int cellHeightPx) {
        int[] size = CellPictures.fit(width(), height(), columns * cellWidthPx, rows * cellHeightPx);
        if (size[0] >= width() && size[1] >= height()) {
            return image;
        }
        BufferedImage scaled = new BufferedImage(size[0], size[1], BufferedImage.TYPE_INT_ARGB);
        var g = scaled.createGraphics();
        try {
            g.drawImage(image.getScaledInstance(size[0], size[1], Image.SCALE_AREA_AVERAGING), 0, 0, null);
        } finally {
            g.dispose();
        }
        return scaled;
    }
}
