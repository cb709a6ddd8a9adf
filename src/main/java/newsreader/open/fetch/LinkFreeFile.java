package newsreader.open.fetch;

import java.io.IOException;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SecureDirectoryStream;
import java.nio.file.StandardOpenOption;
import java.util.Set;

/**
 * Opens a file by the real path that was checked, without following a symbolic link anywhere on the way: each folder
 * is opened inside the one before it ({@code openat} with {@code O_NOFOLLOW}). A real path has no links; if one has
 * been swapped in since the check (the file, or a folder above it, replaced by a link out of the posts folder), the
 * open fails instead of going where the link points.
 */
final class LinkFreeFile {
    private LinkFreeFile() {
    }

    static SeekableByteChannel open(Path real) throws IOException {
        if (!real.isAbsolute() || real.getNameCount() == 0) {
            throw new IOException("not an absolute file path");
        }
        DirectoryStream<Path> top = Files.newDirectoryStream(real.getRoot());
        if (!(top instanceof SecureDirectoryStream<Path> folder)) {
            top.close();
            throw new IOException("this system cannot open files without following links");
        }
        try {
            for (int i = 0; i < real.getNameCount() - 1; i++) {
                SecureDirectoryStream<Path> inner = folder.newDirectoryStream(real.getName(i),
                        LinkOption.NOFOLLOW_LINKS);
                folder.close();
                folder = inner;
            }
            return folder.newByteChannel(real.getFileName(), Set.of(StandardOpenOption.READ,
                    LinkOption.NOFOLLOW_LINKS));
        } finally {
            folder.close();
        }
    }
}
