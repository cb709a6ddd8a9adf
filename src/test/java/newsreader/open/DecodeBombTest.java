package newsreader.open;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import newsreader.open.viewer.Mailcap;
import newsreader.open.viewer.ProcessStarter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Images whose decoding is the attack: a 34-byte WebP declaring 10000×10000 (the WebP decoder allocates the whole
 * raster whatever subsampling asks, and grinds through it for minutes), served by a real local server and opened
 * through the whole path with no viewer, so newsreader decodes it to draw it itself.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class DecodeBombTest {
    /** Generous for a loaded machine; the unguarded decodes take minutes, or run out of memory. */
    private static final long PROMPT_MILLIS = 30_000;

    static TestServer server;

    @TempDir
    Path temp;
    Path posts;
    Path post;
    final List<Opener> openers = new ArrayList<>();

    @BeforeAll
    static void start() throws IOException {
        server = new TestServer();
        server.serve("/bomb.webp", "image/webp", TestImages.webpDeclaring(10_000, 10_000));
        // Under the WebP cap, but its zeros keep the decoder busy for about a minute.
        server.serve("/slow.webp", "image/webp", TestImages.webpDeclaring(2048, 2048));
        server.serve("/a.png", "image/png", TestImages.encode(TestImages.quad(), "png"));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void setUp() throws IOException {
        assumeTrue(TestImages.canDecodeWebp(), "no WebP reader registered");
        posts = Files.createDirectories(temp.resolve("posts"));
        post = Files.writeString(posts.resolve("p.md"), "---\ntitle: x\n---\n");
    }

    @AfterEach
    void close() {
        openers.forEach(Opener::close);
    }

    /** No display and no viewer: every image is decoded to be drawn here. */
    private Opener opener(Duration deadline) {
        OpenSettings settings = OpenSettings.defaults(posts).withCacheFolder(temp.resolve("cache"))
                .withTimeout(Duration.ofSeconds(30)).withDecodeDeadline(deadline);
        Opener opener = new Opener(settings, TestPrograms.env(temp, "PATH", temp.resolve("bin").toString()),
                ProcessStarter.SYSTEM, () -> Mailcap.of(""));
        openers.add(opener);
        return opener;
    }

    private static OpenOutcome await(OpenTask task) throws Exception {
        return task.result().get(PROMPT_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** Waits until the decode thread is inside the WebP decoder: the decode itself is under way. */
    private static void awaitWebpDecoding() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            boolean decoding = Thread.getAllStackTraces().entrySet().stream()
                    .anyMatch(e -> e.getKey().getName().equals("newsreader-decode") && Arrays.stream(e.getValue())
                            .anyMatch(frame -> frame.getClassName().contains("webp")));
            if (decoding) {
                return;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("the WebP decode never started");
    }

    @Test
    void aTinyWebpDeclaring10000By10000IsRefusedFromItsHeader() throws Exception {
        long started = System.nanoTime();
        OpenOutcome outcome = await(opener(OpenSettings.DEFAULT_DECODE_DEADLINE)
                .previewImage(server.url("/bomb.webp"), post, Progress.NONE));
        assertThat(outcome).isEqualTo(new OpenOutcome.Failed("image too large (10000×10000)"));
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)).isLessThan(PROMPT_MILLIS);
    }

    @Test
    void aDecodePastItsDeadlineIsAbandonedAndItsThreadFreed() throws Exception {
        Opener opener = opener(Duration.ofSeconds(1));
        OpenOutcome outcome = await(opener.previewImage(server.url("/slow.webp"), post, Progress.NONE));
        assertThat(outcome).isEqualTo(new OpenOutcome.Failed("decoding took longer than 1 s — abandoned"));
        // One decode thread: the next picture decodes at once only if the abandoned decode really stopped.
        OpenOutcome next = await(opener.previewImage(server.url("/a.png"), post, Progress.NONE));
        assertThat(next).isInstanceOf(OpenOutcome.ShowHere.class);
        assertThat(((OpenOutcome.ShowHere) next).preview().width()).isEqualTo(4);
    }

    @Test
    void aSecondOpenCancelsTheFirstsDecode() throws Exception {
        Opener opener = opener(Duration.ofMinutes(10));
        OpenTask first = opener.previewImage(server.url("/slow.webp"), post, Progress.NONE);
        awaitWebpDecoding();
        OpenTask second = opener.previewImage(server.url("/a.png"), post, Progress.NONE);
        assertThat(await(first)).isEqualTo(new OpenOutcome.Failed("opening cancelled"));
        assertThat(await(second)).isInstanceOf(OpenOutcome.ShowHere.class);
    }

    @Test
    void cancellingTheOpenInProgressStopsItsDecode() throws Exception {
        Opener opener = opener(Duration.ofMinutes(10));
        OpenTask task = opener.previewImage(server.url("/slow.webp"), post, Progress.NONE);
        awaitWebpDecoding();
        opener.cancelCurrent();
        assertThat(await(task)).isEqualTo(new OpenOutcome.Failed("opening cancelled"));
        assertThat(await(opener.previewImage(server.url("/a.png"), post, Progress.NONE)))
                .isInstanceOf(OpenOutcome.ShowHere.class);
    }
}
