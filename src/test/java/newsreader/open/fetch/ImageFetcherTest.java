package newsreader.open.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import newsreader.open.OpenTarget;
import newsreader.open.Progress;
import newsreader.open.TestImages;
import newsreader.open.TestServer;
import newsreader.open.address.Refusal;
import newsreader.open.address.TargetPolicy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ImageFetcherTest {
    /**
     * For everything but the timeout tests: long enough that no request on a busy machine ever hits it (with half a
     * second, a loaded run once failed the redirect test with "timed out" half-way down the chain).
     */
    private static final Duration PATIENT = Duration.ofSeconds(30);
    /** For the timeout tests, whose server never answers in time whatever the machine's load. */
    private static final Duration IMPATIENT = Duration.ofMillis(500);
    private static final long CAP = 100 * 1024;
    static TestServer server;
    static byte[] png;
    /** Holds the slow handlers until the tests are over: their answers come only after the client gave up. */
    static final CountDownLatch released = new CountDownLatch(1);
    /** Counts requests that reached a slow handler, so a test can act once the server really is stuck. */
    static final Semaphore stuck = new Semaphore(0);

    @TempDir
    Path cacheFolder;

    @BeforeAll
    static void start() throws IOException {
        server = new TestServer();
        png = TestImages.encode(TestImages.quad(), "png");
        server.serve("/a.png", "image/png", png);
        server.serve("/a.jpg", "image/jpeg", TestImages.encode(TestImages.quad(), "jpg"));
        server.serve("/a.gif", "image/gif", TestImages.encode(TestImages.redOverBlue(), "gif"));
        server.serve("/a.webp", "image/webp", TestImages.QUAD_WEBP);
        server.serve("/mislabelled", "image/jpeg", TestImages.QUAD_WEBP);
        server.serve("/octet", "application/octet-stream", png);
        server.serve("/octet-text", "application/octet-stream", "<html>hi</html>".getBytes());
        server.serve("/page.html", "text/html; charset=utf-8", "<html>not an image</html>".getBytes());
        server.serve("/announced-big", "image/png", new byte[(int) CAP + 1]);
        // Everything no other context takes, e.g. /?http://…: a proxy that has gone away.
        server.on("/", exchange -> TestServer.send(exchange, 502, "text/plain", "bad gateway".getBytes()));
        server.on("/missing", exchange -> TestServer.send(exchange, 404, "text/plain", "no".getBytes()));
        server.on("/loop", exchange -> TestServer.redirect(exchange, "/loop"));
        server.on("/to-file", exchange -> TestServer.redirect(exchange, "file:///etc/passwd"));
        for (int i = 1; i <= 5; i++) {
            String next = i == 1 ? "/a.png" : "/chain" + (i - 1);
            server.on("/chain" + i, exchange -> TestServer.redirect(exchange, next));
        }
        server.on("/slow-headers", exchange -> {
            stuck.release();
            released.await();
            TestServer.send(exchange, 200, "image/png", png);
        });
        server.on("/slow-body", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "image/png");
            exchange.sendResponseHeaders(200, png.length);
            OutputStream out = exchange.getResponseBody();
            out.write(png, 0, 10);
            out.flush();
            stuck.release();
            released.await();
            out.write(png, 10, png.length - 10);
        });
        server.on("/endless", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "image/png");
            exchange.sendResponseHeaders(200, 0);
            OutputStream out = exchange.getResponseBody();
            byte[] chunk = new byte[16 * 1024];
            System.arraycopy(png, 0, chunk, 0, 8);
            for (int i = 0; i < 64 * 1024; i++) {
                out.write(chunk);
            }
        });
    }

    @AfterAll
    static void stop() {
        released.countDown();
        server.close();
    }

    private ImageFetcher fetcher() {
        return fetcher(PATIENT);
    }

    private ImageFetcher fetcher(Duration timeout) {
        return new ImageFetcher(new ImageCache(cacheFolder), CAP, timeout, 5);
    }

    private Fetched fetch(String path) throws FetchException, Refusal {
        return fetch(path, Progress.NONE, new Cancellation());
    }

    private Fetched fetch(String path, Progress progress, Cancellation cancellation) throws FetchException, Refusal {
        return fetch(fetcher(), path, progress, cancellation);
    }

    private Fetched fetch(ImageFetcher fetcher, String path, Progress progress, Cancellation cancellation)
            throws FetchException, Refusal {
        String url = server.url(path);
        return fetcher.fetch(new OpenTarget.Web(TargetPolicy.web(url), url), progress, cancellation);
    }

    @Test
    void downloadsPngJpegGifAndWebpIntoHashNamedCacheFiles() throws Exception {
        for (String[] c : new String[][] {{"/a.png", "image/png", "png"}, {"/a.jpg", "image/jpeg", "jpg"},
                {"/a.gif", "image/gif", "gif"}, {"/a.webp", "image/webp", "webp"}}) {
            Fetched fetched = fetch(c[0]);
            assertThat(fetched.mimeType()).isEqualTo(c[1]);
            assertThat(fetched.fromCache()).isFalse();
            assertThat(fetched.file()).isEqualTo(cacheFolder.resolve(ImageCache.key(server.url(c[0])) + "." + c[2]));
        }
        assertThat(Files.readAllBytes(fetch("/a.png").file())).isEqualTo(png);
        try (Stream<Path> files = Files.list(cacheFolder)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(name -> name.endsWith(".part"));
        }
    }

    @Test
    void aCachedImageIsReusedWithoutAskingTheServer() throws Exception {
        fetch("/a.gif");
        int before = server.hits("/a.gif");
        Fetched again = fetch("/a.gif");
        assertThat(again.fromCache()).isTrue();
        assertThat(again.mimeType()).isEqualTo("image/gif");
        assertThat(server.hits("/a.gif")).isEqualTo(before);
    }

    @Test
    void theBytesDecideTheTypeAndUnlabelledImagesAreAccepted() throws Exception {
        assertThat(fetch("/mislabelled").mimeType()).isEqualTo("image/webp");
        assertThat(fetch("/octet").mimeType()).isEqualTo("image/png");
        assertThatThrownBy(() -> fetch("/octet-text")).hasMessage("not an image (application/octet-stream)");
    }

    @Test
    void anHtmlPageIsRefused() {
        assertThatThrownBy(() -> fetch("/page.html")).isInstanceOf(FetchException.class)
                .hasMessage("not an image (text/html)")
                .satisfies(e -> assertThat(((FetchException) e).statusMessage())
                        .isEqualTo("download failed: not an image (text/html)"));
    }

    @Test
    void followsFiveRedirectsButNotASixth() throws Exception {
        assertThat(fetch("/chain5").mimeType()).isEqualTo("image/png");
        int before = server.hits("/loop");
        assertThatThrownBy(() -> fetch("/loop")).hasMessage("more than 5 redirects");
        assertThat(server.hits("/loop") - before).isEqualTo(6);
    }

    @Test
    void aRedirectToAnotherSchemeIsRefused() {
        assertThatThrownBy(() -> fetch("/to-file")).hasMessageContaining("redirect refused: only http and https");
    }

    @Test
    void aServerThatNeverAnswersTimesOut() {
        // The server answers only after the tests: nothing but the timeout can end this fetch.
        assertThatThrownBy(() -> fetch(fetcher(IMPATIENT), "/slow-headers", Progress.NONE, new Cancellation()))
                .hasMessage("timed out after 0.5 s");
    }

    @Test
    void aBodyThatTricklesTimesOut() {
        assertThatThrownBy(() -> fetch(fetcher(IMPATIENT), "/slow-body", Progress.NONE, new Cancellation()))
                .hasMessage("timed out after 0.5 s");
        assertThat(cacheFolder.resolve(ImageCache.key(server.url("/slow-body")) + ".png")).doesNotExist();
    }

    @Test
    void anOversizedBodyStopsAtTheCap() {
        List<Long> seen = new CopyOnWriteArrayList<>();
        assertThatThrownBy(() -> fetch("/endless", (bytes, total) -> seen.add(bytes), new Cancellation()))
                .hasMessage("larger than 100 KB");
        assertThat(seen).allMatch(bytes -> bytes <= CAP);
        assertThatThrownBy(() -> fetch("/announced-big")).hasMessage("larger than 100 KB");
        try (Stream<Path> files = Files.list(cacheFolder)) {
            assertThat(files).isEmpty();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aDeadCorsProxyIsBypassedForTheAddressBehindIt() throws Exception {
        String inner = server.url("/a.jpg");
        int before = server.hits("/");
        Fetched fetched = fetch("/?" + inner);
        assertThat(server.hits("/") - before).isEqualTo(1);
        assertThat(fetched.mimeType()).isEqualTo("image/jpeg");
        assertThat(fetched.file().getFileName().toString()).isEqualTo(ImageCache.key(inner) + ".jpg");
        assertThat(fetch("/?" + inner).fromCache()).isTrue();
        assertThatThrownBy(() -> fetch("/?" + server.url("/missing")))
                .hasMessage("HTTP 502 (without the proxy: HTTP 404)");
        assertThat(CorsProxy.inner(java.net.URI.create("https://cors.zfour.workers.dev/?http://img.example/a.jpg")))
                .hasValue(java.net.URI.create("http://img.example/a.jpg"));
        assertThat(CorsProxy.inner(java.net.URI.create("https://x.example/p?http://img.example/a.jpg"))).isEmpty();
        assertThat(CorsProxy.inner(java.net.URI.create("https://x.example/?javascript:alert(1)"))).isEmpty();
        assertThat(CorsProxy.inner(java.net.URI.create("https://x.example/?https://a@b/"))).isEmpty();
    }

    @Test
    void httpErrorsAreNamed() {
        assertThatThrownBy(() -> fetch("/missing")).hasMessage("HTTP 404");
    }

    @Test
    void progressEndsAtTheFullSize() throws Exception {
        List<long[]> seen = new CopyOnWriteArrayList<>();
        fetch("/a.jpg", (bytes, total) -> seen.add(new long[] {bytes, total}), new Cancellation());
        long[] last = seen.get(seen.size() - 1);
        assertThat(last[0]).isEqualTo(last[1]).isPositive();
        assertThat(Progress.describe(40, 100)).isEqualTo("downloading… 40%");
        assertThat(Progress.describe(1536 * 1024, -1)).isEqualTo("downloading… 1.5 MB");
    }

    @Test
    void aDownloadCanBeCancelledFromAnotherThread() throws InterruptedException {
        Cancellation cancellation = new Cancellation();
        stuck.drainPermits();
        // Cancelled once the request is with the server, which never answers it in time: with the patient fetcher's
        // 30 s timeout, only the cancellation can end the fetch before the test's own timeout.
        CompletableFuture.runAsync(() -> {
            stuck.acquireUninterruptibly();
            cancellation.cancel();
        });
        assertThatThrownBy(() -> fetch("/slow-headers", Progress.NONE, cancellation))
                .isInstanceOf(FetchException.class)
                .satisfies(e -> assertThat(((FetchException) e).statusMessage()).isEqualTo("download cancelled"));
        Cancellation inBody = new Cancellation();
        assertThatThrownBy(() -> fetch("/slow-body", (bytes, total) -> inBody.cancel(), inBody))
                .satisfies(e -> assertThat(((FetchException) e).isCancelled()).isTrue());
    }

    @Test
    void nothingListensOnAClosedPort() throws Exception {
        String url;
        try (TestServer closed = new TestServer()) {
            url = closed.url("/a.png");
        }
        String u = url;
        assertThatThrownBy(() -> fetcher().fetch(new OpenTarget.Web(TargetPolicy.web(u), u), Progress.NONE,
                new Cancellation())).hasMessageStartingWith("cannot connect to 127.0.0.1");
    }
}
