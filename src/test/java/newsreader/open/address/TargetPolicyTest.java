package newsreader.open.address;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import newsreader.open.OpenTarget;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TargetPolicyTest {
    @TempDir
    Path temp;
    Path posts;
    Path post;
    TargetPolicy policy;

    @BeforeEach
    void folder() throws IOException {
        posts = Files.createDirectories(temp.resolve("posts"));
        Files.createDirectories(posts.resolve("2022/images"));
        post = Files.writeString(posts.resolve("2022/p.md"), "---\ntitle: x\n---\n");
        Files.write(posts.resolve("2022/images/a.png"), new byte[] {1});
        Files.write(posts.resolve("top.png"), new byte[] {1});
        Files.write(temp.resolve("secret.png"), new byte[] {1});
        policy = new TargetPolicy(posts);
    }

    @Test
    void webAddressesPassUnchanged() throws Refusal {
        for (String url : new String[] {"https://static.cnbetacdn.com/article/2022/0716/cfb8df69828fbbf.webp",
                "http://picsum.photos/400/300?random=8366",
                "https://cors.zfour.workers.dev/?http://img.example.com/a.jpg",
                "https://p3-juejin.byteimg.com/tos-cn-i-k3u1fbpfcp/ffc~tplv-k3u1fbpfcp-watermark.image",
                "https://x.example/图片/a.png", "HTTPS://x.example:8443/a.png#frag",
                "https://x.example/$(id).png"}) {
            OpenTarget target = policy.check(url, post);
            assertThat(target).isInstanceOf(OpenTarget.Web.class);
            assertThat(target.url()).isEqualTo(url);
        }
    }

    @Test
    void internationalHostNamesAreRequestedInTheirAsciiForm() throws Refusal {
        OpenTarget.Web web = (OpenTarget.Web) policy.check("https://例子.测试:8443/图片/a.png?x=1", post);
        assertThat(web.text()).isEqualTo("https://例子.测试:8443/图片/a.png?x=1");
        assertThat(web.uri().getHost()).isEqualTo("xn--fsqu00a.xn--0zwm56d");
        assertThat(web.uri().getPort()).isEqualTo(8443);
        assertThat(web.uri().toASCIIString()).startsWith("https://xn--fsqu00a.xn--0zwm56d:8443/%E5%9B%BE");
        assertThatThrownBy(() -> policy.check("https://例子@evil.example/a.png", post))
                .hasMessageContaining("user name");
        assertThatThrownBy(() -> policy.check("https://a_b!.例子/a.png", post)).hasMessageContaining("host");
    }

    @Test
    void protocolRelativeAddressesUseHttps() throws Refusal {
        assertThat(policy.check("//img.example.com/a.png", post).url()).isEqualTo("https://img.example.com/a.png");
    }

    @Test
    void otherSchemesAreRefusedWithAClearMessage() {
        for (String url : new String[] {"javascript:alert(1)", "data:image/png;base64,AAAA", "ftp://x/a.png",
                "mailto:a@b", "vbscript:x", "JaVaScRiPt:alert(1)", "ssh://x", "smb://host/share"}) {
            assertThatThrownBy(() -> policy.check(url, post)).as(url).isInstanceOf(Refusal.class)
                    .hasMessageStartingWith("refused: only http and https links open");
        }
    }

    @Test
    void whitespaceControlAndInvisibleCharactersAreRefused() {
        for (String url : new String[] {"https://x/a.jpg;touch /tmp/pwned", "https://x/a.jpg\nrm -rf ~",
                "https://x/a.jpg\r", "https://x/\u001b]52;c;AAAA\u0007", "https://x/\u009b2J", "https://x/\u007f",
                "https://x/\u202egnp.exe", "https://x/a\u200b.png", "https://x/a\u3000.png", "\thttps://x/",
                "https://x/a.jpg\u0000"}) {
            assertThatThrownBy(() -> policy.check(url, post)).as(url).isInstanceOf(Refusal.class)
                    .hasMessageStartingWith("refused:");
        }
    }

    @Test
    void leadingDashUserInfoAndHostlessAddressesAreRefused() {
        assertThatThrownBy(() -> policy.check("-https://x/a.png", post)).hasMessageContaining("'-'");
        assertThatThrownBy(() -> policy.check("--help", post)).hasMessageContaining("'-'");
        assertThatThrownBy(() -> policy.check("https://bank.example@evil.example/a.png", post))
                .hasMessageContaining("user name");
        assertThatThrownBy(() -> policy.check("https:///a.png", post)).hasMessageContaining("host");
        assertThatThrownBy(() -> policy.check("https:a.png", post)).isInstanceOf(Refusal.class);
        assertThatThrownBy(() -> policy.check("https://x/`id`.png", post)).isInstanceOf(Refusal.class);
        assertThatThrownBy(() -> policy.check("https://x/" + "a".repeat(9000), post)).hasMessageContaining("longer");
        assertThatThrownBy(() -> policy.check("", post)).hasMessageContaining("empty");
    }

    @Test
    void relativePathsResolveAgainstThePostsFolderOfThePost() throws Refusal, IOException {
        Path expected = posts.resolve("2022/images/a.png").toRealPath();
        assertThat(((OpenTarget.Local) policy.check("images/a.png", post)).file()).isEqualTo(expected);
        assertThat(((OpenTarget.Local) policy.check("./images/a.png?v=2", post)).file()).isEqualTo(expected);
        assertThat(((OpenTarget.Local) policy.check("../top.png", post)).file())
                .isEqualTo(posts.resolve("top.png").toRealPath());
        assertThat(((OpenTarget.Local) policy.check("/top.png", post)).file())
                .isEqualTo(posts.resolve("top.png").toRealPath());
    }

    @Test
    void hexoPostAssetFoldersAreFound() throws Refusal, IOException {
        Files.createDirectories(posts.resolve("2022/p"));
        Files.write(posts.resolve("2022/p/cover.jpg"), new byte[] {1});
        assertThat(((OpenTarget.Local) policy.check("cover.jpg", post)).file())
                .isEqualTo(posts.resolve("2022/p/cover.jpg").toRealPath());
    }

    @Test
    void filesOutsideThePostsFolderAreRefusedHoweverTheyAreReached() throws IOException {
        assertThatThrownBy(() -> policy.check("../../secret.png", post)).hasMessageContaining("outside");
        assertThatThrownBy(() -> policy.check("file://" + temp.resolve("secret.png"), post))
                .hasMessageContaining("outside");
        assertThatThrownBy(() -> policy.check("file:///etc/passwd", post)).hasMessageContaining("outside");
        Files.createSymbolicLink(posts.resolve("2022/link.png"), temp.resolve("secret.png"));
        assertThatThrownBy(() -> policy.check("link.png", post)).hasMessageContaining("outside");
        Files.createSymbolicLink(posts.resolve("2022/up"), temp);
        assertThatThrownBy(() -> policy.check("up/secret.png", post)).hasMessageContaining("outside");
        assertThatThrownBy(() -> policy.check("file://evil.example/x.png", post)).hasMessageContaining("another host");
        // Whether a file exists outside the folder is not revealed: same refusal as for one that exists.
        assertThatThrownBy(() -> policy.check("../../no-such-file.png", post))
                .hasMessage("refused: file outside the posts folder");
    }

    @Test
    void fileUrlsInsideTheFolderAreAllowedAndMissingFilesAreNamed() throws Refusal, IOException {
        Path file = posts.resolve("top.png").toRealPath();
        assertThat(((OpenTarget.Local) policy.check(file.toUri().toString(), post)).file()).isEqualTo(file);
        // The message names the path it resolved to and every place it looked (beside the post, the asset folder).
        assertThatThrownBy(() -> policy.check("images/missing.png", post)).hasMessage(
                "no such file: 2022/images/missing.png (looked for 2022/images/missing.png, "
                        + "2022/p/images/missing.png in " + posts.toAbsolutePath() + ")");
        assertThatThrownBy(() -> policy.check("/cover.png", post)).hasMessage(
                "no such file: cover.png (looked for cover.png in " + posts.toAbsolutePath() + ")");
        assertThatThrownBy(() -> policy.check("images", post)).hasMessageContaining("not a regular file");
    }

    @Test
    void withoutAPostsFolderNoLocalFileOpens() {
        assertThatThrownBy(() -> new TargetPolicy(null).check("a.png", post)).hasMessageContaining("posts folder");
    }

    @Test
    void redirectTargetsAreCheckedLikeAddresses() {
        assertThatThrownBy(() -> TargetPolicy.web("file:///etc/passwd")).hasMessageContaining("only http");
        assertThatThrownBy(() -> TargetPolicy.web("https://a@b/")).hasMessageContaining("user name");
    }
}
