package newsreader.post;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The first six bytes of the SHA-256 of a post's title and date, in hex: what tells apart two different posts that
 * came to hold the same file name. Read state is kept under it, so its spelling never changes.
 */
final class TitleDateHash {
    /** Never updated itself, only cloned: looking the algorithm up costs more than hashing a title. */
    private static final MessageDigest SHA_256 = sha256();
    private static final HexFormat HEX = HexFormat.of();
    static final int LENGTH = 12;

    private TitleDateHash() {
    }

    static String of(String title, Instant date) {
        String dated = date == null ? "undated" : date.toString();
        byte[] digest = fresh().digest((title + "\n" + dated).getBytes(StandardCharsets.UTF_8));
        return HEX.formatHex(digest, 0, LENGTH / 2);
    }

    /** Whether a hash read back from the cache looks like one this class makes. */
    static boolean wellFormed(String hash) {
        if (hash == null || hash.length() != LENGTH) {
            return false;
        }
        for (int i = 0; i < LENGTH; i++) {
            char c = hash.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }

    private static MessageDigest fresh() {
        try {
            return (MessageDigest) SHA_256.clone();
        } catch (CloneNotSupportedException e) {
            return sha256();
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
