package newsreader.open.picture;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import newsreader.messages.Messages;

/**
 * Decodes the first frame of an image with ImageIO, safely: the size in the header is checked before any pixel is
 * decoded (WebP against a lower cap, {@link #MAX_WEBP_PIXELS}), and large images are subsampled while decoding to
 * what the largest picture drawn needs ({@link #MAX_DECODED_SIDE}) so memory stays small whatever the file claims.
 * Public for {@code Opener} through {@link DecodeQueue}, which adds the thread, the deadline and cancelling.
 */
public final class ImageDecoder {
    private static final Messages WORDS = Messages.of("open");

    /** The preview never needs more than this many pixels on the longer side. */
    public static final int MAX_DECODED_SIDE = 2048;

    /**
     * WebP's decoder allocates the whole raster and decodes every pixel whatever subsampling asks for (a 34-byte file
     * declaring 10000×10000 took 600 MB and minutes), so WebP gets a lower cap: 4096×4096, 64 MB of pixels.
     */
    public static final long MAX_WEBP_PIXELS = 4096L * 4096;

    private final long maxPixels;

    public ImageDecoder(long maxPixels) {
        this.maxPixels = maxPixels;
    }

    /** The image, or an exception whose message is for the status line ("cannot decode image/webp"). */
    public BufferedImage decode(Path file, String mimeType) throws DecodeException {
        return decode(file, mimeType, new DecodeHandle());
    }

    /** As {@link #decode(Path, String)}, stoppable from another thread through {@code handle}. */
    BufferedImage decode(Path file, String mimeType, DecodeHandle handle) throws DecodeException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            if (in == null) {
                throw new DecodeException(WORDS.get("decode.cannot-read", file.getFileName()));
            }
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new DecodeException(WORDS.get("decode.cannot-decode", mimeType));
            }
            ImageReader reader = readers.next();
            handle.started(reader, in);
            try {
                reader.setInput(in, true, true);
                long width = reader.getWidth(0);
                long height = reader.getHeight(0);
                if (width <= 0 || height <= 0) {
                    throw new DecodeException(WORDS.get("decode.no-pixels"));
                }
                boolean webp = "webp".equalsIgnoreCase(reader.getFormatName());
                if (width * height > (webp ? Math.min(maxPixels, MAX_WEBP_PIXELS) : maxPixels)) {
                    throw new DecodeException(WORDS.get("decode.too-large", String.valueOf(width), String.valueOf(height)));
                }
                ImageReadParam param = reader.getDefaultReadParam();
                int step = (int) Math.max(1, (Math.max(width, height) + MAX_DECODED_SIDE - 1) / MAX_DECODED_SIDE);
                param.setSourceSubsampling(step, step, 0, 0);
                BufferedImage image = reader.read(0, param);
                if (handle.stopped()) {
                    // An aborted reader may return what it had so far: a stopped decode has no picture.
                    throw new DecodeException(WORDS.get("outcome.cancelled"));
                }
                return image;
            } finally {
                reader.dispose();
            }
        } catch (DecodeException e) {
            throw e;
        } catch (IOException | RuntimeException | OutOfMemoryError e) {
            throw new DecodeException(WORDS.get("decode.cannot-decode.why", mimeType, e.getMessage()));
        }
    }

    /** An image that could not be decoded; the message is for the status line. */
    public static final class DecodeException extends Exception {
        public DecodeException(String message) {
            super(message);
        }
    }
}
