package newsreader.store;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Read state of one posts folder in a text file below the data directory: a header line naming the folder,
 * then one post identity per line.
 *
 * <p>Saving writes a temporary file and moves it over the old one, so a crash leaves either the old or the new
 * file, never half of one. Before writing, the file is read again and only this instance's own changes are applied
 * to it, so two instances reading at once lose neither's marks. A damaged file (binary junk, invalid UTF-8) is read
 * as far as it makes sense; it never stops the reader.
 */
public final class FileReadStateStore implements ReadStateStore {
    private static final String HEADER = "# newsreader read state v1: ";

    private final Path file;
    private final String folder;
    private final Set<String> read;
    private final Set<String> addedSinceSave = new HashSet<>();
    private final Set<String> removedSinceSave = new HashSet<>();

    private FileReadStateStore(Path file, String folder, Set<String> read) {
        this.file = file;
        this.folder = folder;
        this.read = read;
    }

    /** Opens (without creating anything yet) the store of {@code postsFolder} below {@code dataDirectory}. */
    public static FileReadStateStore open(Path dataDirectory, Path postsFolder) {
        String folder = postsFolder.toAbsolutePath().normalize().toString();
        Path file = dataDirectory.resolve("read").resolve(fileNameFor(folder));
        return new FileReadStateStore(file, folder, load(file));
    }

    /** The file this store reads and writes. */
    public Path file() {
        return file;
    }

    @Override
    public synchronized boolean isRead(String postId) {
        return read.contains(postId);
    }

    @Override
    public synchronized void setRead(String postId, boolean isRead) {
        if (isRead) {
            if (read.add(postId)) {
                addedSinceSave.add(postId);
                removedSinceSave.remove(postId);
            }
        } else if (read.remove(postId)) {
            removedSinceSave.add(postId);
            addedSinceSave.remove(postId);
        }
    }

    @Override
    public synchronized void markAllRead(Collection<String> postIds) {
        for (String id : postIds) {
            setRead(id, true);
        }
    }

    @Override
    public synchronized void save() throws IOException {
        if (addedSinceSave.isEmpty() && removedSinceSave.isEmpty()) {
            return;
        }
        Set<String> merged = load(file);
        merged.addAll(addedSinceSave);
        merged.removeAll(removedSinceSave);
        write(merged);
        read.addAll(merged);
        addedSinceSave.clear();
        removedSinceSave.clear();
    }

    private void write(Set<String> ids) throws IOException {
        Files.createDirectories(file.getParent());
        StringBuilder text = new StringBuilder(HEADER).append(oneLine(folder)).append('\n');
        for (String id : ids) {
            text.append(oneLine(id)).append('\n');
        }
        Path temp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
        try {
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static Set<String> load(Path file) {
        Set<String> ids = new LinkedHashSet<>();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return ids;
        } catch (IOException e) {
            // Unreadable state must not stop the reader: start as if nothing was read.
            return ids;
        }
        for (String line : decode(bytes).split("\n", -1)) {
            if (line.isEmpty() || line.startsWith("#") || line.indexOf('\uFFFD') >= 0 || hasControl(line)) {
                continue;
            }
            ids.add(line);
        }
        return ids;
    }

    /** UTF-8 with bad bytes replaced, so that one damaged line costs only that line. */
    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(java.nio.ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return "";
        }
    }

    private static boolean hasControl(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                return true;
            }
        }
        return false;
    }

    /** Identities are paths; a newline in a file name must not split one identity into two lines. */
    private static String oneLine(String s) {
        return s.replace('\n', ' ').replace('\r', ' ');
    }

    private static String fileNameFor(String folder) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(folder.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16) + ".txt";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
