package newsreader.open.picture;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Decodes the first frame of an image with ImageIO, safely: the size in the header is checked before any pixel is
 * decoded, and large images are subsampled while decoding so memory stays small whatever the file claims. Public
 * for {@code Opener}, which decodes every image it shows here.
 */
public final class ImageDecoder {
    /** The preview never needs more than this many pixels on the longer side. */
    public static final int MAX_DECODED_SIDE = 2048;

    private final long maxPixels;

    public ImageDecoder(long maxPixels) {
        this.maxPixels = maxPixels;
    }

    /** The image, or an exception whose message is for the status line ("cannot decode image/webp"). */
    public BufferedImage decode(Path file, String mimeType) throws DecodeException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            if (in == null) {
                throw new DecodeException("cannot read " + file.getFileName());
            }
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new DecodeException("cannot decode " + mimeType);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long width = reader.getWidth(0);
                long height = reader.getHeight(0);
                if (width <= 0 || height <= 0) {
                    throw new DecodeException("image has no pixels");
                }
                if (width * height > maxPixels) {
                    throw new DecodeException("image too large (" + width + "×" + height + ")");
                }
                ImageReadParam param = reader.getDefaultReadParam();
                int step = (int) Math.max(1, (Math.max(width, height) + MAX_DECODED_SIDE - 1) / MAX_DECODED_SIDE);
                param.setSourceSubsampling(step, step, 0, 0);
                return reader.read(0, param);
            } finally {
                reader.dispose();
            }
        } catch (DecodeException e) {
            throw e;
        } catch (IOException | RuntimeException | OutOfMemoryError e) {
            throw new DecodeException("cannot decode " + mimeType + " (" + e.getMessage() + ")");
        }
    }

    /** An image that could not be decoded; the message is for the status line. */
    public static final class DecodeException extends Exception {
        public DecodeException(String message) {
            super(message);
        }
    }
}
