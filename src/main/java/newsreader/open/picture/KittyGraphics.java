package newsreader.open.picture;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import javax.imageio.ImageIO;

/**
 * The kitty graphics protocol: the image as PNG, base64, in chunks of 4096 characters
 * ({@code ESC _ G a=T,f=100,m=1;… ESC \}), placed at the cursor and scaled by the terminal to a cell area.
 */
final class KittyGraphics {
    static final int CHUNK = 4096;
    private static final String ESC = "\u001b";

    private KittyGraphics() {
    }

    /**
     * @param columns    width of the area in cells
     * @param rows       height of the area in cells
     * @param insideTmux wrap every chunk for tmux passthrough
     */
    public static String encode(BufferedImage image, int columns, int rows, boolean insideTmux) {
        String data = Base64.getEncoder().encodeToString(png(image));
        StringBuilder out = new StringBuilder(data.length() + data.length() / CHUNK * 24 + 64);
        for (int start = 0; start < data.length() || start == 0; start += CHUNK) {
            int end = Math.min(data.length(), start + CHUNK);
            boolean last = end >= data.length();
            // q=2: no replies, which would otherwise arrive as keystrokes.
            String keys = start == 0 ? "a=T,f=100,q=2,c=" + columns + ",r=" + rows + ",m=" : "m=";
            String chunk = ESC + "_G" + keys + (last ? 0 : 1) + ";" + data.substring(start, end) + ESC + "\\";
            out.append(Passthrough.wrapIf(insideTmux, chunk));
            if (last) {
                break;
            }
        }
        return out.toString();
    }

    static byte[] png(BufferedImage image) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            ImageIO.write(image, "png", bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
