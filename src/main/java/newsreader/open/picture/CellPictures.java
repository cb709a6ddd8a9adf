package newsreader.open.picture;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns an image into a {@link CellPicture} that fits an area of the terminal, keeping its aspect ratio. A terminal
 * cell is about twice as tall as wide, so a half block holds two square pixels, one above the other.
 */
final class CellPictures {
    private CellPictures() {
    }

    /**
     * Upper half blocks: each cell shows two pixels (foreground on top, background below).
     *
     * @param columns the area's width in cells
     * @param rows    the area's height in cells
     */
    public static CellPicture halfBlocks(BufferedImage image, int columns, int rows) {
        int[] size = fit(image.getWidth(), image.getHeight(), columns, rows * 2);
        int width = size[0];
        int height = size[1] % 2 == 0 ? size[1] : (size[1] + 1 <= rows * 2 ? size[1] + 1 : Math.max(2, size[1] - 1));
        Rgb[][] pixels = resample(image, width, height);
        List<List<ImageCell>> cellRows = new ArrayList<>();
        for (int y = 0; y + 1 < height; y += 2) {
            List<ImageCell> row = new ArrayList<>(width);
            for (int x = 0; x < width; x++) {
                row.add(new ImageCell(ImageCell.UPPER_HALF, pixels[y][x], pixels[y + 1][x]));
            }
            cellRows.add(row);
        }
        return new CellPicture(cellRows);
    }

    /**
     * Coloured spaces, one pixel per cell: half the resolution of {@link #halfBlocks}, for terminals where
     * {@code ▀} (East Asian width "ambiguous") is drawn two cells wide.
     */
    public static CellPicture spaces(BufferedImage image, int columns, int rows) {
        // A cell is a pixel twice as tall as wide: fit the image as if it were half as tall.
        int[] size = fit(image.getWidth() * 2, image.getHeight(), columns * 2, rows * 2);
        int width = Math.max(1, size[0] / 2);
        int height = Math.max(1, size[1] / 2);
        Rgb[][] pixels = resample(image, width, height);
        List<List<ImageCell>> cellRows = new ArrayList<>();
        for (int y = 0; y < height; y++) {
            List<ImageCell> row = new ArrayList<>(width);
            for (int x = 0; x < width; x++) {
                row.add(new ImageCell(' ', pixels[y][x], pixels[y][x]));
            }
            cellRows.add(row);
        }
        return new CellPicture(cellRows);
    }

    /** The largest size with the image's aspect ratio inside {@code maxWidth × maxHeight}, at least 1×1. */
    static int[] fit(int width, int height, int maxWidth, int maxHeight) {
        if (maxWidth < 1 || maxHeight < 1) {
            throw new IllegalArgumentException("no room for a picture: " + maxWidth + "×" + maxHeight);
        }
        double scale = Math.min((double) maxWidth / width, (double) maxHeight / height);
        int w = (int) Math.max(1, Math.min(maxWidth, Math.round(width * scale)));
        int h = (int) Math.max(1, Math.min(maxHeight, Math.round(height * scale)));
        return new int[] {w, h};
    }

    /**
     * The image at {@code width × height}: each new pixel is the average of the source pixels it covers (or the
     * one it falls on when enlarging), transparent parts laid over black.
     */
    static Rgb[][] resample(BufferedImage image, int width, int height) {
        int sw = image.getWidth();
        int sh = image.getHeight();
        int[] argb = image.getRGB(0, 0, sw, sh, null, 0, sw);
        Rgb[][] out = new Rgb[height][width];
        for (int y = 0; y < height; y++) {
            int y0 = (int) ((long) y * sh / height);
            int y1 = Math.max(y0 + 1, (int) ((long) (y + 1) * sh / height));
            for (int x = 0; x < width; x++) {
                int x0 = (int) ((long) x * sw / width);
                int x1 = Math.max(x0 + 1, (int) ((long) (x + 1) * sw / width));
                long r = 0;
                long g = 0;
                long b = 0;
                long count = 0;
                for (int sy = y0; sy < y1; sy++) {
                    for (int sx = x0; sx < x1; sx++) {
                        int p = argb[sy * sw + sx];
                        int alpha = (p >>> 24) & 0xFF;
                        r += ((p >> 16) & 0xFF) * alpha / 255;
                        g += ((p >> 8) & 0xFF) * alpha / 255;
                        b += (p & 0xFF) * alpha / 255;
                        count++;
                    }
                }
                out[y][x] = new Rgb((int) (r / count), (int) (g / count), (int) (b / count));
            }
        }
        return out;
    }
}
