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
    private static final HexFormat HEX = HexFormat.of();
    /** Hex digits of a hash: six bytes. */
    static final int LENGTH = 12;
    /** Not a hash (every hash fits in 48 bits). */
    static final long UNKNOWN = -1;

    private TitleDateHash() {
    }

    /** The hash as a number: its six bytes, the first the highest. */
    static long of(String title, Instant date) {
        String dated = date == null ? "undated" : date.toString();
        byte[] digest = fresh().digest((title + "\n" + dated).getBytes(StandardCharsets.UTF_8));
        long bits = 0;
        for (int i = 0; i < LENGTH / 2; i++) {
            bits = bits << 8 | digest[i] & 0xFF;
        }
        return bits;
    }

    /** The hash as it is written in identities: twelve lower-case hex digits. */
    static String hex(long bits) {
        return HEX.toHexDigits(bits).substring(16 - LENGTH);
    }

    /** Whether a number read back from the cache can be a hash. */
    static boolean wellFormed(long bits) {
        return bits >= 0 && bits < 1L << (4 * LENGTH);
    }

    /**
     * Never updated itself, only cloned: looking the algorithm up costs more than hashing a title. In a class of its
     * own, made at the first hash: checking the hashes a warm metadata cache holds ({@link #wellFormed}) needs no
     * digest, and looking SHA-256 up starts Java's security providers.
     */
    private static final class Sha256 {
        static final MessageDigest PROTOTYPE = sha256();
    }

    private static MessageDigest fresh() {
        try {
            return (MessageDigest) Sha256.PROTOTYPE.clone();
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
