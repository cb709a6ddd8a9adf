package newsreader.open;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
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
 * Viewers written as shell lines — {@code viewer: "sh -c '…'"}, {@code BROWSER="sh -c '…'"}, a mailcap entry (RFC 1524
 * lines are shell lines) — run by real shells, with post data and a server's Content-Type built to break out of the
 * script (newsboat's CVE-2017-12904). Each script first goes into this test's folder, so an injected
 * {@code touch ./pwned} would leave its marker here; none may, and the recording viewer must get each value whole.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ShellWrappedViewerTest {
    /** Injected commands write this file, relative to the folder each script starts in. */
    private static final String MARKER = "pwned";
    private static final String TOUCH = "touch$IFS./" + MARKER;
    /** The same in lower case only (a Content-Type is read in lower case): a bare redirection creates the file. */
    private static final String CREATE = ">./" + MARKER;

    static TestServer server;

    @TempDir
    Path temp;
    Path posts;
    Path post;
    Path record;
    Path rec;
    final List<Opener> openers = new ArrayList<>();

    @BeforeAll
    static void start() throws IOException {
        server = new TestServer();
        // Not an image by its first bytes, so only the server's word says what it is.
        byte[] unknownBytes = "\0\0\0 not a known image format".getBytes(StandardCharsets.US_ASCII);
        server.serve("/typed", "image/x$(" + CREATE + ")", unknownBytes);
        server.serve("/quoted", "image/x'$(" + CREATE + ")'", unknownBytes);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void setUp() throws IOException {
        posts = Files.createDirectories(temp.resolve("posts"));
        post = Files.writeString(posts.resolve("p.md"), "---\ntitle: x\n---\n");
        record = temp.resolve("record");
        rec = TestPrograms.recorder(temp.resolve("bin"), "rec", record);
    }

    @AfterEach
    void close() {
        openers.forEach(Opener::close);
    }

    private Opener opener(String viewer, String mailcap, String... env) {
        List<String> vars = new ArrayList<>(List.of(env));
        vars.addAll(List.of("DISPLAY", ":0", "PATH", "/usr/bin:/bin"));
        OpenSettings settings = OpenSettings.defaults(posts).withViewer(viewer, false)
                .withCacheFolder(temp.resolve("cache")).withTimeout(Duration.ofSeconds(30))
                .withLaunchGrace(Duration.ofSeconds(60));
        Opener opener = new Opener(settings, TestPrograms.env(temp, vars.toArray(String[]::new)), ProcessStarter.SYSTEM,
                () -> Mailcap.of(mailcap));
        openers.add(opener);
        return opener;
    }

    /** The start of a script: into this test's folder, where an injected command would leave its marker. */
    private String cdHere() {
        return "cd " + temp + " && " + rec;
    }

    private static List<String> hostileAddresses() {
        return List.of(
                "https://x.example/a.png;" + TOUCH,
                "https://x.example/a'b'$(" + TOUCH + ").png",
                "https://x.example/a.png#';" + TOUCH + ";'",
                "https://x.example/a.png?q=$(" + TOUCH + ")&x=;id;");
    }

    private static OpenOutcome await(OpenTask task) throws Exception {
        return task.result().get(60, TimeUnit.SECONDS);
    }

    private void assertNoMarker() {
        assertThat(temp.resolve(MARKER)).as("a command injected into the shell line ran").doesNotExist();
    }

    private List<String> lastCall() throws IOException {
        List<List<String>> calls = TestPrograms.calls(record);
        assertThat(calls).as("the viewer was called").isNotEmpty();
        return calls.get(calls.size() - 1);
    }

    @Test
    void aShellWrappedViewerSettingGetsTheAddressQuoted() throws Exception {
        List<String> settings = new ArrayList<>(List.of(
                "sh -c '" + cdHere() + " {url}'",
                "sh -c '" + cdHere() + " \"{url}\"'",
                "sh -c \"" + cdHere() + " '{url}'\"",
                "/bin/sh -ec '" + cdHere() + " {url}'",
                "env LC_ALL=C sh -c '" + cdHere() + " {url}'",
                "dash -c '" + cdHere() + " x{url}x'",
                "bash -c '" + cdHere() + " {url}' ignored"));
        for (String setting : settings) {
            for (String address : hostileAddresses()) {
                OpenOutcome outcome = await(opener(setting, "").openImage(address, post, Progress.NONE));
                assertThat(outcome).as(setting + " / " + address).isInstanceOf(OpenOutcome.Done.class);
                String expected = setting.contains("x{url}x") ? "x" + address + "x" : address;
                assertThat(lastCall()).as(setting + " / " + address).containsExactly(expected);
                assertNoMarker();
            }
        }
    }

    @Test
    void aShellWrappedBrowserGetsTheLinkQuoted() throws Exception {
        for (String address : hostileAddresses()) {
            OpenOutcome outcome = await(opener(null, "", "BROWSER", "sh -c '" + cdHere() + " %s'")
                    .openLink(address, post));
            assertThat(outcome).as(address).isInstanceOf(OpenOutcome.Done.class);
            assertThat(lastCall()).as(address).containsExactly(address);
            assertNoMarker();
        }
    }

    @Test
    void aLocalFileNamedLikeACommandReachesAShellWrappedViewerWhole() throws Exception {
        String name = "img;" + CREATE.substring(0, 1) + MARKER + ";.png";
        byte[] png = TestImages.encode(TestImages.quad(), "png");
        Files.write(posts.resolve(name), png);
        OpenOutcome outcome = await(opener("sh -c '" + cdHere() + " {file} {url}'", "")
                .openImage(name, post, Progress.NONE));
        assertThat(outcome).isInstanceOf(OpenOutcome.Done.class);
        // The viewer gets the copy read through the checked path (what was checked is what is opened), whole.
        List<String> call = lastCall();
        assertThat(call).hasSize(2);
        assertThat(Files.readAllBytes(Path.of(call.get(0)))).isEqualTo(png);
        assertThat(call.get(1)).isEqualTo(Path.of(call.get(0)).toUri().toString());
        assertNoMarker();
    }

    @Test
    void aMailcapShellLineGetsAKnownTypeNeverTheServersString() throws Exception {
        for (String path : List.of("/typed", "/quoted")) {
            Opener opener = opener(null, "image/*; sh -c '" + cdHere() + " %t %s'\n");
            OpenOutcome outcome = await(opener.openImage(server.url(path), post, Progress.NONE));
            assertThat(outcome).as(path).isInstanceOf(OpenOutcome.Done.class);
            List<String> call = lastCall();
            assertThat(call).as(path).hasSize(2);
            assertThat(call.get(0)).as(path).isEqualTo("image/*");
            assertThat(Path.of(call.get(1))).as(path).isRegularFile();
            assertNoMarker();
        }
    }

    @Test
    void otherShellsSeeTheSameQuoting() throws Exception {
        List<String> present = new ArrayList<>();
        for (String shell : List.of("zsh", "ksh", "mksh", "busybox sh")) {
            String program = shell.split(" ")[0];
            if (Files.isExecutable(Path.of("/usr/bin", program)) || Files.isExecutable(Path.of("/bin", program))) {
                present.add(shell);
            }
        }
        assumeTrue(!present.isEmpty(), "none of zsh, ksh, mksh, busybox is installed");
        for (String shell : present) {
            String address = hostileAddresses().get(1);
            OpenOutcome outcome = await(opener(shell + " -c '" + cdHere() + " {url}'", "")
                    .openImage(address, post, Progress.NONE));
            assertThat(outcome).as(shell).isInstanceOf(OpenOutcome.Done.class);
            assertThat(lastCall()).as(shell).containsExactly(address);
            assertNoMarker();
        }
    }
}
