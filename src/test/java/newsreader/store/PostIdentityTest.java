package newsreader.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import newsreader.post.BodyFormat;
import newsreader.post.PostMeta;
import org.junit.jupiter.api.Test;

/** Read state of every user is kept under these identities: their spelling must never change. */
class PostIdentityTest {
    private static PostMeta post(String title, Instant date) {
        return new PostMeta(Path.of("/posts/2022/a.md"), "2022/a.md", title, date, null, null, List.of(), List.of(),
                null, null, BodyFormat.MARKDOWN, 0, 10, Map.of());
    }

    /** Computed here as the first version of the store did: SHA-256 of title, a line break and the date. */
    private static String expected(String relativePath, String title, String dated) throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256")
                .digest((title + "\n" + dated).getBytes(StandardCharsets.UTF_8));
        return relativePath + "#" + HexFormat.of().formatHex(digest, 0, 6);
    }

    @Test
    void theIdentityIsThePathAndTwelveHexDigitsOfTitleAndDate() throws Exception {
        Instant date = Instant.parse("2022-09-30T14:33:00Z");
        assertThat(PostIdentity.of(post("芯片发布", date))).isEqualTo(expected("2022/a.md", "芯片发布", date.toString()));
        assertThat(PostIdentity.of(post("Undated title", null)))
                .isEqualTo(expected("2022/a.md", "Undated title", "undated"));
    }

    @Test
    void hashesWithLeadingZerosKeepTheirTwelveDigits() throws Exception {
        // Some title among a few hundred hashes to a leading zero digit: the number must be padded back.
        for (int i = 0; i < 500; i++) {
            String title = "title " + i;
            assertThat(PostIdentity.of(post(title, null))).isEqualTo(expected("2022/a.md", title, "undated"));
        }
    }
}
