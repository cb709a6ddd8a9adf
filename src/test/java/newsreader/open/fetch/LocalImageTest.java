package newsreader.open.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.stream.Stream;
import newsreader.open.OpenTarget;
import newsreader.open.Progress;
import newsreader.open.TestImages;
import newsreader.open.address.TargetPolicy;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A local image is opened through the very path {@link TargetPolicy} checked: a symbolic link to a file outside the
 * posts folder, put in the image's place (or in a folder's place above it) after the check, is not followed.
 */
class LocalImageTest {
    @TempDir
    Path temp;
    Path posts;
    Path post;
    Path cache;
    Path outside;
    byte[] png;
    byte[] secret;
    TargetPolicy policy;
    ImageFetcher fetcher;

    @BeforeEach
    void setUp() throws IOException {
        posts = Files.createDirectories(temp.resolve("posts"));
        post = Files.writeString(posts.resolve("p.md"), "---\ntitle: x\n---\n");
        outside = Files.createDirectories(temp.resolve("outside"));
        cache = temp.resolve("cache");
        png = TestImages.encode(TestImages.quad(), "png");
        secret = TestImages.encode(TestImages.solid(3, 3, 0x123456), "png");
        Files.write(posts.resolve("img.png"), png);
        Files.write(Files.createDirectories(posts.resolve("sub")).resolve("img.png"), png);
        Files.write(outside.resolve("img.png"), secret);
        policy = new TargetPolicy(posts);
        fetcher = new ImageFetcher(new ImageCache(cache), 1024 * 1024, Duration.ofSeconds(30), 5);
    }

    private Fetched fetch(OpenTarget target) throws FetchException {
        return fetcher.fetch(target, Progress.NONE, new Cancellation());
    }

    /** No file in the cache holds the outside file's bytes. */
    private void assertSecretNotCopied() throws IOException {
        if (!Files.isDirectory(cache)) {
            return;
        }
        try (Stream<Path> files = Files.list(cache)) {
            assertThat(files).noneMatch(file -> {
                try {
                    return Arrays.equals(Files.readAllBytes(file), secret);
                } catch (IOException e) {
                    return false;
                }
            });
        }
    }

    @Test
    void aLocalImageIsReadThroughThePathThatWasChecked() throws Exception {
        Fetched fetched = fetch(policy.check("img.png", post));
        assertThat(fetched.mimeType()).isEqualTo("image/png");
        assertThat(fetched.file()).startsWith(cache);
        assertThat(Files.readAllBytes(fetched.file())).isEqualTo(png);
    }

    @Test
    void aLinkInsideTheFolderStillOpens() throws Exception {
        Files.createSymbolicLink(posts.resolve("alias.png"), posts.resolve("sub/img.png"));
        assertThat(Files.readAllBytes(fetch(policy.check("alias.png", post)).file())).isEqualTo(png);
    }

    @Test
    void theFileSwappedForALinkOutsideAfterTheCheckIsNotFollowed() throws Exception {
        OpenTarget target = policy.check("img.png", post);
        Files.delete(posts.resolve("img.png"));
        Files.createSymbolicLink(posts.resolve("img.png"), outside.resolve("img.png"));
        assertThatThrownBy(() -> fetch(target)).isInstanceOf(FetchException.class)
                .hasMessage("cannot read img.png (a link was put in its place after it was checked)");
        assertSecretNotCopied();
    }

    @Test
    void aFolderSwappedForALinkOutsideAfterTheCheckIsNotFollowed() throws Exception {
        OpenTarget target = policy.check("sub/img.png", post);
        Files.move(posts.resolve("sub"), posts.resolve("sub-old"));
        Files.createSymbolicLink(posts.resolve("sub"), outside);
        assertThatThrownBy(() -> fetch(target)).isInstanceOf(FetchException.class)
                .hasMessage("cannot read img.png (a link was put in its place after it was checked)");
        assertSecretNotCopied();
        assertThat(new String(Files.readAllBytes(post), StandardCharsets.UTF_8)).startsWith("---");
    }
}
