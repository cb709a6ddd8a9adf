package newsreader.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** A fingerprint of a folder, to show that newsreader never writes to the posts it reads. */
public final class FolderChecksum {
    private static final long HASHED_BYTES = 64L << 20; // a 2 GB sparse file: its head, size and time are enough

    private FolderChecksum() {
    }

    /** Every file and link: content hash (the head of huge files), size and time; link targets; folders' times. */
    public static Map<String, String> of(Path root) throws IOException {
        Map<String, String> sums = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.toList()) {
                String key = root.relativize(p).toString();
                if (Files.isSymbolicLink(p)) {
                    sums.put(key, "link " + Files.readSymbolicLink(p));
                } else if (Files.isRegularFile(p)) {
                    sums.put(key, Files.size(p) + " " + Files.getLastModifiedTime(p).toMillis() + " " + hash(p));
                } else {
                    sums.put(key, "dir " + Files.getLastModifiedTime(p).toMillis());
                }
            }
        }
        return sums;
    }

    private static String hash(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            long budget = HASHED_BYTES;
            for (int n; budget > 0 && (n = in.read(buffer)) > 0; budget -= n) {
                sha.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
