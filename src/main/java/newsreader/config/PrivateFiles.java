package newsreader.config;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * The one place that creates newsreader's own folders and files under its data, state and cache folders: folders
 * {@code 0700}, files {@code 0600}. They hold post paths, read times, what was searched for and stack traces, which no
 * other user of a shared server should read. On a file system without POSIX permissions the files are created as
 * the system likes.
 *
 * <p>Permissions are given when a folder or file is created, not afterwards, so there is no moment when it is open to
 * others; and folders and files left {@code 0755}/{@code 0644} by an older version are tightened when they are used.
 */
public final class PrivateFiles {
    private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    /** Every folder of ours is named this or lies inside one so named (XDG_DATA_HOME/newsreader, …). */
    private static final String OURS = "newsreader";

    private PrivateFiles() {
    }

    /**
     * Makes {@code folder} (and any missing parent) exist, each created {@code 0700}; the folder itself and its
     * parents up to newsreader's own ({@code …/newsreader}) are tightened to {@code 0700} when they are wider.
     */
    public static Path folder(Path folder) throws IOException {
        Path absolute = folder.toAbsolutePath();
        create(absolute);
        Path root = ourRoot(absolute);
        for (Path ours = absolute; root != null && ours != null && ours.startsWith(root); ours = ours.getParent()) {
            tighten(ours, FOLDER);
        }
        return folder;
    }

    private static void create(Path folder) throws IOException {
        if (Files.isDirectory(folder)) {
            return;
        }
        Path parent = folder.getParent();
        if (parent != null) {
            create(parent);
        }
        try {
            Files.createDirectory(folder, attribute(FOLDER));
        } catch (FileAlreadyExistsException e) {
            if (!Files.isDirectory(folder)) {
                throw e;
            }
            // Another instance made it meanwhile.
        } catch (UnsupportedOperationException e) {
            Files.createDirectories(folder);
        }
    }

    /** The innermost folder named newsreader holding {@code folder}, or null: the user's ~/.cache is not ours. */
    private static Path ourRoot(Path folder) {
        for (Path at = folder; at != null && at.getFileName() != null; at = at.getParent()) {
            if (at.getFileName().toString().equals(OURS)) {
                return at;
            }
        }
        return null;
    }

    /**
     * Makes {@code file} exist, created empty and {@code 0600} when missing (in a private folder), else tightened.
     *
     * @throws IOException also when something other than a plain file is there: a FIFO or a device would hang or
     *                     misbehave in whatever opens it next (SQLite, the log)
     */
    public static Path file(Path file) throws IOException {
        folder(file.toAbsolutePath().getParent());
        try {
            Files.createFile(file, attribute(FILE));
        } catch (FileAlreadyExistsException e) {
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                throw new IOException(file + " is not a regular file");
            }
            tighten(file, FILE);
        } catch (UnsupportedOperationException e) {
            if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                Files.createFile(file);
            }
        }
        return file;
    }

    /** Tightens a file that someone else (SQLite, Lucene, java.util.logging) created, if it is there. */
    public static void tightenFile(Path file) throws IOException {
        if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            tighten(file, FILE);
        }
    }

    private static void tighten(Path path, Set<PosixFilePermission> wanted) throws IOException {
        try {
            if (!Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS).equals(wanted)) {
                Files.setPosixFilePermissions(path, wanted);
            }
        } catch (UnsupportedOperationException e) {
            // No POSIX permissions on this file system.
        }
    }

    private static FileAttribute<?>[] attribute(Set<PosixFilePermission> permissions) {
        return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(permissions)};
    }
}
