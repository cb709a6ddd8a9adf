package newsreader.open;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import javax.imageio.ImageIO;

/** Small images made by the tests themselves; public for the tests of the {@code open} sub-packages. */
public final class TestImages {
    /** Top row red, green, blue, white; bottom row black, yellow, cyan, magenta. */
    public static final int[][] QUAD = {
            {0xFF0000, 0x00FF00, 0x0000FF, 0xFFFFFF},
            {0x000000, 0xFFFF00, 0x00FFFF, 0xFF00FF}};

    /** {@link #QUAD} as a lossless WebP (made once with cwebp -lossless -exact; 60 bytes). */
    public static final byte[] QUAD_WEBP = Base64.getDecoder().decode(
            "UklGRjQAAABXRUJQVlA4TCcAAAAvA0AAAD8gEEjaH3qN+RcQFPk/2vwHskEksAGhABqj6seSQRH9DzYA");

    private TestImages() {
    }

    public static BufferedImage quad() {
        return image(QUAD);
    }

    public static BufferedImage image(int[][] rgbRows) {
        BufferedImage image = new BufferedImage(rgbRows[0].length, rgbRows.length, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < rgbRows.length; y++) {
            for (int x = 0; x < rgbRows[y].length; x++) {
                image.setRGB(x, y, rgbRows[y][x]);
            }
        }
        return image;
    }

    /**
     * Red over blue, 4×2, for GIF: the JDK's GIF writer reorders palettes of small many-coloured images, so the
     * eight-colour quad does not survive it.
     */
    public static BufferedImage redOverBlue() {
        return image(new int[][] {{0xFF0000, 0xFF0000, 0xFF0000, 0xFF0000}, {0x0000FF, 0x0000FF, 0x0000FF, 0x0000FF}});
    }

    public static BufferedImage solid(int width, int height, int rgb) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, rgb);
            }
        }
        return image;
    }

    public static byte[] encode(BufferedImage image, String format) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no ImageIO writer for " + format);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A 34-byte lossless WebP whose header declares {@code width × height} and whose data is zeros: a decoder that
     * believes the header allocates the whole raster and grinds through every pixel of it.
     */
    public static byte[] webpDeclaring(int width, int height) {
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(34).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(26)
                .put("WEBPVP8L".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(14);
        b.put((byte) 0x2F).putInt((width - 1) | (height - 1) << 14);
        return b.array();
    }

    public static boolean canDecodeWebp() {
        return ImageIO.getImageReadersByMIMEType("image/webp").hasNext();
    }
}
