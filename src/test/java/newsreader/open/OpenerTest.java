package newsreader.open;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import newsreader.open.address.HeaderImage;
import newsreader.open.fetch.ImageCache;
import newsreader.open.picture.CellPicture;
import newsreader.open.picture.ImageCell;
import newsreader.open.picture.ImagePreview;
import newsreader.open.picture.Rgb;
import newsreader.open.viewer.Mailcap;
import newsreader.open.viewer.ViewerLauncher;
import newsreader.post.BodyFormat;
import newsreader.post.PostMeta;
import newsreader.render.Reference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The whole path from an address to an outcome: viewer choice, download, launch, or the in-terminal preview. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class OpenerTest {
    static TestServer server;
    static byte[] png;
    /** Holds /slow's answer until the tests are over. */
    static final java.util.concurrent.CountDownLatch released = new java.util.concurrent.CountDownLatch(1);
    /** Released when a request reaches /slow: the download is then really under way. */
    static final java.util.concurrent.Semaphore stuck = new java.util.concurrent.Semaphore(0);

    @TempDir
    Path temp;
    Path posts;
    Path post;
    Path bin;
    Path record;
    Path cache;
    final List<List<String>> started = new CopyOnWriteArrayList<>();
    final List<Opener> openers = new ArrayList<>();

    @BeforeAll
    static void start() throws IOException {
        server = new TestServer();
        png = TestImages.encode(TestImages.quad(), "png");
        server.serve("/a.png", "image/png", png);
        server.serve("/noext", "application/octet-stream", png);
        server.serve("/url-only.png", "image/png", png);
        server.serve("/no-display.png", "image/png", png);
        server.serve("/a.webp", "image/webp", TestImages.QUAD_WEBP);
        server.on("/slow", exchange -> {
            stuck.release();
            released.await();
            TestServer.send(exchange, 200, "image/png", png);
        });
        server.serve("/page.html", "text/html", "<p>hello</p>".getBytes());
    }

    @AfterAll
    static void stop() {
        released.countDown();
        server.close();
    }

    @BeforeEach
    void setUp() throws IOException {
        posts = Files.createDirectories(temp.resolve("posts"));
        post = Files.writeString(posts.resolve("p.md"), "---\ntitle: x\n---\n");
        Files.write(posts.resolve("local.png"), png);
        bin = temp.resolve("bin");
        record = temp.resolve("record");
        cache = temp.resolve("cache");
        TestPrograms.recorder(bin, "rec", record);
        TestPrograms.recorder(bin, "chafa", record);
    }

    @AfterEach
    void close() {
        openers.forEach(Opener::close);
    }

    private Opener opener(String viewer, boolean terminal, String mailcap, String... env) {
        String[] withPath = java.util.Arrays.copyOf(env, env.length + 2);
        withPath[env.length] = "PATH";
        withPath[env.length + 1] = bin.toString();
        OpenSettings settings = OpenSettings.defaults(posts).withViewer(viewer, terminal).withCacheFolder(cache)
                .withTimeout(Duration.ofSeconds(30)).withLaunchGrace(Duration.ofSeconds(30));
        Opener opener = new Opener(settings, TestPrograms.env(temp, withPath), builder -> {
            started.add(List.copyOf(builder.command()));
            return builder.start();
        }, () -> Mailcap.of(mailcap));
        openers.add(opener);
        return opener;
    }

    private static OpenOutcome await(OpenTask task) throws Exception {
        return task.result().get(60, TimeUnit.SECONDS);
    }

    @Test
    void aFileViewerGetsTheDownloadedImageFromTheCache() throws Exception {
        List<String> progress = new CopyOnWriteArrayList<>();
        OpenOutcome outcome = await(opener("rec --scale-down {file}", false, "", "DISPLAY", ":0")
                .openImage(server.url("/a.png"), post, (bytes, total) -> progress.add(Progress.describe(bytes, total))));
        assertThat(outcome).isEqualTo(new OpenOutcome.Done("opened with rec"));
        Path file = cache.resolve(ImageCache.key(server.url("/a.png")) + ".png");
        assertThat(TestPrograms.calls(record)).containsExactly(List.of("--scale-down", file.toString()));
        assertThat(Files.readAllBytes(file)).isEqualTo(png);
        assertThat(progress).last().isEqualTo("downloading… 100%");
    }

    @Test
    void aUrlViewerStartsWithoutDownloading() throws Exception {
        OpenOutcome outcome = await(opener("rec {url}", false, "", "DISPLAY", ":0")
                .openImage(server.url("/url-only.png"), post, Progress.NONE));
        assertThat(outcome.message()).isEqualTo("opened with rec");
        assertThat(TestPrograms.calls(record)).containsExactly(List.of(server.url("/url-only.png")));
        assertThat(server.hits("/url-only.png")).isZero();
    }

    @Test
    void aConfiguredUrlViewerRunsWithoutADisplayAndNeedsNoNetwork() throws Exception {
        // ~/bin/send-to-laptop {url} over SSH: no DISPLAY, and the address is all it needs.
        OpenOutcome outcome = await(opener("rec {url}", false, "", "SSH_CONNECTION", "10.0.0.1 5000 10.0.0.2 22")
                .openImage(server.url("/no-display.png?random=3"), post, Progress.NONE));
        assertThat(outcome).isEqualTo(new OpenOutcome.Done("opened with rec"));
        assertThat(TestPrograms.calls(record)).containsExactly(List.of(server.url("/no-display.png?random=3")));
        assertThat(server.hits("/no-display.png")).isZero();
    }

    @Test
    void aConfiguredFileViewerRunsWithoutADisplayWithTheDownload() throws Exception {
        OpenOutcome outcome = await(opener("rec {file}", false, "", "SSH_TTY", "/dev/pts/2")
                .openImage(server.url("/a.png"), post, Progress.NONE));
        assertThat(outcome).isEqualTo(new OpenOutcome.Done("opened with rec"));
        Path file = cache.resolve(ImageCache.key(server.url("/a.png")) + ".png");
        assertThat(TestPrograms.calls(record)).containsExactly(List.of(file.toString()));
    }

    @Test
    void aLocalImageIsPassedAsTheCopyReadThroughTheCheckedPath() throws Exception {
        await(opener("rec {file} {url}", false, "", "DISPLAY", ":0").openImage("local.png", post, Progress.NONE));
        List<List<String>> calls = TestPrograms.calls(record);
        assertThat(calls).hasSize(1);
        Path copy = Path.of(calls.get(0).get(0));
        assertThat(copy).startsWith(cache);
        assertThat(Files.readAllBytes(copy)).isEqualTo(png);
        assertThat(calls.get(0).get(1)).isEqualTo(copy.toUri().toString());
    }

    @Test
    void mailcapIsChosenByTheDownloadedType() throws Exception {
        OpenOutcome outcome = await(opener(null, false, "image/jpeg; nothing %s\nimage/png; rec -t %t %s\n",
                "DISPLAY", ":0").openImage(server.url("/noext"), post, Progress.NONE));
        assertThat(outcome.message()).isEqualTo("opened with rec");
        Path file = cache.resolve(ImageCache.key(server.url("/noext")) + ".png");
        assertThat(TestPrograms.calls(record)).containsExactly(List.of("-t", "image/png", file.toString()));
    }

    @Test
    void aMissingConfiguredViewerFallsBackAndSaysSo() throws Exception {
        TestPrograms.recorder(bin, "xdg-open", record);
        OpenOutcome outcome = await(opener("feh {file}", false, "", "DISPLAY", ":0")
                .openImage(server.url("/a.png"), post, Progress.NONE));
        assertThat(outcome.message()).isEqualTo("opened with xdg-open (viewer setting not used: feh not found)");
        assertThat(TestPrograms.calls(record)).hasSize(1);
    }

    @Test
    void aViewerThatFailsAtOnceIsReported() throws Exception {
        TestPrograms.script(bin, "broken", "exit 3\n");
        OpenOutcome outcome = await(opener("broken {url}", false, "", "DISPLAY", ":0")
                .openImage(server.url("/a.png"), post, Progress.NONE));
        assertThat(outcome).isEqualTo(new OpenOutcome.Failed("broken failed (exit 3)"));
    }

    @Test
    void aFailedDownloadSaysWhyAndStartsNothing() throws Exception {
        OpenOutcome outcome = await(opener("rec {file}", false, "", "DISPLAY", ":0")
                .openImage(server.url("/page.html"), post, Progress.NONE));
        assertThat(outcome).isEqualTo(new OpenOutcome.Failed("download failed: not an image (text/html)"));
        assertThat(started).isEmpty();
    }

    @Test
    void overSshWithoutADisplayTheImageIsShownHere() throws Exception {
        OpenOutcome outcome = await(opener(null, false, "image/png; rec %s\n", "SSH_CONNECTION",
                "10.0.0.1 5000 10.0.0.2 22").openImage(server.url("/a.png"), post, Progress.NONE));
        assertThat(outcome).isInstanceOf(OpenOutcome.ShowHere.class);
        assertThat(outcome.message()).isEqualTo("no display — showing it here");
        CellPicture picture = ((OpenOutcome.ShowHere) outcome).preview().halfBlocks(4, 1);
        assertThat(picture.cell(0, 0)).isEqualTo(new ImageCell('▀', Rgb.of(0xFF0000), Rgb.BLACK));
        assertThat(picture.cell(3, 0)).isEqualTo(new ImageCell('▀', Rgb.of(0xFFFFFF), Rgb.of(0xFF00FF)));
        assertThat(started).isEmpty();
    }

    @Test
    void aWebpHeaderImageIsShownWhenAPluginDecodesItAndNamedWhenNot() throws Exception {
        OpenOutcome outcome = await(opener(null, false, "", "SSH_TTY", "/dev/pts/3")
                .openImage(server.url("/a.webp"), post, Progress.NONE));
        if (TestImages.canDecodeWebp()) {
            CellPicture picture = ((OpenOutcome.ShowHere) outcome).preview().halfBlocks(4, 1);
            assertThat(picture.cell(1, 0)).isEqualTo(new ImageCell('▀', Rgb.of(0x00FF00), Rgb.of(0xFFFF00)));
        } else {
            assertThat(outcome).isEqualTo(new OpenOutcome.Failed("cannot decode image/webp"));
        }
    }

    @Test
    void cancellingTheTaskEndsItsDownload() throws Exception {
        OpenTask task = opener(null, false, "", "SSH_TTY", "/dev/pts/3")
                .openImage(server.url("/slow"), post, Progress.NONE);
        stuck.acquire();
        task.cancel();
        // The server never answers before the tests end and the download timeout is 30 s: only the cancellation
        // can have ended it.
        OpenOutcome outcome = await(task);
        assertThat(outcome).isEqualTo(new OpenOutcome.Failed("download cancelled"));
    }

    @Test
    void withNoViewerAnywhereTheImageIsShownHere() throws Exception {
        OpenOutcome outcome = await(opener(null, false, "", "DISPLAY", ":0")
                .openImage(server.url("/a.png"), post, Progress.NONE));
        assertThat(outcome.message()).isEqualTo("no viewer found — showing it here");
        assertThat(((OpenOutcome.ShowHere) outcome).preview().mimeType()).isEqualTo("image/png");
    }

    @Test
    void aTerminalViewerRunsBetweenSuspendAndResume() throws Exception {
        OpenOutcome outcome = await(opener("chafa {file}", false, "", "SSH_TTY", "/dev/pts/3")
                .openImage("local.png", post, Progress.NONE));
        assertThat(outcome).isInstanceOf(OpenOutcome.RunInTerminal.class);
        assertThat(TestPrograms.calls(record)).isEmpty();
        List<String> events = new ArrayList<>();
        ScreenHandoff handoff = new ScreenHandoff() {
            @Override
            public void suspend() {
                events.add("suspend");
            }

            @Override
            public void awaitKey(String prompt) throws IOException {
                events.add("calls " + TestPrograms.calls(record).size());
                events.add("key: " + prompt);
            }

            @Override
            public void resume() {
                events.add("resume");
            }
        };
        OpenOutcome finished = ((OpenOutcome.RunInTerminal) outcome).run(handoff);
        assertThat(finished.message()).isEqualTo("shown with chafa");
        assertThat(events).containsExactly("suspend", "calls 1", "key: " + ViewerLauncher.returnPrompt(), "resume");
    }

    @Test
    void aFlaggedTerminalViewerDoesNotWaitForAKey() throws Exception {
        OpenOutcome outcome = await(opener("rec {file}", true, "", "DISPLAY", ":0")
                .openImage("local.png", post, Progress.NONE));
        List<String> events = new ArrayList<>();
        ((OpenOutcome.RunInTerminal) outcome).run(new ScreenHandoff() {
            @Override
            public void suspend() {
                events.add("suspend");
            }

            @Override
            public void awaitKey(String prompt) {
                events.add("key");
            }

            @Override
            public void resume() {
                events.add("resume");
            }
        });
        assertThat(events).containsExactly("suspend", "resume");
    }

    @Test
    void linksWithoutABrowserAreOfferedForCopying() throws Exception {
        OpenOutcome outcome = await(opener(null, false, "", "SSH_TTY", "/dev/pts/3")
                .openLink("https://example.com/article?id=1", post));
        assertThat(outcome).isInstanceOf(OpenOutcome.ShowLink.class);
        assertThat(((OpenOutcome.ShowLink) outcome).target().text()).isEqualTo("https://example.com/article?id=1");
    }

    @Test
    void referencesOpenImagesInTheViewerAndLinksInTheBrowser() throws Exception {
        Opener opener = opener("rec {url}", false, "", "DISPLAY", ":0", "BROWSER", "chafa --browser");
        await(opener.openReference(new Reference(1, server.url("/a.png"), true, "pic"), post, Progress.NONE));
        await(opener.openReference(new Reference(2, "https://example.com/", false, "site"), post, Progress.NONE));
        assertThat(started).extracting(argv -> argv.get(0))
                .containsExactly(bin.resolve("rec").toString(), bin.resolve("chafa").toString());
    }

    @Test
    void theHeaderImageIsTheFrontMattersElseTheFirstImageOfTheBody() throws Exception {
        List<Reference> refs = List.of(new Reference(1, "https://x/link", false, "a"),
                new Reference(2, "https://x/first.png", true, ""), new Reference(3, "https://x/second.png", true, ""));
        assertThat(HeaderImage.of(meta("https://x/head.webp"), refs)).hasValue("https://x/head.webp");
        assertThat(HeaderImage.of(meta(null), refs)).hasValue("https://x/first.png");
        assertThat(HeaderImage.of(meta("  "), refs)).hasValue("https://x/first.png");
        assertThat(HeaderImage.of(meta(null), List.of())).isEmpty();
        OpenOutcome none = await(opener(null, false, "", "DISPLAY", ":0").openHeaderImage(meta(null), List.of(),
                Progress.NONE));
        assertThat(none).isEqualTo(new OpenOutcome.Failed("this post has no image"));
        OpenOutcome head = await(opener("rec {url}", false, "", "DISPLAY", ":0")
                .openHeaderImage(meta("javascript:alert(1)"), refs, Progress.NONE));
        assertThat(head.message()).startsWith("refused:");
    }

    @Test
    void aPlaceholderHeaderImageGivesWayToTheBodysOwnPicture() throws Exception {
        // A real archive post: headimg is a random picsum.photos picture, the body has the article's own.
        List<Reference> refs = List.of(new Reference(1, "https://x/link", false, "a"),
                new Reference(2, server.url("/own.png"), true, ""));
        OpenOutcome outcome = await(opener("rec {url}", false, "", "SSH_TTY", "/dev/pts/2")
                .openHeaderImage(meta("https://picsum.photos/400/300?random=3528"), refs, Progress.NONE));
        assertThat(outcome).isEqualTo(new OpenOutcome.Done("opened with rec"));
        assertThat(TestPrograms.calls(record)).containsExactly(List.of(server.url("/own.png")));
    }

    @Test
    void aPlaceholderHeaderImageWithNoPictureInTheBodyIsSaidAndNothingStarts() throws Exception {
        List<Reference> refs = List.of(new Reference(1, "https://x/link", false, "a"),
                new Reference(2, "https://via.placeholder.com/150", true, ""));
        OpenOutcome outcome = await(opener("rec {url}", false, "", "SSH_TTY", "/dev/pts/2")
                .openHeaderImage(meta("https://picsum.photos/400/300?random=3528"), refs, Progress.NONE));
        assertThat(outcome).isEqualTo(new OpenOutcome.Failed("only a placeholder image"));
        assertThat(started).isEmpty();
    }

    @Test
    void theSettingsPlaceholdersAreRecognisedToo() throws Exception {
        Opener opener = new Opener(OpenSettings.defaults(posts).withViewer("rec {url}", false)
                .withPlaceholders(newsreader.post.PlaceholderImages.defaults().with(List.of("img.example.com/stock/"))),
                TestPrograms.env(temp, "PATH", bin.toString()), builder -> {
                    started.add(List.copyOf(builder.command()));
                    return builder.start();
                }, () -> Mailcap.of(""));
        openers.add(opener);
        OpenOutcome outcome = await(opener.openHeaderImage(meta("https://img.example.com/stock/1.jpg"), List.of(),
                Progress.NONE));
        assertThat(outcome).isEqualTo(new OpenOutcome.Failed("only a placeholder image"));
    }

    @Test
    void inlineGraphicsAreWrittenWhileTheScreenIsLent() throws Exception {
        Opener opener = opener(null, false, "", "SSH_TTY", "/dev/pts/3", "TERM", "xterm-kitty", "TMUX", "/tmp/t,1,0");
        OpenOutcome outcome = await(opener.openImage("local.png", post, Progress.NONE));
        assertThat(opener.graphics()).isEqualTo(GraphicsMode.KITTY);
        java.io.ByteArrayOutputStream terminal = new java.io.ByteArrayOutputStream();
        List<String> events = new ArrayList<>();
        OpenOutcome shown = opener.showInline(((OpenOutcome.ShowHere) outcome).preview(), 20, 10, new ScreenHandoff() {
            @Override
            public void suspend() {
                events.add("suspend");
            }

            @Override
            public void awaitKey(String prompt) {
                events.add("key after " + terminal.size() + " bytes");
            }

            @Override
            public void resume() {
                events.add("resume");
            }

            @Override
            public java.io.OutputStream terminalOutput() {
                return terminal;
            }
        });
        assertThat(shown.message()).isEqualTo("shown here");
        assertThat(events).containsExactly("suspend", "key after " + terminal.size() + " bytes", "resume");
        assertThat(terminal.toString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("\u001bPtmux;\u001b\u001b_Ga=T,f=100,q=2,c=20,r=10,m=0;");
    }

    @Test
    void aWebPictureDrawnByTheTerminalComesBackAsItsAddressToOffer() throws Exception {
        Opener opener = opener(null, false, "", "SSH_TTY", "/dev/pts/3", "TERM", "xterm-kitty");
        OpenTarget.Web address = new OpenTarget.Web(java.net.URI.create("https://img.example/a.png"),
                "https://img.example/a.png");
        ImagePreview preview = new ImagePreview(new java.awt.image.BufferedImage(4, 4,
                java.awt.image.BufferedImage.TYPE_INT_RGB), "image/png", address);
        java.io.ByteArrayOutputStream terminal = new java.io.ByteArrayOutputStream();
        OpenOutcome shown = opener.showInline(preview, 20, 10, new ScreenHandoff() {
            @Override
            public void suspend() {
            }

            @Override
            public void awaitKey(String prompt) {
            }

            @Override
            public void resume() {
            }

            @Override
            public java.io.OutputStream terminalOutput() {
                return terminal;
            }
        });
        assertThat(terminal.toString(java.nio.charset.StandardCharsets.UTF_8)).contains("\u001b_Ga=T,f=100");
        assertThat(shown).isEqualTo(new OpenOutcome.ShowLink(address, "shown here"));
    }

    private PostMeta meta(String image) {
        return new PostMeta(post, "p.md", "x", null, null, null, List.of(), List.of(), null, image,
                BodyFormat.MARKDOWN, 0, 0, Map.of());
    }
}
