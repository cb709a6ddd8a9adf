package newsreader.open.picture;

import java.awt.image.BufferedImage;
import java.util.BitSet;

/**
 * DEC sixel graphics: the image with its colours mapped to xterm's fixed 240-colour palette (a 6×6×6 cube and 24
 * greys), sent in bands six pixels tall with run-length compression.
 */
final class SixelGraphics {
    private static final String ESC = "\u001b";

    private SixelGraphics() {
    }

    /** The image at its own pixel size, to be written at the cursor; wrapped for tmux when asked. */
    public static String encode(BufferedImage image, boolean insideTmux) {
        int width = image.getWidth();
        int height = image.getHeight();
        Rgb[][] pixels = CellPictures.resample(image, width, height);
        int[][] index = new int[height][width];
        BitSet used = new BitSet(256);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                index[y][x] = pixels[y][x].xterm256();
                used.set(index[y][x]);
            }
        }
        StringBuilder out = new StringBuilder();
        // P2=1: pixels left at 0 keep the background; raster attributes give the size (1:1 pixel aspect).
        out.append(ESC).append("P0;1;0q\"1;1;").append(width).append(';').append(height);
        for (int c = used.nextSetBit(0); c >= 0; c = used.nextSetBit(c + 1)) {
            Rgb rgb = Xterm256.color(c);
            out.append('#').append(c - 16).append(";2;").append(percent(rgb.red())).append(';')
                    .append(percent(rgb.green())).append(';').append(percent(rgb.blue()));
        }
        for (int top = 0; top < height; top += 6) {
            BitSet inBand = new BitSet(256);
            for (int y = top; y < Math.min(height, top + 6); y++) {
                for (int x = 0; x < width; x++) {
                    inBand.set(index[y][x]);
                }
            }
            boolean first = true;
            for (int c = inBand.nextSetBit(0); c >= 0; c = inBand.nextSetBit(c + 1)) {
                if (!first) {
                    out.append('$');
                }
                first = false;
                out.append('#').append(c - 16);
                band(out, index, top, width, height, c);
            }
            out.append('-');
        }
        out.append(ESC).append('\\');
        return Passthrough.wrapIf(insideTmux, out.toString());
    }

    /** One colour's row of sixels in the band starting at {@code top}, run-length encoded. */
    private static void band(StringBuilder out, int[][] index, int top, int width, int height, int color) {
        char previous = 0;
        int run = 0;
        for (int x = 0; x < width; x++) {
            int bits = 0;
            for (int k = 0; k < 6 && top + k < height; k++) {
                if (index[top + k][x] == color) {
                    bits |= 1 << k;
                }
            }
            char sixel = (char) ('?' + bits);
            if (sixel == previous) {
                run++;
            } else {
                flush(out, previous, run);
                previous = sixel;
                run = 1;
            }
        }
        flush(out, previous, run);
    }

    private static void flush(StringBuilder out, char sixel, int run) {
        if (run == 0) {
            return;
        }
        if (run > 3) {
            out.append('!').append(run).append(sixel);
        } else {
            out.append(String.valueOf(sixel).repeat(run));
        }
    }

    private static int percent(int component) {
        return Math.round(component * 100f / 255f);
    }
}
