package newsreader.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import newsreader.post.PostMeta;

/**
 * What a post is called in the state store: its path below the posts folder plus a short hash of its title and
 * date. The folder's own location is not part of it, so moving or renaming the folder keeps every mark; the hash
 * tells apart two different posts that came to hold the same file name.
 */
public final class PostIdentity {
    private PostIdentity() {
    }

    public static String of(PostMeta post) {
        String dated = post.date() == null ? "undated" : post.date().toString();
        return post.relativePath() + "#" + shortHash(post.title() + "\n" + dated);
    }

    /** Never updated itself, only cloned: looking the algorithm up costs more than hashing a title. */
    private static final MessageDigest SHA_256 = sha256();
    private static final HexFormat HEX = HexFormat.of();

    private static String shortHash(String text) {
        byte[] digest = fresh().digest(text.getBytes(StandardCharsets.UTF_8));
        return HEX.formatHex(digest, 0, 6);
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
