package newsreader.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/** A search index's commits, read from outside the process that writes them, as tests of a build in progress need. */
public final class IndexCommits {
    private IndexCommits() {
    }

    /**
     * The number of posts in the first commit of {@code indexDirectory} that holds any, read while {@code build} runs;
     * fails when none comes within the deadline or the build ends first.
     */
    public static int first(Path indexDirectory, ProcessHandle build, long deadlineSeconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(deadlineSeconds);
        while (System.nanoTime() < deadline && build.isAlive()) {
            if (Files.isDirectory(indexDirectory)) {
                try (Directory directory = FSDirectory.open(indexDirectory)) {
                    if (DirectoryReader.indexExists(directory)) {
                        try (DirectoryReader reader = DirectoryReader.open(directory)) {
                            if (reader.numDocs() > 0) {
                                return reader.numDocs();
                            }
                        }
                    }
                } catch (IOException racing) {
                    // the writer replaced the commit while it was being opened: look again
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no commit with posts within " + deadlineSeconds + " s; the build "
                + (build.isAlive() ? "still runs" : "ended"));
    }
}
