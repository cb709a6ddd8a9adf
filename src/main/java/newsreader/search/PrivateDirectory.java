package newsreader.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import newsreader.config.PrivateFiles;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.apache.lucene.store.IndexOutput;
import org.apache.lucene.store.Lock;

/**
 * An index folder whose files are {@code 0600}, as all of newsreader's files (the index holds the words of the
 * user's posts). Lucene creates its files with the process's default mode; each is narrowed as soon as it is
 * created, before anything is written to it, and the folder itself is {@code 0700}, so no one else could open it
 * meanwhile. The write lock, which Lucene creates only when missing, is created private first; only plain files are
 * opened.
 */
final class PrivateDirectory extends FilterDirectory {
    private final Path folder;

    private PrivateDirectory(FSDirectory directory) {
        super(directory);
        this.folder = directory.getDirectory();
    }

    /** The index in {@code folder}, created {@code 0700} when missing. */
    static Directory open(Path folder) throws IOException {
        PrivateFiles.folder(folder);
        return new PrivateDirectory(FSDirectory.open(folder));
    }

    @Override
    public IndexOutput createOutput(String name, IOContext context) throws IOException {
        return narrowed(super.createOutput(name, context));
    }

    @Override
    public IndexOutput createTempOutput(String prefix, String suffix, IOContext context) throws IOException {
        return narrowed(super.createTempOutput(prefix, suffix, context));
    }

    /** Only plain files are opened: a FIFO among the index files would make the open wait forever. */
    @Override
    public IndexInput openInput(String name, IOContext context) throws IOException {
        if (!Files.isRegularFile(folder.resolve(name), LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException(folder.resolve(name) + " is not a regular file");
        }
        return super.openInput(name, context);
    }

    @Override
    public Lock obtainLock(String name) throws IOException {
        PrivateFiles.file(folder.resolve(name));
        return super.obtainLock(name);
    }

    private IndexOutput narrowed(IndexOutput output) throws IOException {
        try {
            PrivateFiles.tightenFile(folder.resolve(output.getName()));
            return output;
        } catch (IOException | RuntimeException e) {
            output.close();
            throw e;
        }
    }
}
