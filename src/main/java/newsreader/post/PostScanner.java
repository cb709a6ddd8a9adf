package newsreader.post;

import java.nio.file.Path;

/** Finds every post below a folder and reads the front matter of each (never the whole body). */
public final class PostScanner {
    /** Scans {@code root} recursively; never throws for a single bad file (it becomes a problem). */
    public ScanResult scan(Path root) {
        throw new UnsupportedOperationException("not yet");
    }
}
