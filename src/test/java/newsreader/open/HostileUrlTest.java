package newsreader.open;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import newsreader.open.viewer.Mailcap;
import newsreader.open.viewer.ProcessStarter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Addresses written to attack a viewer command line (newsboat's CVE-2017-12904 and CVE-2017-14500 were this): the
 * fake viewer either receives the exact address as one argument, or is not called at all, and no other process runs.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class HostileUrlTest {
    @TempDir
    Path temp;
    Path posts;
    Path post;
    Path record;
    Path pwned;
    Path bin;
    final List<List<String>> started = new CopyOnWriteArrayList<>();
    Opener opener;

    @BeforeEach
    void setUp() throws IOException {
        posts = Files.createDirectories(temp.resolve("posts"));
        post = Files.writeString(posts.resolve("p.md"), "---\ntitle: x\n---\n");
        record = temp.resolve("record");
        pwned = temp.resolve("pwned");
        bin = temp.resolve("bin");
        TestPrograms.recorder(bin, "rec", record);
    }

    @AfterEach
    void close() {
        if (opener != null) {
            opener.close();
        }
    }

    private Opener opener(String viewer, String... env) {
        Environment environment = TestPrograms.env(temp, env);
        OpenSettings settings = OpenSettings.defaults(posts).withViewer(viewer, false)
                .withCacheFolder(temp.resolve("cache")).withLaunchGrace(Duration.ofSeconds(30));
        ProcessStarter recording = builder -> {
            started.add(List.copyOf(builder.command()));
            return builder.start();
        };
        opener = new Opener(settings, environment, recording, () -> Mailcap.of(""));
        return opener;
    }

    /** Every address here is hostile; each is either refused or passed whole. */
    private List<String> hostile() {
        String p = pwned.toString();
        return List.of(
                "https://x.example/a.jpg;touch " + p,
                "https://x.example/a.jpg;touch${IFS}" + p,
                "https://x.example/$(touch$IFS" + p + ").jpg",
                "https://x.example/a.jpg?q=$(touch$IFS" + p + ")&x=;id;",
                "https://x.example/`touch " + p + "`.jpg",
                "https://x.example/`touch${IFS}" + p + "`.jpg",
                "https://x.example/a.jpg\ntouch " + p,
                "https://x.example/a.jpg\rtouch " + p,
                "https://x.example/a.jpg' ; touch '" + p,
                "https://x.example/a.jpg\"|touch \"" + p,
                "https://x.example/a.jpg&&touch&&" + p,
                "https://x.example/a.jpg|tee|" + p,
                "https://x.example/a.jpg>" + p,
                "-oProxyCommand=touch " + p,
                "--help",
                "-https://x.example/a.jpg",
                "file:///etc/passwd",
                "file://" + pwned,
                "javascript:alert(document.cookie)",
                "data:text/html,<script>alert(1)</script>",
                "ftp://x.example/a.jpg",
                "https://x.example/\u001b]52;c;cHduZWQ=\u0007.jpg",
                "https://x.example/\u202egpj.exe");
    }

    @Test
    void anImageViewerGetsTheExactAddressAsOneArgumentOrNothing() throws Exception {
        Opener opener = opener(bin.resolve("rec") + " {url}", "DISPLAY", ":0", "PATH", bin.toString());
        int expectedCalls = 0;
        List<String> passed = new ArrayList<>();
        for (String url : hostile()) {
            OpenOutcome outcome = opener.openImage(url, post, Progress.NONE).result().get(60, TimeUnit.SECONDS);
            List<List<String>> calls = TestPrograms.calls(record);
            if (outcome instanceof OpenOutcome.Done) {
                expectedCalls++;
                passed.add(url);
                assertThat(outcome.message()).isEqualTo("opened with rec");
                assertThat(calls).as(url).hasSize(expectedCalls);
                assertThat(calls.get(calls.size() - 1)).as(url).containsExactly(url);
            } else {
                assertThat(outcome).as(url).isInstanceOf(OpenOutcome.Failed.class);
                assertThat(outcome.message()).as(url).startsWith("refused:");
                assertThat(calls).as(url).hasSize(expectedCalls);
            }
        }
        // The ones a URL parser accepts are harmless when they stay one argument; they did reach the viewer.
        assertThat(passed).hasSize(3);
        assertThat(started).hasSize(passed.size())
                .allSatisfy(argv -> assertThat(argv).hasSize(2).first().isEqualTo(bin.resolve("rec").toString()));
        assertThat(started).extracting(argv -> argv.get(1)).containsExactlyElementsOf(passed);
        assertThat(pwned).doesNotExist();
    }

    @Test
    void aBrowserFromTheEnvironmentGetsTheExactLinkOrNothing() throws Exception {
        Opener opener = opener(null, "DISPLAY", ":0", "PATH", bin.toString(), "BROWSER", "rec --new-tab %s");
        for (String url : hostile()) {
            OpenOutcome outcome = opener.openLink(url, post).result().get(60, TimeUnit.SECONDS);
            if (outcome instanceof OpenOutcome.Done) {
                List<List<String>> calls = TestPrograms.calls(record);
                assertThat(calls.get(calls.size() - 1)).as(url).containsExactly("--new-tab", url);
            } else {
                assertThat(outcome.message()).as(url).startsWith("refused:");
            }
        }
        assertThat(started).allSatisfy(argv -> assertThat(argv.get(0)).isEqualTo(bin.resolve("rec").toString()));
        assertThat(TestPrograms.calls(record)).hasSize(started.size()).hasSize(3);
        assertThat(pwned).doesNotExist();
    }

    @Test
    void theOutcomeOfARefusalSaysWhy() throws Exception {
        Opener opener = opener(bin.resolve("rec") + " {url}", "DISPLAY", ":0", "PATH", bin.toString());
        assertThat(opener.openImage("javascript:alert(1)", post, Progress.NONE).result().get().message())
                .isEqualTo("refused: only http and https links open (javascript:)");
        assertThat(opener.openImage("file:///etc/passwd", post, Progress.NONE).result().get().message())
                .isEqualTo("refused: file outside the posts folder");
        assertThat(opener.openLink("p.md", post).result().get().message())
                .isEqualTo("refused: only http and https links open");
        assertThat(started).isEmpty();
    }
}
