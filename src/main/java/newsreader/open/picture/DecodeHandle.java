package newsreader.open.picture;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * One decode in progress, which another thread may stop. {@link ImageReader#abort} alone does not stop every plugin
 * (the WebP reader never looks at it), but every decoder reads its stream as it goes, so closing the stream ends the
 * decode within a read.
 */
final class DecodeHandle {
    private final AtomicBoolean stopped = new AtomicBoolean();
    private volatile ImageReader reader;
    private volatile ImageInputStream stream;

    /** The decode has opened its reader and stream; stopped at once if a stop came first. */
    void started(ImageReader reader, ImageInputStream stream) {
        this.reader = reader;
        this.stream = stream;
        if (stopped.get()) {
            stopNow();
        }
    }

    void stop() {
        stopped.set(true);
        stopNow();
    }

    boolean stopped() {
        return stopped.get();
    }

    private void stopNow() {
        ImageReader r = reader;
        if (r != null) {
            r.abort();
        }
        ImageInputStream s = stream;
        if (s != null) {
            try {
                s.close();
            } catch (IOException e) {
                // Closing serves only to make the decoder's next read fail.
            }
        }
    }
}
